/**
 * Who an article quotes or cites: named people, organisations and anonymous
 * sources, found with general attribution rules (speech verbs in either order,
 * "according to", statements, appositive roles, pronoun follow-ups) over
 * wink-nlp tokens. Nothing here knows any particular article.
 */
import type { ItsFunction } from 'wink-nlp';
import { getNlp } from '../ingest/sentences.ts';
import type { Article, Source } from '../schemas.ts';

/** Who one sentence credits its statement or quotation to. */
export interface Attribution {
  /** The speaker as the text names it: "Ana Lima", "a senior official", "Mr. Ortiz’s office". */
  speaker: string;
  kind: Source['kind'];
  /** Role or description given in the text, e.g. "Transport Ministry spokeswoman". */
  description: string | null;
}

interface Token {
  text: string;
  lower: string;
  lemma: string;
  pos: string;
  start: number;
  end: number;
  /** Inside a quotation (the quote marks included). */
  quoted: boolean;
  /** A possessive ending: "’s", or "’" after a word ending in s. */
  poss: boolean;
}

// ---------------------------------------------------------------------------
// Word lists. General English and newsroom vocabulary, never article content.

const words = (list: string): Set<string> => new Set(list.split(/\s+/).filter(Boolean));

/** Verb forms that introduce what someone said or holds. */
const SPEECH_VERBS = words(`
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
const STATEMENT_VERBS = words('release releases released issue issues issued publish published put puts');
const STATEMENT_NOUNS = words('statement message communique communiqué release readout');
const TELL = words('tell tells told telling');
/** Verbs that attribute only without a direct object ("added that …", not "added troops"). */
const INTRANSITIVE_ONLY = words('add adds added adding maintain maintained recall recalled recalls declare declared note noted notes');
const PASSIVE = words('is are was were be been being');
const NEGATIONS = words(`not n't n’t never`);
/** Words that may stand between a subject and its verb. */
const BETWEEN = words(`has have had will would could can may might must should shall did does do also to 've ’ve 'd ’d
  already previously later repeatedly publicly separately again earlier recently first then privately reportedly
  further subsequently initially`);
const CALENDAR = words(`monday tuesday wednesday thursday friday saturday sunday today yesterday tonight
  january february march april may june july august september october november december`);
const DETERMINERS = words(`a an the some any many several multiple few other another these those this each both all most no
  one two three four five six seven eight nine ten dozens hundreds numerous various`);
const POSSESSIVE_PRONOUNS = words('his her their its');
const ARTICLES = words('a an the');
const SUBJECT_PRONOUNS = words('he she they it');
const SPEAKER_LESS = words('i we you who which that this there');
/** Quantifiers that take "of": "one of the sources". */
const PARTITIVES = words('one some many several two three four few none most all each either neither both');
const POSTMOD_PREPS = words('of from for in on with to at about within inside close');
/** Adjectives and participles that start a post-modifier: "sources familiar with", "people informed of". */
const POSTMOD_ADJECTIVES = words('familiar close knowledgeable privy aware involved briefed informed acquainted loyal linked tied allied');
/** Nouns inside a source's description that take "of": "officials with knowledge of the matter". */
const MODIFIER_NOUNS = words('knowledge condition details');
/** Role nouns: the head of an unnamed source, or a title before or beside a name. */
const ROLES = words(`official source person people diplomat aide adviser advisor insider analyst expert observer witness
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
const TITLES = words(`president minister secretary director envoy coordinator chief spokesman spokeswoman spokesperson ambassador
  general gen. lt. col. maj. capt. sgt. adm. cmdr. sen. rep. gov. senator representative governor mayor king queen prince
  princess sheikh emir chancellor chairman chairwoman chair leader commander speaker justice judge pope cardinal
  archbishop bishop rabbi imam professor prof. premier ceo head official adviser advisor negotiator diplomat analyst
  expert correspondent reporter editor aide deputy undersecretary attorney prosecutor counsel officer colonel major
  captain sergeant admiral lieutenant marshal founder mediator emissary commissioner president-elect`);
const HONORIFICS = words('mr. mrs. ms. dr. mx. sir dame rev. mr mrs ms dr');
const NAME_PARTICLES = words('bin ibn bint al el de da di van von der den du la le dos das');
/** Heads of organisations ("the ministry", "the Finance Minister’s Office"). */
const ORGANIZATIONS = words(`office ministry government military army navy police agency department administration council
  committee embassy authority authorities group company firm court campaign commission coalition cabinet parliament
  legislature militia movement party union organization organisation network newspaper channel broadcaster media
  outlet bureau service forces force command institute center centre university foundation bank fund association team
  presidency palace house times post journal news press nations assembly congress senate front brigades guard corps
  kremlin pentagon board secretariat directorate mission federation alliance league tribunal`);
/** Roles that name one post: a definite mention ("the country’s finance minister") points at a named holder. */
const POSTS = words(`president minister secretary director envoy coordinator chief spokesman spokeswoman spokesperson ambassador
  general governor mayor king queen prince emir sheikh chancellor chairman chairwoman leader commander speaker premier
  ceo head`);
/** Portfolios in titles: "Secretary of State", "Minister of Foreign Affairs", "Chief of Staff". */
const PORTFOLIOS = words(`state defense defence staff foreign affairs homeland security health interior finance justice treasury
  commerce energy education labor labour agriculture transportation transport information economy trade culture
  environment housing tourism communications public works war navy army`);
/** Nouns that open an attribution phrase ("In a statement, …"). */
const OCCASIONS = words('statement interview post message speech letter tweet briefing remarks');

const OPENING_QUOTES = new Set(['“', '"', '„', '«']);
const CLOSING_QUOTES = new Set(['”', '"', '»']);
const APOSTROPHES = /^['’]s$/i;

// ---------------------------------------------------------------------------
// Tokens.

const cache = new Map<string, Token[]>();

/** wink-nlp tokens with offsets; hyphenated words joined, possessives and quotations marked. */
function tokenize(sentence: string): Token[] {
  const hit = cache.get(sentence);
  if (hit) return hit;
  const nlp = getNlp();
  const its = nlp.its;
  const doc = nlp.readDoc(sentence).tokens();
  const values = doc.out(its.value) as string[];
  const tags = doc.out(its.pos) as string[];
  // wink-nlp's typings give `its.lemma` the add-on signature; it is an ItsFunction at run time.
  const lemmas = doc.out(its.lemma as unknown as ItsFunction<string>) as string[];
  const raw: Token[] = [];
  let cursor = 0;
  for (const [i, value] of values.entries()) {
    const start = sentence.indexOf(value, cursor);
    if (start === -1) continue;
    cursor = start + value.length;
    raw.push({ text: value, lower: value.toLowerCase(), lemma: (lemmas[i] ?? value).toLowerCase(), pos: tags[i] ?? 'X', start, end: cursor, quoted: false, poss: false });
  }
  const tokens: Token[] = [];
  for (let i = 0; i < raw.length; i++) {
    const t = raw[i]!;
    const prev = tokens.at(-1);
    const next = raw[i + 1];
    // wink splits "al-Rashid" and "e-mail"; a hyphen with no space either side joins one word.
    if ((t.text === '-' || t.text === '‑') && prev && next && prev.end === t.start && next.start === t.end && /[\p{L}\p{N}]$/u.test(prev.text)) {
      const text = sentence.slice(prev.start, next.end);
      const pos = /^\p{Lu}/u.test(next.text) ? 'PROPN' : next.pos === 'VERB' ? 'ADJ' : next.pos;
      tokens[tokens.length - 1] = { ...prev, text, lower: text.toLowerCase(), lemma: text.toLowerCase(), pos, end: next.end };
      i++;
      continue;
    }
    tokens.push({ ...t });
  }
  for (const [i, t] of tokens.entries()) {
    const prev = tokens[i - 1];
    const next = tokens[i + 1];
    if (APOSTROPHES.test(t.text) && prev && prev.end === t.start) t.poss = true;
    // "Jones’ speech": a bare apostrophe after an s, followed by a word.
    if ((t.text === '’' || t.text === "'") && prev && prev.end === t.start && /s$/i.test(prev.text) && next && next.start > t.end && /^\p{L}/u.test(next.text)) {
      t.poss = true;
    }
  }
  markQuotations(tokens);
  cache.set(sentence, tokens);
  if (cache.size > 5000) cache.delete(cache.keys().next().value!);
  return tokens;
}

/** Marks tokens inside closed quotations; a close with no opening quotes from the sentence start. */
function markQuotations(tokens: Token[]): void {
  const mark = (from: number, to: number) => {
    for (let k = from; k <= to; k++) tokens[k]!.quoted = true;
  };
  let curly = -1;
  let straight = -1;
  for (const [i, t] of tokens.entries()) {
    if (t.text === '"') {
      if (straight === -1) straight = i;
      else {
        mark(straight, i);
        straight = -1;
      }
    } else if (OPENING_QUOTES.has(t.text)) {
      curly = i;
    } else if (CLOSING_QUOTES.has(t.text)) {
      mark(curly === -1 ? 0 : curly, i);
      curly = -1;
    }
  }
}

const span = (sentence: string, tokens: Token[], from: number, to: number): string =>
  from >= to ? '' : sentence.slice(tokens[from]!.start, tokens[to - 1]!.end);

// Tags a capital cannot override; mid-sentence, a capitalised "verb" is a name ("Ahmed Said").
const CLOSED_CLASSES = new Set(['ADP', 'DET', 'PRON', 'CCONJ', 'SCONJ', 'AUX', 'PART', 'PUNCT']);
const isTitle = (t: Token): boolean => TITLES.has(t.lower) || (t.lower.includes('-') && t.lower.split('-').some((w) => TITLES.has(w)));
const isCapitalised = (t: Token): boolean => /^\p{Lu}/u.test(t.text) || /^\p{Ll}{1,3}-\p{Lu}/u.test(t.text);
const isPunctuation = (t: Token): boolean => !t.poss && !/[\p{L}\p{N}]/u.test(t.text);
/** The singular of a role or organisation noun ("officials" → "official"); the lemma otherwise. */
function singular(t: Token): string {
  const w = t.lower;
  if (w === 'people') return w;
  for (const form of [w, w.replace(/ies$/, 'y'), w.replace(/es$/, ''), w.replace(/s$/, '')]) {
    if (ROLES.has(form) || ORGANIZATIONS.has(form)) return form;
  }
  return t.lemma;
}
const isRole = (t: Token | undefined): boolean => !!t && (ROLES.has(t.lower) || ROLES.has(singular(t)));
const isOrganization = (t: Token | undefined): boolean => !!t && (ORGANIZATIONS.has(t.lower) || ORGANIZATIONS.has(singular(t)));
const isDeterminer = (t: Token | undefined): boolean =>
  !!t && !t.quoted && (DETERMINERS.has(t.lower) || POSSESSIVE_PRONOUNS.has(t.lower) || (t.pos === 'NUM' && !/\d{4}/.test(t.text)));
/** A past participle or adjective that opens a post-modifier after a role noun. */
const isParticiple = (t: Token | undefined): boolean =>
  !!t && (POSTMOD_ADJECTIVES.has(t.lower) || (t.pos === 'VERB' && /(?:ed|en)$/.test(t.lower) && !SPEECH_VERBS.has(t.lower)));
/** Can the token take a post-modifier ("officials in X", "sources familiar with", "one of")? */
const takesModifier = (t: Token | undefined): boolean =>
  !!t && (isRole(t) || isOrganization(t) || STATEMENT_NOUNS.has(t.lower) || PARTITIVES.has(t.lower) || POSTMOD_ADJECTIVES.has(t.lower) || MODIFIER_NOUNS.has(t.lower) || isParticiple(t));

/** A word that can be part of a person's name. */
function isNameWord(tokens: Token[], i: number): boolean {
  const t = tokens[i]!;
  if (HONORIFICS.has(t.lower)) return /^\p{Lu}/u.test(t.text);
  if (!isCapitalised(t) || t.poss) return false;
  if (CLOSED_CLASSES.has(t.pos) && !/^\p{Lu}\.$/u.test(t.text)) return false;
  if (isTitle(t) || isRole(t) || isOrganization(t) || CALENDAR.has(t.lower) || DETERMINERS.has(t.lower)) return false;
  // Acronyms ("U.S.", "CIA") are not people's names.
  if (/^(?:\p{Lu}\.){2,}$/u.test(t.text) || /^\p{Lu}{2,}$/u.test(t.text)) return false;
  // A capital at the start of a sentence or quotation says nothing; trust the tagger there.
  const prev = tokens[i - 1];
  if ((!prev || OPENING_QUOTES.has(prev.text)) && t.pos !== 'PROPN') return false;
  return true;
}

// The tagger sometimes calls "people" a verb; role and organisation nouns are nouns here.
const isNominal = (t: Token): boolean =>
  !t.quoted && !isPunctuation(t) && (['NOUN', 'PROPN', 'ADJ'].includes(t.pos) || isRole(t) || isOrganization(t) || (isCapitalised(t) && !CLOSED_CLASSES.has(t.pos)));

/** Matching key of a surname: lowercase, no accents, no Arabic article ("al-"). */
function nameKey(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’]s?$/, '')
    .replace(/^(?:al|el|ad|as|ash|at|az|an|ar)-/, '');
}

// ---------------------------------------------------------------------------
// Noun phrases.

type Owner = { pronoun: string } | { key: string; text: string };

type Phrase =
  | { type: 'pronoun'; pronoun: string }
  | { type: 'person'; name: string; key: string; description: string | null }
  | {
    type: 'organization';
    label: string;
    key: string;
    owner: Owner | null;
    /** Singular head noun ("office", "ministry"). */
    head: string;
    /** The words after the owner: "office" in "his office". */
    tail: string;
    /** A bare "the ministry": the organisation named before. */
    anaphoric: boolean;
  }
  | { type: 'anonymous'; label: string; description: string; head: string; singular: boolean; anaphoric: boolean }
  | { type: 'post'; label: string; role: string; place: string | null };

interface Context {
  sentence: string;
  tokens: Token[];
  /** Surname keys of people the article names. */
  people: ReadonlySet<string>;
}

/** A noun the tagger took for a verb in front of a role or organisation noun ("aid groups"). */
const isCompoundModifier = (t: Token, next: Token | undefined): boolean =>
  t.pos === 'VERB' && !t.quoted && /^\p{Ll}+$/u.test(t.text) && !SPEECH_VERBS.has(t.lower) && (isRole(next) || isOrganization(next));

/** "of" or "for" inside a proper name or title: "Institute for the Study of War", "Secretary of State". */
function isInName(tokens: Token[], k: number): boolean {
  const t = tokens[k]!;
  const prev = tokens[k - 1];
  const next = tokens[k + 1]?.lower === 'the' ? tokens[k + 2] : tokens[k + 1];
  if ((t.lower !== 'of' && t.lower !== 'for') || !prev || !next || !isCapitalised(prev) || !isCapitalised(next) || next.quoted) return false;
  return !isRole(prev) || (isTitle(prev) && PORTFOLIOS.has(next.lower));
}

/** "Secretary of State Antony Blinken": the portfolio after "Title of" is not part of the name. */
function skipPortfolio(tokens: Token[], r: number, end: number): number {
  if (tokens[r - 1]?.lower !== 'of' || !tokens[r - 2] || !isTitle(tokens[r - 2]!)) return r;
  let k = r;
  while (k < end && PORTFOLIOS.has(tokens[k]!.lower)) k++;
  return k;
}

/** A word right after a possessive is a noun, whatever the tagger says ("the cabinet’s thinking"). */
const afterPossessive = (tokens: Token[], k: number): boolean => !!tokens[k - 1]?.poss && /^[\p{L}-]+$/u.test(tokens[k]!.text) && !tokens[k]!.quoted;

/** Start of the noun phrase that ends at token j, read backwards. */
function phraseBefore(tokens: Token[], j: number): number {
  let s = j + 1;
  for (let k = j; k >= 0; k--) {
    const t = tokens[k]!;
    if (t.quoted) break;
    if (isDeterminer(t)) {
      s = k;
      if (POSTMOD_PREPS.has(tokens[k - 1]?.lower ?? '') && (takesModifier(tokens[k - 2]) || isInName(tokens, k - 1))) continue;
      break;
    }
    if (t.poss || isNominal(t) || HONORIFICS.has(t.lower) || isCompoundModifier(t, tokens[k + 1]) || afterPossessive(tokens, k)) {
      s = k;
      continue;
    }
    if ((POSTMOD_PREPS.has(t.lower) && takesModifier(tokens[k - 1])) || isInName(tokens, k)) {
      s = k;
      continue;
    }
    if (isParticiple(t) && POSTMOD_PREPS.has(tokens[k + 1]?.lower ?? '') && (isRole(tokens[k - 1]) || isOrganization(tokens[k - 1]))) {
      s = k;
      continue;
    }
    break;
  }
  return s;
}

/** End (exclusive) of the noun phrase that starts at token i, read forwards. */
function phraseAfter(tokens: Token[], i: number): number {
  let e = i;
  for (let k = i; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.quoted) break;
    if (k === i && SUBJECT_PRONOUNS.has(t.lower)) return i + 1;
    const prev = tokens[k - 1];
    if (isDeterminer(t) && (k === i || POSTMOD_PREPS.has(prev?.lower ?? ''))) {
      e = k + 1;
      continue;
    }
    if (t.poss || isNominal(t) || HONORIFICS.has(t.lower) || isCompoundModifier(t, tokens[k + 1]) || afterPossessive(tokens, k)) {
      e = k + 1;
      continue;
    }
    if (k > i && ((POSTMOD_PREPS.has(t.lower) && takesModifier(prev)) || isInName(tokens, k))) {
      e = k + 1;
      continue;
    }
    if (k > i && isParticiple(t) && POSTMOD_PREPS.has(tokens[k + 1]?.lower ?? '') && (isRole(prev) || isOrganization(prev))) {
      e = k + 1;
      continue;
    }
    break;
  }
  return e;
}

/** Lowercases a label's first letter when it is only a sentence capital ("Officials briefed …"). */
function labelCase(tokens: Token[], i: number, text: string): string {
  const t = tokens[i]!;
  const prev = tokens[i - 1];
  if (prev && !OPENING_QUOTES.has(prev.text)) return text;
  const common = DETERMINERS.has(t.lower) || POSSESSIVE_PRONOUNS.has(t.lower) || isRole(t) || (isOrganization(t) && t.pos !== 'PROPN') ||
    (['ADJ', 'NOUN', 'NUM'].includes(t.pos) && !/(?:i|ese|an|ish)$/.test(t.lower));
  return common ? text.charAt(0).toLowerCase() + text.slice(1) : text;
}

/** Classifies the noun phrase tokens[s, e) as a speaker. */
function analyse(ctx: Context, s0: number, e0: number): Phrase | null {
  const { tokens, sentence } = ctx;
  let s = s0;
  let e = e0;
  while (s < e && (POSTMOD_PREPS.has(tokens[s]!.lower) || tokens[s]!.pos === 'CCONJ' || isPunctuation(tokens[s]!))) s++;
  while (e > s && (isPunctuation(tokens[e - 1]!) || POSTMOD_PREPS.has(tokens[e - 1]!.lower) || tokens[e - 1]!.pos === 'CCONJ')) e--;
  if (s >= e) return null;
  const first = tokens[s]!;
  const text = span(sentence, tokens, s, e);
  if (e - s === 1 && SUBJECT_PRONOUNS.has(first.lower)) return { type: 'pronoun', pronoun: first.lower };
  if (SPEAKER_LESS.has(first.lower) && e - s === 1) return null;

  // "one of the sources": the same unnamed source as before.
  if (PARTITIVES.has(first.lower) && tokens[s + 1]?.lower === 'of') {
    const inner = analyse(ctx, s + 2, e);
    if (inner?.type === 'anonymous') return { ...inner, label: labelCase(tokens, s, text), anaphoric: inner.anaphoric || tokens[s + 2]?.lower === 'the' };
    return inner;
  }

  // The core ends where a post-modifier starts ("officials | in the capital", "a person | informed of …").
  let c = s;
  let nominal = false;
  for (; c < e; c++) {
    const t = tokens[c]!;
    if (nominal) {
      if (t.text === ',' || t.lower === 'who' || t.lower === 'which' || t.lower === 'that') break;
      if (POSTMOD_PREPS.has(t.lower) && !isInName(tokens, c)) break;
      if (isParticiple(t) && !isCapitalised(t)) break;
    }
    if (isNominal(t) || t.poss) nominal = true;
  }
  const head = tokens[c - 1]!;
  if (c === s || head.poss) return null;
  const postmodified = c < e;

  // "a statement from X", "X’s statement": the speaker is X.
  if (STATEMENT_NOUNS.has(head.lower)) {
    const prep = tokens[c]?.lower;
    if (prep === 'from' || prep === 'by') return analyse(ctx, c + 1, e);
    const p = lastPossessive(tokens, s, c);
    return p === -1 ? null : analyse(ctx, s, p);
  }

  const p = lastPossessive(tokens, s, c);
  const headStart = p === -1 ? s : p + 1;
  const descStart = (() => {
    let d = s;
    while (d < c && isDeterminer(tokens[d]) && !POSSESSIVE_PRONOUNS.has(tokens[d]!.lower)) d++;
    return d;
  })();

  // A name at the end of the core, after any title: "Prime Minister | Ana Lima".
  let r = c;
  while (r > headStart && (isNameWord(tokens, r - 1) || (NAME_PARTICLES.has(tokens[r - 1]!.lower) && r - 1 > headStart && isNameWord(tokens, r - 2)))) r--;
  r = skipPortfolio(tokens, r, c);
  const run = tokens.slice(r, c);
  const nameTokens = run.filter((t) => !HONORIFICS.has(t.lower));

  if (isOrganization(head)) {
    return organization(ctx, s, e, p, head, labelCase(tokens, s, text));
  }
  if (nameTokens.length > 0) {
    const honorific = run.length > nameTokens.length;
    const prefix = tokens.slice(s, r);
    const titled = prefix.some((t) => isTitle(t) || isRole(t));
    const key = nameKey(nameTokens.at(-1)!.text);
    const person = honorific || titled || ctx.people.has(key) || (nameTokens.length >= 2 && first.lower !== 'the') || followedByPersonalPronoun(tokens, e);
    if (!person) {
      // "a claim the capital denied": the organisation is the name, not the words before it.
      const from = tokens[r - 1]?.lower === 'the' ? r - 1 : r;
      return organization(ctx, from, e, -1, head, labelCase(tokens, from, span(sentence, tokens, from, e)));
    }
    const name = sentence.slice(nameTokens[0]!.start, nameTokens.at(-1)!.end);
    const description = titled && descStart < r ? span(sentence, tokens, descStart, r) : null;
    return { type: 'person', name, key, description };
  }
  if (isRole(head)) {
    const label = labelCase(tokens, s, text);
    const plural = head.lower !== singular(head) || head.lower === 'people';
    // "the spokesman", "the country’s finance minister" name a post; "his spokesman" is someone else's aide.
    const definite = (first.lower === 'the' || p !== -1) && !POSSESSIVE_PRONOUNS.has(first.lower);
    if (definite && !plural && POSTS.has(head.lower) && !postmodified) {
      const role = tokens.slice(Math.max(headStart, c - 2), c).filter((t) => !isDeterminer(t)).map((t) => t.lower).join(' ');
      const owner = p === -1 ? null : span(sentence, tokens, first.lower === 'the' ? s + 1 : s, p);
      return { type: 'post', label, role, place: owner };
    }
    let d = s;
    while (d < e - 1 && isDeterminer(tokens[d])) d++;
    const description = labelCase(tokens, d, span(sentence, tokens, d, e));
    return { type: 'anonymous', label, description, head: head.lower, singular: !plural, anaphoric: first.lower === 'the' && !postmodified };
  }
  return null;
}

/** "Lima said, adding that she …": a personal pronoun later in the sentence marks a lone name as a person. */
function followedByPersonalPronoun(tokens: Token[], e: number): boolean {
  return tokens.slice(e).some((t) => !t.quoted && ['he', 'she', 'him', 'his', 'her'].includes(t.lower));
}

function lastPossessive(tokens: Token[], s: number, c: number): number {
  let p = -1;
  for (let i = s; i < c; i++) if (tokens[i]!.poss) p = i;
  return p;
}

/** "Mr. Ortiz’s office", "his office", "the Finance Minister’s Office". */
function organization(ctx: Context, s: number, e: number, p: number, head: Token, label: string): Phrase {
  const { tokens } = ctx;
  const first = tokens[s]!;
  const base = { type: 'organization', label, head: singular(head), anaphoric: false } as const;
  if (POSSESSIVE_PRONOUNS.has(first.lower) && p === -1) {
    return { ...base, key: '', owner: { pronoun: first.lower }, tail: span(ctx.sentence, tokens, s + 1, e) };
  }
  if (p !== -1) {
    const owner = analyse(ctx, s, p);
    if (owner?.type === 'person') {
      return { ...base, key: `org:${owner.key}:${singular(head)}`, owner: { key: owner.key, text: owner.name }, tail: span(ctx.sentence, tokens, p + 1, e) };
    }
  }
  const anaphoric = first.lower === 'the' && e - s === 2 && !isCapitalised(head);
  return { ...base, key: `org:${nameKey(label.replace(/^the\s+/i, ''))}`, owner: null, tail: label, anaphoric };
}

// ---------------------------------------------------------------------------
// Attribution in one sentence.

interface Found {
  phrase: Phrase;
  /** Token index where the speaker phrase starts (names before it may be its antecedent). */
  at: number;
}

/** The speaker of the speech verb at token i. */
function subjectOf(ctx: Context, i: number): Found | null {
  const { tokens } = ctx;
  let j = i - 1;
  while (j >= 0) {
    const t = tokens[j]!;
    if (t.quoted) break;
    if (NEGATIONS.has(t.lower)) return null;
    if (BETWEEN.has(t.lower) || (t.pos === 'ADV' && !SUBJECT_PRONOUNS.has(t.lower))) {
      j--;
      continue;
    }
    if (CALENDAR.has(t.lower)) {
      j -= tokens[j - 1]?.lower === 'on' ? 2 : 1;
      continue;
    }
    break;
  }
  const before = tokens[j];
  const after = (): Found | null => {
    const e = phraseAfter(tokens, i + 1);
    const phrase = withApposition(ctx, analyse(ctx, i + 1, e), e);
    return phrase ? { phrase, at: i + 1 } : null;
  };
  if (!before) return null;
  if (before.quoted || CLOSING_QUOTES.has(before.text)) return after();
  if (SUBJECT_PRONOUNS.has(before.lower)) return { phrase: { type: 'pronoun', pronoun: before.lower }, at: j };
  // "…, who said": the speaker is the phrase the relative clause hangs on.
  if ((before.lower === 'who' || before.lower === 'which') && tokens[j - 1]?.text === ',') {
    const s = phraseBefore(tokens, j - 2);
    const phrase = analyse(ctx, s, j - 1);
    return phrase ? { phrase, at: s } : null;
  }
  if (before.text === ',') {
    if (tokens[j - 1]?.quoted) return after();
    // "Ana Lima, a lawyer for the families …, noted": a head phrase and an apposition between commas.
    let k = j - 1;
    while (k >= 0 && !(tokens[k]!.text === ',' && !tokens[k]!.quoted) && !tokens[k]!.quoted) k--;
    if (k >= 0 && tokens[k]!.text === ',') {
      const s = phraseBefore(tokens, k - 1);
      const phrase = combine(ctx, analyse(ctx, s, k), k + 1, j);
      if (phrase) return { phrase, at: s };
    }
    return after();
  }
  const s = phraseBefore(tokens, j);
  const phrase = analyse(ctx, s, j + 1);
  return phrase ? { phrase, at: s } : null;
}

/** Joins a head phrase and its apposition tokens[a, b): a role and a name, or a name and a role. */
function combine(ctx: Context, head: Phrase | null, a: number, b: number): Phrase | null {
  const { tokens, sentence } = ctx;
  const opener = tokens[a];
  if (!opener || a >= b || ['who', 'which', 'that', 'whose'].includes(opener.lower) || POSTMOD_PREPS.has(opener.lower) || opener.pos === 'ADP') return head;
  if (head?.type === 'person') {
    if (!ARTICLES.has(opener.lower) || b <= a + 1) return head;
    const role = analyse(ctx, a, b);
    if (role?.type === 'person' || role?.type === 'pronoun') return head;
    return { ...head, description: head.description ?? span(sentence, tokens, a + 1, b) };
  }
  const apposition = analyse(ctx, a, phraseAfter(tokens, a));
  if (apposition?.type === 'person' && (head?.type === 'anonymous' || head?.type === 'post')) {
    const description = head.type === 'anonymous' ? head.description : head.label.replace(/^the\s+/i, '');
    return { ...apposition, description: apposition.description ?? description };
  }
  return head ?? null;
}

/** Tokens [a, b) of an apposition after a name ending at e: ", a teacher", ", 34, a teacher". */
function appositionAfter(tokens: Token[], e: number): [number, number] | null {
  if (tokens[e]?.text !== ',') return null;
  let a = e + 1;
  // An age between commas comes before the role.
  if (tokens[a]?.pos === 'NUM' && tokens[a + 1]?.text === ',') a += 2;
  if (!ARTICLES.has(tokens[a]?.lower ?? '')) return null;
  let b = a + 1;
  while (b < tokens.length && !isPunctuation(tokens[b]!)) b++;
  return b > a + 1 ? [a, b] : null;
}

/** A role in apposition after a name: "said Ana Lima, a spokeswoman for the council." */
function withApposition(ctx: Context, phrase: Phrase | null, e: number): Phrase | null {
  const range = phrase?.type === 'person' ? appositionAfter(ctx.tokens, e) : null;
  return range ? combine(ctx, phrase, range[0], range[1]) : phrase;
}

/** Is token i a verb that attributes speech? */
function isCue(tokens: Token[], i: number): boolean {
  const t = tokens[i]!;
  if (t.quoted || !/^\p{Ll}/u.test(t.text)) return false;
  const prev = tokens[i - 1];
  if (SPEECH_VERBS.has(t.lower)) {
    if (t.pos === 'NOUN' || t.pos === 'ADJ') return false;
    if (prev && (isDeterminer(prev) || prev.poss || PASSIVE.has(prev.lower))) return false;
    // ", adding that …" continues a sentence whose speaker is already named.
    if (t.lower.endsWith('ing') && prev?.text === ',') return false;
    const next = tokens[i + 1];
    if (INTRANSITIVE_ONLY.has(t.lower) && next && !next.quoted && (isDeterminer(next) || ['NOUN', 'PROPN', 'NUM'].includes(next.pos))) return false;
    // "told reporters", "told the newspaper": "time will tell" tells no one anything.
    if (TELL.has(t.lower) && (!next || isPunctuation(next))) return false;
    return true;
  }
  if (STATEMENT_VERBS.has(t.lower)) {
    return tokens.slice(i + 1, i + 5).some((n) => STATEMENT_NOUNS.has(n.lower)) && !PASSIVE.has(prev?.lower ?? '');
  }
  return false;
}

/**
 * Nothing but phrases and participles follow token i: the cue is a closing tag
 * ("…, officials said on Sunday.") that credits the whole sentence.
 */
function isClosingTag(tokens: Token[], i: number): boolean {
  return tokens.slice(i + 1).every((t) => t.quoted || !(t.lower === 'that' || t.pos === 'AUX' || (t.pos === 'VERB' && !/(?:ed|en|ing)$/.test(t.lower))));
}

/** The speaker a sentence credits: a closing tag if there is one, else the first attribution. */
function attribute(ctx: Context): Found | null {
  const { tokens } = ctx;
  const candidates: { found: Found; closing: boolean }[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.quoted) continue;
    if (t.lower === 'according' && tokens[i + 1]?.lower === 'to') {
      const e = phraseAfter(tokens, i + 2);
      const phrase = withApposition(ctx, analyse(ctx, i + 2, e), e);
      if (phrase) candidates.push({ found: { phrase, at: i + 2 }, closing: i > 0 && isClosingTag(tokens, i + 1) });
      continue;
    }
    if (isCue(tokens, i)) {
      const found = subjectOf(ctx, i);
      if (found) candidates.push({ found, closing: found.at > 0 && isClosingTag(tokens, i) });
    }
  }
  // "The union, which has said it will not bargain, rejected the offer, officials said."
  const chosen = candidates.findLast((c) => c.closing) ?? candidates[0];
  if (chosen) return chosen.found;
  // "In a statement, the ministry called for …"
  const comma = tokens.findIndex((t) => t.text === ',');
  if (tokens[0]?.lower === 'in' && comma > 0 && comma < 6 && tokens.slice(1, comma).some((t) => OCCASIONS.has(t.lower))) {
    const e = phraseAfter(tokens, comma + 1);
    const phrase = analyse(ctx, comma + 1, e);
    if (phrase) return { phrase, at: comma + 1 };
  }
  return null;
}

// ---------------------------------------------------------------------------
// People the article names, with the roles it gives them.

interface Mention {
  key: string;
  name: string;
  /** The name as written, honorific included ("Mr. Ortiz"). */
  text: string;
  /** Number of name words, honorifics aside. */
  words: number;
  description: string | null;
  /** Token index where the mention starts. */
  at: number;
}

interface Person {
  name: string;
  words: number;
  description: string | null;
}

/** Names in a sentence that the text marks as people: an honorific, a title or role, an apposition. */
function findPeople(ctx: Context, known: ReadonlySet<string> = new Set()): Mention[] {
  const { tokens, sentence } = ctx;
  const found: Mention[] = [];
  let i = 0;
  while (i < tokens.length) {
    if (!isNameWord(tokens, i)) {
      i++;
      continue;
    }
    let end = i + 1;
    while (end < tokens.length && (isNameWord(tokens, end) || (NAME_PARTICLES.has(tokens[end]!.lower) && end + 1 < tokens.length && isNameWord(tokens, end + 1)))) end++;
    i = skipPortfolio(tokens, i, end);
    if (i >= end) continue;
    const run = tokens.slice(i, end);
    const names = run.filter((t) => !HONORIFICS.has(t.lower));
    const start = i;
    i = end;
    if (names.length === 0) continue;
    const key = nameKey(names.at(-1)!.text);
    let description: string | null = null;
    let person = run.length > names.length || known.has(key);
    const before = tokens[start - 1];
    if (before && (isTitle(before) || isRole(before)) && !before.quoted) {
      person = true;
      let s = phraseBefore(tokens, start - 1);
      while (s < start - 1 && (isDeterminer(tokens[s]) || POSTMOD_PREPS.has(tokens[s]!.lower))) s++;
      description = span(sentence, tokens, s, start);
    } else if (before?.text === ',' && [',', '.', undefined].includes(tokens[end]?.text)) {
      // "a Transport Ministry spokeswoman, Ana Lima,"
      const s = phraseBefore(tokens, start - 2);
      const role = analyse(ctx, s, start - 1);
      if (role?.type === 'anonymous' || role?.type === 'post') {
        person = true;
        description = role.type === 'anonymous' ? role.description : role.label.replace(/^the\s+/i, '');
      }
    }
    const apposition = appositionAfter(tokens, end);
    if (apposition) {
      // "Kofi Mensah, a lawyer for the families who sued the city,"
      const [a, b] = apposition;
      const role = analyse(ctx, a, b);
      if (role?.type === 'anonymous' || role?.type === 'post') person = true;
      if (person && role?.type !== 'person') description ??= span(sentence, tokens, a + 1, b);
    }
    if (!person) continue;
    const name = sentence.slice(names[0]!.start, names.at(-1)!.end);
    found.push({ key, name, text: sentence.slice(run[0]!.start, run.at(-1)!.end), words: names.length, description, at: start });
  }
  return found;
}

/** The article's people by surname key: the fullest name and the first role given. */
function collectPeople(contexts: Context[]): Map<string, Person> {
  const people = new Map<string, Person>();
  const add = (m: { key: string; name: string; words: number; description: string | null }) => {
    const entry = people.get(m.key);
    if (!entry) people.set(m.key, { name: m.name, words: m.words, description: m.description });
    else {
      if (m.words > entry.words && entry.words < 2) Object.assign(entry, { name: m.name, words: m.words });
      entry.description ??= m.description;
    }
  };
  for (const ctx of contexts) for (const m of findPeople(ctx)) add(m);
  // A name the article uses as a speaker is a person too ("Kofi Mensah … noted").
  const known = new Set(people.keys());
  for (const ctx of contexts) {
    const found = attribute({ ...ctx, people: known });
    if (found?.phrase.type === 'person') {
      const { key, name, description } = found.phrase;
      add({ key, name, words: name.split(/\s+/).length, description });
    }
  }
  return people;
}

function context(sentence: string, people: ReadonlySet<string>): Context {
  return { sentence, tokens: tokenize(sentence), people };
}

// ---------------------------------------------------------------------------
// Public API.

/**
 * Who a single sentence credits its statement or quotation to, or null when it
 * credits no one. Pass the sentences before it to resolve "he said" and "his
 * office"; an unresolved pronoun gives null, since it names no one.
 */
export function findAttribution(sentence: string, previous: readonly string[] = []): Attribution | null {
  const texts = [...previous.slice(-2), sentence];
  const people = collectPeople(texts.map((t) => context(t, new Set())));
  const keys = new Set(people.keys());
  const contexts = texts.map((t) => context(t, keys));
  const resolver = new Resolver(people, contexts);
  for (const [i] of contexts.entries()) resolver.resolve(i);
  const key = resolver.keys[contexts.length - 1];
  const entry = key === undefined || key === null ? undefined : resolver.entries.get(key);
  return entry ? { speaker: entry.label, kind: entry.kind, description: entry.description } : null;
}

/**
 * A key for comparing two speakers: the surname for people ("Mr. Ortiz" and
 * "Luis Ortiz" agree), the description for unnamed sources, the name for
 * organisations. Spelling variants of one name still differ; match those first.
 */
export function speakerKey(attribution: Attribution): string {
  const { speaker, kind, description } = attribution;
  const fold = (text: string) => nameKey(text.replace(/^the\s+/i, '')).replace(/[’']/g, "'").replace(/\s+/g, ' ');
  if (kind === 'person') return `person:${nameKey(speaker.split(/\s+/).at(-1) ?? speaker)}`;
  if (kind === 'anonymous') return `anonymous:${fold(description ?? speaker)}`;
  return `organization:${fold(speaker)}`;
}

/** The sources an article quotes or cites, merged per source, in order of first appearance. */
export function findSources(article: Article): Source[] {
  const sentences = article.paragraphs.flatMap((p, paragraph) => p.sentences.map((s) => ({ id: s.id, text: s.text, paragraph })));
  const people = collectPeople(sentences.map((s) => context(s.text, new Set())));
  const keys = new Set(people.keys());
  const contexts = sentences.map((s) => context(s.text, keys));
  const resolver = new Resolver(people, contexts);
  for (const [i, s] of sentences.entries()) {
    let key = resolver.resolve(i);
    // A quotation that runs on in the next sentence of the paragraph, or in a paragraph after one
    // left open (the newsroom convention for a long quotation), belongs to the same speaker.
    const prev = sentences[i - 1];
    const continues = prev && (prev.paragraph === s.paragraph || leavesQuoteOpen(prev.text));
    if (key === null && continues && OPENING_QUOTES.has(s.text.trimStart().charAt(0))) {
      key = resolver.keys[i - 1] ?? null;
      resolver.keys[i] = key;
    }
    if (key !== null) resolver.entries.get(key)!.sentences.push(s.id);
  }
  return [...resolver.entries.values()]
    .filter((e) => e.sentences.length > 0)
    .map(({ label, kind, description, sentences: ids }) => ({ label, kind, description, sentences: ids }));
}

/** Does the text open a quotation it does not close? */
function leavesQuoteOpen(text: string): boolean {
  let depth = 0;
  for (const c of text) {
    if (c === '“') depth++;
    else if (c === '”') depth = Math.max(0, depth - 1);
    else if (c === '"') depth = depth > 0 ? depth - 1 : 1;
  }
  return depth > 0;
}

interface Entry extends Source {
  /** One unnamed person, who may be "he" or "she" in the next sentence. */
  singular: boolean;
  /** Head noun of an unnamed source or organisation, to attach "the official", "one of the sources", "the ministry". */
  head: string | null;
}

/** Turns each sentence's speaker phrase into a merged source, resolving pronouns and anaphora. */
class Resolver {
  readonly entries = new Map<string, Entry>();
  /** Source key per sentence index, null when the sentence credits no one. */
  readonly keys: (string | null)[] = [];
  private readonly people: Map<string, Person>;
  private readonly contexts: Context[];

  constructor(people: Map<string, Person>, contexts: Context[]) {
    this.people = people;
    this.contexts = contexts;
  }

  resolve(i: number): string | null {
    const ctx = this.contexts[i]!;
    const found = attribute(ctx);
    const key = found ? this.place(found, i) : null;
    this.keys[i] = key;
    return key;
  }

  private add(key: string, make: () => Omit<Entry, 'sentences'>): string {
    if (!this.entries.has(key)) this.entries.set(key, { ...make(), sentences: [] });
    return key;
  }

  private person(key: string, name: string, description: string | null): string {
    const known = this.people.get(key);
    return this.add(`person:${key}`, () => ({ label: known?.name ?? name, kind: 'person', description: known?.description ?? description, head: null, singular: false }));
  }

  /** Sources of the previous one or two sentences, most recent first. */
  private recent(i: number): Entry[] {
    const out: Entry[] = [];
    for (const k of [i - 1, i - 2]) {
      const key = this.keys[k];
      const entry = key === null || key === undefined ? undefined : this.entries.get(key);
      if (entry) out.push(entry);
    }
    return out;
  }

  /** Key of the source of this kind and head noun cited most recently. */
  private latest(kind: Source['kind'], head: string, fits: (e: Entry) => boolean = () => true): string | null {
    for (let k = this.keys.length - 1; k >= 0; k--) {
      const key = this.keys[k];
      const entry = key ? this.entries.get(key) : undefined;
      if (key && entry?.kind === kind && entry.head === head && fits(entry)) return key;
    }
    return null;
  }

  private keyOf(entry: Entry): string {
    for (const [key, e] of this.entries) if (e === entry) return key;
    return '';
  }

  /** The one person named just before token `at` in this sentence, or in the sentence before. */
  private mentioned(i: number, at: number): Mention | null {
    for (const k of [i, i - 1]) {
      const ctx = this.contexts[k];
      if (!ctx) continue;
      const mentions = findPeople(ctx, ctx.people).filter((m) => k < i || m.at < at);
      const distinct = new Set(mentions.map((m) => m.key));
      if (distinct.size === 1) return mentions.at(-1)!;
      if (distinct.size > 1) return k === i ? mentions.at(-1)! : null;
    }
    return null;
  }

  private place(found: Found, i: number): string | null {
    const { phrase } = found;
    switch (phrase.type) {
      case 'person':
        return this.person(phrase.key, phrase.name, phrase.description);
      case 'pronoun': {
        const recent = this.recent(i);
        if (phrase.pronoun === 'it' || phrase.pronoun === 'they') {
          const wanted: Source['kind'][] = phrase.pronoun === 'it' ? ['organization'] : ['anonymous', 'organization'];
          const entry = recent.find((e) => wanted.includes(e.kind));
          return entry ? this.keyOf(entry) : null;
        }
        // "he" is the last named person; failing that, a lone unnamed official just cited.
        const entry = recent.find((e) => e.kind === 'person') ?? recent.find((e) => e.kind === 'anonymous' && e.singular);
        if (entry) return this.keyOf(entry);
        const m = this.mentioned(i, found.at);
        return m ? this.person(m.key, m.name, m.description) : null;
      }
      case 'organization': {
        if (phrase.owner && 'pronoun' in phrase.owner) {
          if (phrase.owner.pronoun !== 'his' && phrase.owner.pronoun !== 'her') return null;
          const m = this.mentioned(i, found.at);
          const recent = this.recent(i).find((e) => e.kind === 'person');
          const owner = m ? { key: m.key, text: m.text } : recent ? { key: this.keyOf(recent).replace(/^person:/, ''), text: recent.label } : null;
          if (!owner) return null;
          const apostrophe = this.contexts[i]!.sentence.includes("'") && !this.contexts[i]!.sentence.includes('’') ? "'" : '’';
          return this.add(`org:${owner.key}:${phrase.head}`, () => ({ label: `${owner.text}${apostrophe}s ${phrase.tail}`, kind: 'organization', description: null, head: phrase.head, singular: false }));
        }
        if (phrase.anaphoric) {
          const earlier = this.latest('organization', phrase.head);
          if (earlier) return earlier;
        }
        return this.add(phrase.key, () => ({ label: phrase.label, kind: 'organization', description: null, head: phrase.head, singular: false }));
      }
      case 'anonymous': {
        if (phrase.anaphoric) {
          // "the official" is the official cited before, if the words it uses describe that one too.
          const words = phrase.description.toLowerCase().split(/\s+/);
          const earlier = this.latest('anonymous', phrase.head, (e) => words.every((w) => (e.description ?? '').toLowerCase().split(/\s+/).includes(w)));
          if (earlier) return earlier;
        }
        const key = `anonymous:${phrase.description.toLowerCase().replace(/[’']/g, "'")}`;
        return this.add(key, () => ({ label: phrase.label, kind: 'anonymous', description: phrase.description, head: phrase.head, singular: phrase.singular }));
      }
      case 'post': {
        const holder = this.holder(phrase, i, found.at);
        if (holder) return this.person(holder, holder, null);
        return this.add(`post:${phrase.label.toLowerCase()}`, () => ({ label: phrase.label, kind: 'person', description: null, head: null, singular: false }));
      }
    }
  }

  /** The one named person whose role matches "the country’s finance minister". */
  private holder(phrase: { role: string; place: string | null }, i: number, at: number): string | null {
    let candidates = [...this.people.entries()].filter(([, p]) => p.description?.toLowerCase().includes(phrase.role));
    if (candidates.length > 1 && phrase.place !== null) {
      let place = phrase.place;
      // "the country’s" points at the nearest place named before it.
      if (/^(?:country|nation|state|kingdom|republic)$/i.test(place)) {
        const { tokens } = this.contexts[i]!;
        const names = tokens.slice(0, at).filter((t, k) => isCapitalised(t) && t.pos === 'PROPN' && k > 0 && !this.people.has(nameKey(t.text)));
        place = names.at(-1)?.text ?? '';
      }
      const stem = nameKey(place).slice(0, 5);
      if (stem.length >= 4) {
        candidates = candidates.filter(([, p]) => (p.description ?? '').split(/\s+/).some((w) => nameKey(w).startsWith(stem)));
      }
    }
    return candidates.length === 1 ? candidates[0]![0] : null;
  }
}
