// People and organisations: roles, titles, honorifics and the particles of names.
// General English and newsroom vocabulary, never article content; each list is defined here once.
import { wordSet } from '../lists.ts';

/** Courtesy titles and honorifics, without their full stop: they introduce a name but are not part of it. */
export const COURTESY_TITLES = wordSet('mr mrs ms mx dr prof sir dame lord lady rev');
/** Titles written as abbreviations before a name ("Sen.", "Gen."), without their full stop. */
export const TITLE_ABBREVIATIONS = wordSet('sen rep gov gen col lt maj capt sgt adm cmdr');
/** Role nouns: the head of an unnamed source, or a title before or beside a name. */
export const ROLES = wordSet(`official source person people diplomat aide adviser advisor insider analyst expert observer witness
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
export const TITLES = new Set([
  ...wordSet(`president minister secretary director envoy coordinator chief spokesman spokeswoman spokesperson ambassador
  general senator representative governor mayor king queen prince
  princess sheikh emir chancellor chairman chairwoman chair leader commander speaker justice judge pope cardinal
  archbishop bishop rabbi imam professor premier ceo head official adviser advisor negotiator diplomat analyst
  expert correspondent reporter editor aide deputy undersecretary attorney prosecutor counsel officer colonel major
  captain sergeant admiral lieutenant marshal founder mediator emissary commissioner president-elect`),
  ...[...TITLE_ABBREVIATIONS, 'prof'].map((t) => `${t}.`),
]);
/** Honorifics before a name, with and without the full stop; they mark a name as a person's. */
export const HONORIFICS = new Set([...COURTESY_TITLES, ...[...COURTESY_TITLES].map((t) => `${t}.`)]);
/** Lowercase particles inside a name: "bin", "al", "van", "von der", "y". */
export const NAME_PARTICLES = wordSet('bin ibn bint al el de da di do dos das du del della der den van von la le y');
/** Heads of organisations ("the ministry", "the Finance Minister’s Office"). */
export const ORGANIZATIONS = wordSet(`office ministry government military army navy police agency department administration council
  committee embassy authority authorities group company firm court campaign commission coalition cabinet parliament
  legislature militia movement party union organization organisation network newspaper channel broadcaster media
  outlet bureau service forces force command institute center centre university foundation bank fund association team
  presidency palace house times post journal news press nations assembly congress senate front brigades guard corps
  kremlin pentagon board secretariat directorate mission federation alliance league tribunal`);
/** Roles that name one post: a definite mention ("the country’s finance minister") points at a named holder. */
export const POSTS = wordSet(`president minister secretary director envoy coordinator chief spokesman spokeswoman spokesperson ambassador
  general governor mayor king queen prince emir sheikh chancellor chairman chairwoman leader commander speaker premier
  ceo head`);
/** Portfolios in titles: "Secretary of State", "Minister of Foreign Affairs", "Chief of Staff". */
export const PORTFOLIOS = wordSet(`state defense defence staff foreign affairs homeland security health interior finance justice treasury
  commerce energy education labor labour agriculture transportation transport information economy trade culture
  environment housing tourism communications public works war navy army`);
/** Head nouns of roles and titles: the words that make a phrase a description of a person's position. */
export const ROLE_HEADS = wordSet(`president minister director envoy coordinator spokesman spokeswoman spokesperson secretary chief leader
  official ambassador general commander adviser advisor governor mayor senator chairman chairwoman chair head negotiator expert
  analyst premier king queen prince emir diplomat representative congressman congresswoman judge justice attorney prosecutor
  officer administrator deputy speaker correspondent editor founder ceo executive manager lawmaker commissioner inspector
  councillor councilor mediator strategist economist professor researcher`);
/** Endings that make another word of a name, not a misspelling of it (Iraq/Iraqi, Nepal/Nepali, Canadian/Canadians). */
export const NAME_ENDINGS = ['i', 's', 'es', 'n', 'an', 'ian', 'ians', 'ese', 'ns', 'is'];
/** Nouns for a country as a whole: "the country's president" names the holder of a post. */
export const COUNTRY_NOUNS = wordSet('country nation state kingdom republic');
/** Arabic definite articles that open a surname ("al-", "el-", "ash-"), dropped when names are compared. */
export const ARABIC_ARTICLES = ['al', 'el', 'ad', 'as', 'ash', 'at', 'az', 'an', 'ar'];
