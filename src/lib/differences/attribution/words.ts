/** Word lists. General English and newsroom vocabulary, never article content. */

const words = (list: string): Set<string> => new Set(list.split(/\s+/).filter(Boolean));

/** Verb forms that introduce what someone said or holds. */
export const SPEECH_VERBS = words(`
  say says said saying tell tells told telling add adds added adding note notes noted noting
  warn warns warned warning argue argues argued arguing write writes wrote writing state stated
  announce announces announced confirm confirms confirmed deny denies denied insist insists insisted
  claim claims claimed explain explains explained acknowledge acknowledges acknowledged stress stressed
  emphasize emphasizes emphasized emphasise emphasised shout shouted shouts tweet tweeted report reported
  believe believes predict predicted predicts caution cautioned urge urged urges reply replied replies
  respond responded recall recalled recalls admit admitted admits concede conceded declare declared
  assert asserted contend contended contends maintain maintained remark remarked allege alleged
  complain complained complains testify testified estimate estimated`);
/** Verbs that attribute only with "statement" as their object ("his office released a statement"). */
export const STATEMENT_VERBS = words('release releases released issue issues issued publish published put puts');
/** Nouns for a released statement: the object of a statement verb, or "a statement from X". */
export const STATEMENT_NOUNS = words('statement message communique communiqué release readout');
/** Forms of "tell", which attribute only with a listener after them ("told reporters"). */
export const TELL = words('tell tells told telling');
/** Verbs that attribute only without a direct object ("added that …", not "added troops"). */
export const INTRANSITIVE_ONLY = words('add adds added adding maintain maintained recall recalled recalls declare declared note noted notes');
/** Forms of "be": one before a speech verb makes it passive ("was announced"), not a cue. */
export const PASSIVE = words('is are was were be been being');
/** Negations: a subject that "has not confirmed" credits no statement. */
export const NEGATIONS = words(`not n't n’t never`);
/** Words that may stand between a subject and its verb. */
export const BETWEEN = words(`has have had will would could can may might must should shall did does do also to 've ’ve 'd ’d
  already previously later repeatedly publicly separately again earlier recently first then privately reportedly
  further subsequently initially`);
/** Days and months: never part of a name, and skipped between a subject and its verb. */
export const CALENDAR = words(`monday tuesday wednesday thursday friday saturday sunday today yesterday tonight
  january february march april may june july august september october november december`);
/** Determiners and counts that open a noun phrase ("two officials"). */
export const DETERMINERS = words(`a an the some any many several multiple few other another these those this each both all most no
  one two three four five six seven eight nine ten dozens hundreds numerous various`);
/** Possessive pronouns: "his office" belongs to someone named nearby. */
export const POSSESSIVE_PRONOUNS = words('his her their its');
/** Articles, which open an apposition (", a teacher"). */
export const ARTICLES = words('a an the');
/** Pronouns that can be a speaker, resolved from the sentences before. */
export const SUBJECT_PRONOUNS = words('he she they it');
/** Words that name no speaker when they stand alone as a subject. */
export const SPEAKER_LESS = words('i we you who which that this there');
/** Quantifiers that take "of": "one of the sources". */
export const PARTITIVES = words('one some many several two three four few none most all each either neither both');
/** Prepositions that open a post-modifier: "officials in the capital", "a lawyer for the families". */
export const POSTMOD_PREPS = words('of from for in on with to at about within inside close');
/** Adjectives and participles that start a post-modifier: "sources familiar with", "people informed of". */
export const POSTMOD_ADJECTIVES = words('familiar close knowledgeable privy aware involved briefed informed acquainted loyal linked tied allied');
/** Nouns inside a source's description that take "of": "officials with knowledge of the matter". */
export const MODIFIER_NOUNS = words('knowledge condition details');
/** Role nouns: the head of an unnamed source, or a title before or beside a name. */
export const ROLES = words(`official source person people diplomat aide adviser advisor insider analyst expert observer witness
  resident officer member lawmaker legislator negotiator mediator envoy staffer employee worker protester demonstrator
  activist spokesman spokeswoman spokesperson representative someone individual participant colleague relative neighbor
  neighbour survivor doctor medic nurse soldier commander militant fighter leader minister ambassador director chief
  journalist reporter correspondent researcher scholar student teacher voter farmer driver father mother parent son
  daughter brother sister wife husband friend president secretary head chair chairman chairwoman general governor
  mayor senator deputy coordinator lawyer attorney prosecutor judge candidate economist historian strategist pollster
  consultant executive manager owner founder cleric imam rabbi priest bishop premier chancellor king queen prince
  princess emir sheikh counterpart speaker editor professor undersecretary commissioner inspector investigator
  counsel colonel major captain sergeant admiral lieutenant marshal emissary ceo`);
/** Titles written before a name ("Prime Minister X", "Sen. X"); they end a name. */
export const TITLES = words(`president minister secretary director envoy coordinator chief spokesman spokeswoman spokesperson ambassador
  general gen. lt. col. maj. capt. sgt. adm. cmdr. sen. rep. gov. senator representative governor mayor king queen prince
  princess sheikh emir chancellor chairman chairwoman chair leader commander speaker justice judge pope cardinal
  archbishop bishop rabbi imam professor prof. premier ceo head official adviser advisor negotiator diplomat analyst
  expert correspondent reporter editor aide deputy undersecretary attorney prosecutor counsel officer colonel major
  captain sergeant admiral lieutenant marshal founder mediator emissary commissioner president-elect`);
/** Honorifics before a name, with and without the full stop; they mark a name as a person's. */
export const HONORIFICS = words('mr. mrs. ms. dr. mx. sir dame rev. mr mrs ms dr');
/** Lowercase particles inside a name: "bin", "al", "van", "von der". */
export const NAME_PARTICLES = words('bin ibn bint al el de da di van von der den du la le dos das');
/** Heads of organisations ("the ministry", "the Finance Minister’s Office"). */
export const ORGANIZATIONS = words(`office ministry government military army navy police agency department administration council
  committee embassy authority authorities group company firm court campaign commission coalition cabinet parliament
  legislature militia movement party union organization organisation network newspaper channel broadcaster media
  outlet bureau service forces force command institute center centre university foundation bank fund association team
  presidency palace house times post journal news press nations assembly congress senate front brigades guard corps
  kremlin pentagon board secretariat directorate mission federation alliance league tribunal`);
/** Roles that name one post: a definite mention ("the country’s finance minister") points at a named holder. */
export const POSTS = words(`president minister secretary director envoy coordinator chief spokesman spokeswoman spokesperson ambassador
  general governor mayor king queen prince emir sheikh chancellor chairman chairwoman leader commander speaker premier
  ceo head`);
/** Portfolios in titles: "Secretary of State", "Minister of Foreign Affairs", "Chief of Staff". */
export const PORTFOLIOS = words(`state defense defence staff foreign affairs homeland security health interior finance justice treasury
  commerce energy education labor labour agriculture transportation transport information economy trade culture
  environment housing tourism communications public works war navy army`);
/** Nouns that open an attribution phrase ("In a statement, …"). */
export const OCCASIONS = words('statement interview post message speech letter tweet briefing remarks');

/** Marks that open a quotation; a straight quote opens or closes one. */
export const OPENING_QUOTES = new Set(['“', '"', '„', '«']);
/** Marks that close a quotation. */
export const CLOSING_QUOTES = new Set(['”', '"', '»']);
/** A possessive ending as wink-nlp splits it off: "'s" or "’s". */
export const APOSTROPHES = /^['’]s$/i;
