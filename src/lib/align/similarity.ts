import type { Vector } from './features.ts';

/** Candidate pair of a left and a right sentence, by index, with its cosine. */
const COMMON_FLOOR = 50;
const COMMON_SHARE = 0.1;
const SHORTLIST = 4;

/** Dot product of two unit vectors. */
function cosineOf(a: Vector, b: Vector): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let dot = 0;
  for (const [f, w] of small) dot += w * (large.get(f) ?? 0);
  return dot;
}

export interface ScoredPair {
  left: number;
  right: number;
  score: number;
}

/**
 * Left×right pairs whose cosine reaches `floor`, found through an inverted
 * index over the right side, so cost grows with the pairs that share a
 * feature rather than with every pair. Only each left sentence's `keep` best
 * partners are kept: the assignment takes a sentence's best available
 * partner, and never needs its tenth-best.
 */
export function scorePairs(left: readonly Vector[], right: readonly Vector[], floor: number, keep = 8): ScoredPair[] {
  // A feature in a large share of sentences proposes nearly every pair while
  // adding little to any cosine (its IDF is low): it scores candidates found
  // through rarer features, but does not propose them.
  const df = new Map<string, number>();
  for (const v of [...left, ...right]) for (const f of v.keys()) df.set(f, (df.get(f) ?? 0) + 1);
  const common = Math.max(COMMON_FLOOR, COMMON_SHARE * (left.length + right.length));
  const index = new Map<string, { j: number; w: number }[]>();
  for (const [j, v] of right.entries()) {
    for (const [f, w] of v) {
      if ((df.get(f) ?? 0) > common) continue;
      const list = index.get(f);
      if (list) list.push({ j, w });
      else index.set(f, [{ j, w }]);
    }
  }
  const pairs: ScoredPair[] = [];
  const acc = new Float64Array(right.length);
  const touched: number[] = [];
  for (const [i, v] of left.entries()) {
    for (const [f, w] of v) {
      for (const { j, w: wj } of index.get(f) ?? []) {
        if (acc[j] === 0) touched.push(j);
        acc[j] = (acc[j] ?? 0) + w * wj;
      }
    }
    // Rank by the partial score from the rarer features; the full cosine is
    // computed for the front-runners only.
    const shortlist = touched.length > SHORTLIST * keep ? touched.sort((a, b) => (acc[b] ?? 0) - (acc[a] ?? 0) || a - b).slice(0, SHORTLIST * keep) : touched;
    const found: ScoredPair[] = [];
    for (const j of shortlist) {
      const score = cosineOf(v, right[j]!);
      if (score >= floor) found.push({ left: i, right: j, score: Math.min(1, score) });
    }
    for (const j of touched) acc[j] = 0;
    touched.length = 0;
    if (found.length > keep) found.sort((a, b) => b.score - a.score || a.right - b.right).length = keep;
    pairs.push(...found);
  }
  // Best first; ties broken by position so the result never depends on Map order.
  return pairs.sort((a, b) => b.score - a.score || a.left - b.left || a.right - b.right);
}
