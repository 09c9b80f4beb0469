import { canonicalizeEntities, collectNames, type EntityMap } from './entities.ts';
import { cosine, extractFeatures, isWordFeature, readFeature, sumVectors, weightVectors, type FeatureContext, type FeatureKind, type Vector } from './features.ts';
import { scorePairs, type ScoredPair } from './similarity.ts';
import { alignmentWords } from './alignment-words.ts';
import { packedClaims, type Group } from './packed.ts';
import { otherVoices } from './voices.ts';
import { applyCorrections, type CorrectableGroup, type Corrections, type Edit } from './corrections.ts';
import { alignsAction } from './word-alignment.ts';
import { Analysis } from '../analysis/context.ts';
import { tokenizeAll, truecase, type Token } from '../analysis/tokens.ts';
import type { Article, Evidence, NameVariant, Sentence } from '../schemas.ts';

export interface AlignOptions {
  /** Least cosine for two sentences sharing two words to be paired as one claim. */
  pairThreshold: number;
  /** Least cosine for two sentences sharing three or more words to be paired as one claim. */
  widePairThreshold: number;
  /** Least cosine for a further sentence to join a claim (many-to-many). */
  attachThreshold: number;
  /** Least cosine between a joining sentence and what its claim's other side says beyond its own side. */
  residualThreshold: number;
  /** Most sentences between a joining sentence and a member of its claim on the same side. */
  attachDistance: number;
  /** Least share of a free sentence's word weight that a packed sentence's unused words cover, for the two to make a further claim. */
  packedCoverage: number;
  /** Or: least weight of the common words (actions) they align, for the two to make a further claim. */
  packedMass: number;
  /** Fewest content words of a sentence that may pack several facts. */
  packedWords: number;
  /** Paraphrase keys for a lemma; default none. */
  synonyms?: FeatureContext['synonyms'];
  /** Number values in a sentence; default: numerals only. */
  numbers?: (text: string) => string[];
  /** Who each sentence's statement is credited to, by sentence id, per side. */
  speakers?: { left: ReadonlyMap<string, string>; right: ReadonlyMap<string, string> };
  /** An editor's corrections, applied after the engine, and the file they come from (for errors). */
  corrections?: Corrections & { file: string };
}

export const defaultAlignOptions: AlignOptions = {
  pairThreshold: 0.14,
  widePairThreshold: 0.12,
  attachThreshold: 0.12,
  residualThreshold: 0.08,
  attachDistance: 3,
  packedCoverage: 0.6,
  packedMass: 8,
  packedWords: 14,
};

/** A sentence in the engine: the published text plus its analysis. */
export interface AnalyzedSentence extends Sentence {
  index: number;
  tokens: Token[];
}

/** Sentences on one side of a shared claim: one or more. */
export type SentenceGroup = [AnalyzedSentence, ...AnalyzedSentence[]];

/** Who decided a claim: the engine, or an editor's correction; and, for an editor's, what the correction did. */
export type Decision = { origin: 'engine' } | { origin: 'editor'; edit: Edit };

/** A one-sided sentence's best candidate on the other side, and why the two were not paired. */
export interface NearMiss {
  sentence: AnalyzedSentence;
  similarity: number;
  /** The names, numbers and words the two share, as the one-sided sentence writes them. */
  shared: string[];
  /** Why they were not paired, in plain words. */
  why: string;
}

/** A claim as the engine finds it: sentences on both sides with their score and evidence, or one sentence only one side has (with its nearest miss). */
export type AlignedClaim = Decision &
  (
    | { status: 'shared'; left: SentenceGroup; right: SentenceGroup; similarity: number; evidence: Evidence }
    | { status: 'left-only'; left: [AnalyzedSentence]; right: []; similarity: null; evidence: null; nearest: NearMiss | null }
    | { status: 'right-only'; left: []; right: [AnalyzedSentence]; similarity: null; evidence: null; nearest: NearMiss | null }
  );

/** The sentences of a group of indexes, in reading order (a group holds one at least). */
const inOrder = (indexes: number[], sentences: readonly AnalyzedSentence[]): SentenceGroup =>
  indexes.sort((a, b) => a - b).map((i) => sentences[i]!) as SentenceGroup;

export interface Alignment {
  claims: AlignedClaim[];
  variants: NameVariant[];
  entities: EntityMap;
}

/** Both articles' sentences with their tokens, sentence-initial words truecased over the pair. */
function analyze(left: Article, right: Article, analysis: Analysis): [AnalyzedSentence[], AnalyzedSentence[]] {
  const ls = left.paragraphs.flatMap((p) => p.sentences);
  const rs = right.paragraphs.flatMap((p) => p.sentences);
  const tokens = truecase(tokenizeAll([...ls, ...rs].map((s) => s.text), analysis));
  return [
    ls.map((s, index) => ({ ...s, index, tokens: tokens[index]! })),
    rs.map((s, index) => ({ ...s, index, tokens: tokens[ls.length + index]! })),
  ];
}

// One word in common ("statement") is not evidence of one fact, however rare
// the word. Two long sentences on one fact share more words but score lower
// (each has more of its own): with three or more words in common a pair may
// open a claim a little under the usual threshold.
const MIN_SHARED_WORDS = 2;
const WIDE_SHARED_WORDS = 3;
// Candidate pairs this alike are read word by word, for the claims a packed sentence makes.
const CANDIDATE_FLOOR = 0.03;
/**
 * A one-sided sentence's best candidate is shown when it scores this much:
 * pairs open at 0.12 to 0.14, and below 0.08 a candidate shares too little
 * to be worth a reader's look (or an editor's).
 */
export const NEAR_MISS_FLOOR = 0.08;
// Paraphrases shown with a claim's evidence, at most.
const MAX_PARAPHRASES = 6;
/** Distinct words, names and numbers two vectors share (phrases, prefixes and synonyms not counted again). */
function sharedWords(a: Vector, b: Vector): number {
  let n = 0;
  for (const f of a.keys()) if (b.has(f) && isWordFeature(f)) n++;
  return n;
}

function numeralsOf(text: string): string[] {
  return [...text.matchAll(/\b\d[\d,]*(?:\.\d+)?\b/g)].map((m) => m[0].replace(/,/g, ''));
}

/** Shared features of two group vectors, strongest first, shown as the left side's words. */
function explain(a: Vector, b: Vector, left: AnalyzedSentence[], entities: EntityMap): Omit<Evidence, 'paraphrases'> {
  // Ties broken by code unit, never by locale: ids built from evidence must not depend on the machine.
  const shared = [...a.keys()]
    .filter((f) => b.has(f) && isWordFeature(f))
    .map((f) => ({ f, w: (a.get(f) ?? 0) * (b.get(f) ?? 0) }))
    .sort((x, y) => y.w - x.w || (x.f < y.f ? -1 : x.f > y.f ? 1 : 0));
  // Evidence is shown as published words: a feature that maps to no single
  // token of the left side (a joined compound, a number key) is left out.
  const surface = (id: string): string | null => {
    const { kind, key } = readFeature(id);
    for (const s of left) {
      for (const t of s.tokens) {
        if (t.stop) continue;
        if (kind === 'name' ? entities.canonical(t.key) === key : kind === 'number' ? t.key === key : t.stem === key) return t.text;
      }
    }
    return null;
  };
  const pick = (kind: FeatureKind, most: number) =>
    [...new Set(shared.filter(({ f }) => readFeature(f).kind === kind).flatMap(({ f }) => surface(f) ?? []))].slice(0, most);
  return { names: pick('name', 6), numbers: pick('number', 4), terms: pick('term', 6) };
}

/**
 * Aligns the sentences of two articles into claims: sets of sentences on each
 * side that report the same fact (shared), or sentences only one side has.
 * Every sentence of both articles lands in exactly one claim.
 *
 * Pairs are scored by TF-IDF cosine over the two articles (names and numbers
 * weigh more; spelling variants of a name meet as one entity); the best pairs
 * are taken first, each sentence once (iterated mutual best match), and a
 * further sentence joins a claim only where it adds to what the claim shares.
 */
export function alignClaims(left: Article, right: Article, options: Partial<AlignOptions> = {}, analysis: Analysis = new Analysis()): Alignment {
  const opts = { ...defaultAlignOptions, ...options };
  const [L, R] = analyze(left, right, analysis);
  const entities = canonicalizeEntities(collectNames(L.map((s) => s.tokens)), collectNames(R.map((s) => s.tokens)));
  const compounds = new Set([...L, ...R].flatMap((s) => s.tokens.filter((t) => !t.stop).map((t) => t.key)));
  const numbers = opts.numbers ?? numeralsOf;
  const acronyms = new Set([...L, ...R].flatMap((s) => s.tokens.filter((t) => t.proper && /^(?:\p{Lu}\.?){2,}$/u.test(t.text)).map((t) => t.key)));
  const raw = [...L, ...R].map((s) =>
    extractFeatures(s.tokens, {
      canonical: entities.canonical,
      compounds,
      acronyms,
      numbers: numbers(s.text),
      ...(opts.synonyms ? { synonyms: opts.synonyms } : {}),
    }),
  );
  const { vectors } = weightVectors(raw);
  const lv = vectors.slice(0, L.length);
  const rv = vectors.slice(L.length);
  const pairs = scorePairs(lv, rv, Math.min(opts.pairThreshold, opts.widePairThreshold, opts.attachThreshold, CANDIDATE_FLOOR));
  const words = alignmentWords([...L, ...R].map((s) => s.tokens), { canonical: entities.canonical, ...(opts.synonyms ? { synonyms: opts.synonyms } : {}) });
  const alignmentOf = (l: number, r: number) => words.pair(l, L.length + r);
  const byCosine = (p: ScoredPair): boolean => {
    if (p.score < Math.min(opts.pairThreshold, opts.widePairThreshold)) return false;
    const shared = sharedWords(lv[p.left]!, rv[p.right]!);
    return shared >= WIDE_SHARED_WORDS ? p.score >= opts.widePairThreshold : shared >= MIN_SHARED_WORDS && p.score >= opts.pairThreshold;
  };
  const voiced = (side: 'left' | 'right', i: number) => {
    const s = (side === 'left' ? L : R)[i]!;
    return { text: s.text, speaker: opts.speakers?.[side].get(s.id) };
  };
  // A claim needs a common word aligned (an action), not only the same
  // names, days and figures, and two people quoted saying different things
  // are two facts (see otherVoices).
  const opens = (p: ScoredPair): boolean =>
    byCosine(p) && alignsAction(alignmentOf(p.left, p.right)) && !otherVoices(voiced('left', p.left), voiced('right', p.right));

  // One pass over the pairs, best first: two free sentences above the pair
  // threshold open a claim (each sentence once: iterated mutual best match);
  // a free sentence whose partner is taken may join that partner's claim
  // (many-to-many) when it reports what the claim's other side says and its
  // own side does not yet (the residual), and stands near a member in its own
  // article: outlets spread one fact over neighbouring sentences.
  const groups: { left: number[]; right: number[] }[] = [];
  const ofLeft = new Map<number, number>();
  const ofRight = new Map<number, number>();
  const considered = new Set<string>();
  // The same sentence in both articles is one claim whatever its words: pair
  // identical normalised texts first, in reading order.
  const verbatim = new Map<string, number[]>();
  for (const s of R) verbatim.set(s.normalized, [...(verbatim.get(s.normalized) ?? []), s.index]);
  for (const s of L) {
    const j = verbatim.get(s.normalized)?.shift();
    if (j === undefined) continue;
    ofLeft.set(s.index, groups.length);
    ofRight.set(j, groups.length);
    groups.push({ left: [s.index], right: [j] });
  }
  for (const p of pairs) {
    const l = ofLeft.get(p.left);
    const r = ofRight.get(p.right);
    if (l === undefined && r === undefined) {
      if (!opens(p)) continue;
      ofLeft.set(p.left, groups.length);
      ofRight.set(p.right, groups.length);
      groups.push({ left: [p.left], right: [p.right] });
      continue;
    }
    if ((l === undefined) === (r === undefined) || p.score < opts.attachThreshold) continue;
    const freeLeft = l === undefined;
    const key = freeLeft ? `l${p.left}` : `r${p.right}`;
    if (considered.has(key)) continue;
    considered.add(key);
    const at = (freeLeft ? r : l)!;
    const g = groups[at]!;
    const [own, other, ownVectors, otherVectors, u] = freeLeft
      ? [g.left, g.right, lv, rv, p.left]
      : [g.right, g.left, rv, lv, p.right];
    if (!own.some((i) => Math.abs(i - u) <= opts.attachDistance)) continue;
    // A joiner, too, must share two words and an action with the claim's other side, and not quote someone else.
    const joins = other.map((j) => (freeLeft ? alignmentOf(u, j) : alignmentOf(j, u)));
    if (!joins.some((a) => a.links.length >= MIN_SHARED_WORDS && alignsAction(a))) continue;
    if (other.some((j) => (freeLeft ? otherVoices(voiced('left', u), voiced('right', j)) : otherVoices(voiced('left', j), voiced('right', u))))) continue;
    // The residual is taken against the sentence that opened the claim, so
    // each neighbour is judged on what it adds to that core pair, not on what
    // an earlier joiner happened to cover too.
    const covered = ownVectors[own[0]!]!;
    const residual: Vector = new Map([...sumVectors(other.map((j) => otherVectors[j]!))].filter(([f]) => !covered.has(f)));
    if (cosine(ownVectors[u]!, residual) < opts.residualThreshold) continue;
    own.push(u);
    (freeLeft ? ofLeft : ofRight).set(u, at);
  }

  // A lead that packs several facts may make further claims (see packedClaims).
  for (const g of packedClaims(pairs, groups, { left: new Set(ofLeft.keys()), right: new Set(ofRight.keys()) }, { words, leftCount: L.length, coverage: opts.packedCoverage, mass: opts.packedMass, minWords: opts.packedWords })) {
    for (const i of g.left) if (!ofLeft.has(i)) ofLeft.set(i, groups.length);
    for (const j of g.right) if (!ofRight.has(j)) ofRight.set(j, groups.length);
    groups.push(g);
  }

  // An editor's corrections come last, over everything the engine decided.
  const { groups: decided, separated } = opts.corrections
    ? applyCorrections(groups, opts.corrections, { left: L.map((s) => s.id), right: R.map((s) => s.id) }, opts.corrections.file)
    : { groups, separated: { left: new Set<number>(), right: new Set<number>() } };
  const paired = { left: new Set(decided.flatMap((g) => g.left)), right: new Set(decided.flatMap((g) => g.right)) };

  // The words of a claim aligned as one meaning though written differently, left side first.
  const paraphrasesOf = (g: Group): Evidence['paraphrases'] => {
    const seen = new Map<string, { left: string; right: string }>();
    for (const i of g.left) {
      for (const j of g.right) {
        for (const k of alignmentOf(i, j).links) {
          if (k.match === 'same') continue;
          const pair = { left: k.left.token.text, right: k.right.token.text };
          seen.set(`${pair.left.toLowerCase()}|${pair.right.toLowerCase()}`, pair);
        }
      }
    }
    return [...seen.values()].slice(0, MAX_PARAPHRASES);
  };

  const claims: (AlignedClaim & { order: number[] })[] = decided.map((g: CorrectableGroup): AlignedClaim & { order: number[] } => {
    const ls = inOrder(g.left, L);
    const rs = inOrder(g.right, R);
    const a = sumVectors(g.left.map((i) => lv[i]!));
    const b = sumVectors(g.right.map((j) => rv[j]!));
    const same = ls.map((x) => x.normalized).join(' ') === rs.map((x) => x.normalized).join(' ');
    return {
      status: 'shared' as const,
      left: ls,
      right: rs,
      similarity: same ? 1 : Math.round(Math.min(1, cosine(a, b)) * 1000) / 1000,
      evidence: { ...explain(a, b, ls, entities), paraphrases: paraphrasesOf(g) },
      ...(g.editor ? { origin: 'editor' as const, edit: g.editor } : { origin: 'engine' as const }),
      // A sentence in two claims (a packed lead) lists them in the other article's order.
      order: [ls[0].index, 0, rs[0].index],
    };
  });
  const originOf = (side: 'left' | 'right', i: number): Decision => (separated[side].has(i) ? { origin: 'editor', edit: 'separated' } : { origin: 'engine' });
  // Why a candidate pair was not made, in the order the engine checks.
  const whyApart = (p: ScoredPair, side: 'left' | 'right', shared: string[]): string => {
    if (separated[side].has(side === 'left' ? p.left : p.right)) return 'an editor separated it from its pair';
    const quote = (words: string[]) => words.map((w) => `“${w}”`).join(', ');
    if (!byCosine(p)) {
      if (sharedWords(lv[p.left]!, rv[p.right]!) < MIN_SHARED_WORDS) return shared.length === 0 ? 'they share no name, number or rare word' : `they share only ${quote(shared)}`;
      const wide = sharedWords(lv[p.left]!, rv[p.right]!) >= WIDE_SHARED_WORDS;
      const need = Math.round((wide ? opts.widePairThreshold : opts.pairThreshold) * 100);
      return `their similarity, ${(p.score * 100).toFixed(1)}%, is under the ${need}% a pair ${wide ? 'with three shared words or more' : 'with two shared words'} needs`;
    }
    if (!alignsAction(alignmentOf(p.left, p.right))) return 'they share names or figures but no word for what happened';
    if (otherVoices(voiced('left', p.left), voiced('right', p.right))) return 'each quotes a different person';
    return 'the other sentence is in a claim that this one adds nothing to';
  };
  // Each sentence's best candidate, found in one pass over the pairs.
  const bestOf = { left: new Map<number, ScoredPair>(), right: new Map<number, ScoredPair>() };
  for (const p of pairs) {
    if (p.score < NEAR_MISS_FLOOR) continue;
    for (const [side, i] of [['left', p.left], ['right', p.right]] as const) {
      const held = bestOf[side].get(i);
      if (!held || p.score > held.score) bestOf[side].set(i, p);
    }
  }
  const nearestTo = (side: 'left' | 'right', i: number): NearMiss | null => {
    const best = bestOf[side].get(i);
    if (!best) return null;
    const { names, numbers, terms } = explain(lv[best.left]!, rv[best.right]!, [side === 'left' ? L[best.left]! : R[best.right]!], entities);
    const shared = [...names, ...numbers, ...terms];
    return { sentence: side === 'left' ? R[best.right]! : L[best.left]!, similarity: Math.round(best.score * 1000) / 1000, shared, why: whyApart(best, side, shared) };
  };
  for (const s of L) if (!paired.left.has(s.index)) claims.push({ status: 'left-only', left: [s], right: [], similarity: null, evidence: null, nearest: nearestTo('left', s.index), ...originOf('left', s.index), order: [s.index, 0, 0] });
  // A right-only claim goes after the shared claim that precedes it in the right article's order.
  const shared = claims.filter((c) => c.status === 'shared');
  for (const s of R) {
    if (paired.right.has(s.index)) continue;
    const before = shared.filter((c) => c.right[0]!.index < s.index).sort((a, b) => b.right[0]!.index - a.right[0]!.index)[0];
    claims.push({ status: 'right-only', left: [], right: [s], similarity: null, evidence: null, nearest: nearestTo('right', s.index), ...originOf('right', s.index), order: [before ? before.order[0]! : -1, 1, s.index] });
  }
  claims.sort((a, b) => a.order[0]! - b.order[0]! || a.order[1]! - b.order[1]! || a.order[2]! - b.order[2]!);
  return { claims: claims.map(({ order: _order, ...c }) => c), variants: entities.variants, entities };
}
