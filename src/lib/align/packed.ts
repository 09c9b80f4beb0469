import type { AlignmentWords } from './alignment-words.ts';
import type { ScoredPair } from './similarity.ts';
import { actionMass, alignsAction, alignWords, type SentenceAlignment } from './word-alignment.ts';

/** Sentences paired as one claim, by index on each side. */
export interface Group {
  left: number[];
  right: number[];
}

/** What the packed-sentence pass needs to know of the alignment so far. */
export interface PackedContext {
  /** Content words and weights of every sentence: left sentences first, then right. */
  words: AlignmentWords;
  /** Number of left sentences. */
  leftCount: number;
  /** How much of a free sentence the unused words must cover, or how much action weight they must align. */
  coverage: number;
  mass: number;
  /** Fewest content words of a sentence that may pack several facts. */
  minWords: number;
}

const MIN_LINKS = 2;

/**
 * Further claims for sentences that pack several facts. A lead often tells
 * what the other outlet spreads over several sentences ("LaRue, 75, the
 * Nixon aide and 'bagman' who delivered payoffs to the Watergate
 * conspirators, died in a Biloxi motel room"): once it is in one claim, it
 * may make another with a sentence still free on the other side, read only
 * for the words it did not align in the claims it is in, and held to a
 * stricter bar than a first claim: a long sentence, two words aligned with a
 * common word among them, most of the free sentence covered (or rare common
 * words), and, where both give figures, a figure in common (the 2009 fire
 * that destroyed 38 homes is not the fire that destroyed 140). Returns the
 * new groups; a packed sentence then belongs to two claims or more.
 */
export function packedClaims(pairs: readonly ScoredPair[], groups: readonly Group[], taken: { left: ReadonlySet<number>; right: ReadonlySet<number> }, ctx: PackedContext): Group[] {
  const { words, leftCount } = ctx;
  const of = (side: 'left' | 'right', i: number) => words.of(side === 'left' ? i : leftCount + i);
  const align = (l: readonly ReturnType<typeof of>[number][], r: readonly ReturnType<typeof of>[number][]) => alignWords(l, r, words.weight, words.context);
  const found: Group[] = [];
  // Free sentences that have joined a packed sentence here: taken from now on.
  const joined = { left: new Set<number>(), right: new Set<number>() };
  // The words of a sentence already aligned with its partners in the claims it is in.
  const used = (side: 'left' | 'right', i: number): Set<number> => {
    const out = new Set<number>();
    for (const g of [...groups, ...found]) {
      if (!(side === 'left' ? g.left : g.right).includes(i)) continue;
      for (const j of side === 'left' ? g.right : g.left) {
        const a = side === 'left' ? words.pair(i, leftCount + j) : words.pair(j, leftCount + i);
        for (const k of a.links) out.add(side === 'left' ? k.left.index : k.right.index);
      }
    }
    return out;
  };
  for (const p of pairs) {
    const leftTaken = taken.left.has(p.left);
    if (leftTaken === taken.right.has(p.right) || joined.left.has(p.left) || joined.right.has(p.right)) continue;
    const [side, i] = leftTaken ? (['left', p.left] as const) : (['right', p.right] as const);
    if (of(side, i).length < ctx.minWords) continue;
    const aligned = used(side, i);
    const unused = of(side, i).filter((w) => !aligned.has(w.index));
    const a: SentenceAlignment = leftTaken ? align(unused, of('right', p.right)) : align(of('left', p.left), unused);
    const freeCoverage = leftTaken ? a.rightCoverage : a.leftCoverage;
    const figures = (s: 'left' | 'right') => of(s, s === 'left' ? p.left : p.right).some((w) => w.kind === 'number');
    if (figures('left') && figures('right') && !a.links.some((k) => k.left.kind === 'number')) continue;
    if (a.links.length < MIN_LINKS || !alignsAction(a)) continue;
    if (freeCoverage < ctx.coverage && actionMass(a, words.weight) < ctx.mass) continue;
    found.push({ left: [p.left], right: [p.right] });
    (leftTaken ? joined.right : joined.left).add(leftTaken ? p.right : p.left);
  }
  return found;
}
