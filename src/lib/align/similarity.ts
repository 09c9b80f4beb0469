import type { Vector } from './features.ts';

/** Candidate pair of a left and a right sentence, by index, with its cosine. */
export interface ScoredPair {
  left: number;
  right: number;
  score: number;
}

/**
 * All left×right pairs whose cosine reaches `floor`, found through an
 * inverted index over the right side, so cost grows with the pairs that
 * share a feature rather than with every pair.
 */
export function scorePairs(left: readonly Vector[], right: readonly Vector[], floor: number): ScoredPair[] {
  const index = new Map<string, { j: number; w: number }[]>();
  for (const [j, v] of right.entries()) {
    for (const [f, w] of v) {
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
    for (const j of touched) {
      const score = acc[j] ?? 0;
      if (score >= floor) pairs.push({ left: i, right: j, score: Math.min(1, score) });
      acc[j] = 0;
    }
    touched.length = 0;
  }
  // Best first; ties broken by position so the result never depends on Map order.
  return pairs.sort((a, b) => b.score - a.score || a.left - b.left || a.right - b.right);
}
