import { titleWordIndexes } from '../analysis/roles.ts';
import type { Token } from '../analysis/tokens.ts';
import { ONES, TEENS, TENS, UNITS } from '../lexicon/en/numbers.ts';
import { REPORTING_LEMMAS } from '../lexicon/en/speech.ts';
import { areParaphrases } from '../lexicon/paraphrases.ts';

/** How strongly two words match, by the evidence that joins them. */
export const MATCH = { same: 1, synonym: 0.8, paraphrase: 0.7, derivation: 0.6 } as const;
export type MatchKind = keyof typeof MATCH;

const CONTENT_POS = new Set(['NOUN', 'VERB', 'ADJ', 'ADV', 'PROPN', 'NUM']);
const DERIVATION = 6;

/** A word of a sentence that can carry evidence, with the key it matches on. */
export interface ContentWord {
  /** Index of the token in its sentence. */
  index: number;
  token: Token;
  /** What two words must share to be the same word: a canonical name, a number's value, or a stem. */
  key: string;
  kind: 'name' | 'number' | 'term';
}

/** How one sentence's words are read for alignment. */
export interface AlignContext {
  /** Canonical key of a name (spelling variants meet). */
  canonical: (key: string) => string;
  /** WordNet sense keys of a word (its first senses). */
  synonyms?: (token: Token) => readonly string[];
}

const NUMBER_WORDS: Readonly<Record<string, number>> = { ...ONES, ...TEENS, ...TENS };

/**
 * The words of a sentence that can say which fact it reports: names,
 * numbers and content words, without stop words, reporting verbs ("said")
 * or the titles of named people ("prime minister").
 */
export function contentWords(tokens: readonly Token[], context: AlignContext): ContentWord[] {
  const titles = titleWordIndexes(tokens);
  const out: ContentWord[] = [];
  for (const [index, token] of tokens.entries()) {
    // Number words are stop words to the tagger, figures to a reader.
    const value = /^\d[\d,.]*$/.test(token.key) ? token.key.replace(/,/g, '') : NUMBER_WORDS[token.key] !== undefined ? String(NUMBER_WORDS[token.key]) : null;
    if (value !== null) {
      out.push({ index, token, key: `#${value}`, kind: 'number' });
      continue;
    }
    if (token.stop || token.key.length < 2 || titles.has(index)) continue;
    // A unit of time is part of a figure ("three years"), not an action.
    if (UNITS[token.key] !== undefined) out.push({ index, token, key: `#${UNITS[token.key]}`, kind: 'number' });
    else if (token.proper) out.push({ index, token, key: `@${context.canonical(token.key)}`, kind: 'name' });
    else if (CONTENT_POS.has(token.pos) && !REPORTING_LEMMAS.has(token.lemma) && token.key.length > 2) out.push({ index, token, key: token.stem, kind: 'term' });
  }
  return out;
}

/** The strongest evidence that two content words say the same thing, or null. */
export function matchWords(a: ContentWord, b: ContentWord, context: AlignContext): MatchKind | null {
  if (a.key === b.key) return 'same';
  if (a.kind !== 'term' || b.kind !== 'term') return null;
  const sa = context.synonyms?.(a.token) ?? [];
  if (sa.length > 0) {
    const sb = new Set(context.synonyms?.(b.token) ?? []);
    if (sa.some((k) => sb.has(k))) return 'synonym';
  }
  const [x, y] = [a.token.text.toLowerCase(), b.token.text.toLowerCase()];
  // PPDB pairs words across parts of speech too ("agreements" / "according"): a paraphrase keeps its part of speech.
  if (a.token.pos === b.token.pos && (areParaphrases(x, y) || areParaphrases(a.token.lemma, b.token.lemma))) return 'paraphrase';
  if (a.token.key.length >= 7 && b.token.key.length >= 7 && a.token.key.slice(0, DERIVATION) === b.token.key.slice(0, DERIVATION)) return 'derivation';
  return null;
}

/** One aligned pair of words. */
export interface WordLink {
  left: ContentWord;
  right: ContentWord;
  match: MatchKind;
}

/** The alignment of two sentences' words, and how much of each it covers. */
export interface SentenceAlignment {
  links: WordLink[];
  /** Share of the left sentence's word weight that is aligned (0–1). */
  leftCoverage: number;
  /** Share of the right sentence's word weight that is aligned. */
  rightCoverage: number;
}

/**
 * Aligns the content words of two sentences one to one, strongest and
 * rarest first (after Sultan, Bethard and Sumner 2014, "Back to Basics for
 * Monolingual Alignment": identical words, then synonyms and paraphrases),
 * and measures how much of each sentence the aligned words cover, each word
 * weighted by `weight` (its rarity in the two articles).
 */
export function alignWords(left: readonly ContentWord[], right: readonly ContentWord[], weight: (w: ContentWord) => number, context: AlignContext): SentenceAlignment {
  const candidates: { l: number; r: number; match: MatchKind; strength: number }[] = [];
  for (const [l, a] of left.entries()) {
    for (const [r, b] of right.entries()) {
      const match = matchWords(a, b, context);
      if (match) candidates.push({ l, r, match, strength: MATCH[match] * (weight(a) + weight(b)) });
    }
  }
  candidates.sort((x, y) => y.strength - x.strength || x.l - y.l || x.r - y.r);
  const usedL = new Set<number>();
  const usedR = new Set<number>();
  const links: WordLink[] = [];
  for (const c of candidates) {
    if (usedL.has(c.l) || usedR.has(c.r)) continue;
    usedL.add(c.l);
    usedR.add(c.r);
    links.push({ left: left[c.l]!, right: right[c.r]!, match: c.match });
  }
  const total = (ws: readonly ContentWord[]) => ws.reduce((n, w) => n + weight(w), 0);
  const covered = (side: 'left' | 'right') => links.reduce((n, k) => n + MATCH[k.match] * weight(k[side]), 0);
  return {
    links,
    leftCoverage: total(left) === 0 ? 0 : covered('left') / total(left),
    rightCoverage: total(right) === 0 ? 0 : covered('right') / total(right),
  };
}

/** Whether an alignment joins a common word (an action: "died" / "killed"), not only names, numbers and dates. */
export function alignsAction(a: SentenceAlignment): boolean {
  return a.links.some((k) => k.left.kind === 'term');
}

/** The weight of the common words an alignment joins, each by its match strength and rarity. */
export function actionMass(a: SentenceAlignment, weight: (w: ContentWord) => number): number {
  return a.links.filter((k) => k.left.kind === 'term').reduce((n, k) => n + (MATCH[k.match] * (weight(k.left) + weight(k.right))) / 2, 0);
}
