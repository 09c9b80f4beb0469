import type { Claim, Comparison } from '../schemas.ts';

/** Sentence id → id of the claim that holds it. */
export function claimBySentence(comparison: Comparison): Map<string, string> {
  const map = new Map<string, string>();
  for (const c of comparison.claims) for (const s of [...c.left, ...c.right]) map.set(s.id, c.id);
  return map;
}

/** Reading position of a sentence id (`…-p02-s3`): paragraph, then sentence. */
function rank(id: string): number {
  const m = /-p(\d+)-s(\d+)$/.exec(id);
  return m ? Number(m[1]) * 10_000 + Number(m[2]) : 0;
}

/** Sentence ids of one side in reading order. */
export function sentencesInOrder(comparison: Comparison, side: 'left' | 'right'): string[] {
  return comparison.claims.flatMap((c) => c[side].map((s) => s.id)).sort((a, b) => rank(a) - rank(b));
}

/** One-sided claims of a status, in the reading order of the side that has them. */
export function claimsOnly(comparison: Comparison, status: 'left-only' | 'right-only'): Claim[] {
  const side = status === 'left-only' ? 'left' : 'right';
  return comparison.claims.filter((c) => c.status === status).sort((a, b) => rank(a[side][0]!.id) - rank(b[side][0]!.id));
}

/**
 * Position of each claim when rows follow the right article: claims with a
 * right side by its first sentence; a left-only claim right after the claim
 * before it in the left article's order.
 */
export function rightOrder(comparison: Comparison): Map<string, number> {
  const right = sentencesInOrder(comparison, 'right');
  const key = new Map<string, number>();
  // The position of the last claim with a left side, in the right's order.
  let previous = -1;
  for (const c of comparison.claims) {
    if (c.left.length === 0) {
      key.set(c.id, right.indexOf(c.right[0]!.id));
      continue;
    }
    const k = c.right.length > 0 ? right.indexOf(c.right[0]!.id) : previous + 0.5;
    key.set(c.id, k);
    previous = k;
  }
  const ranked = [...key].sort((a, b) => a[1] - b[1]);
  return new Map(ranked.map(([id], i) => [id, i]));
}

/** Claim id → the earlier ids that lead to it, so a shared link to "#<old id>" still lands on its claim. */
export function aliasesByClaim(comparison: Comparison): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const { id, claim } of comparison.aliases) if (claim !== null) map.set(claim, [...(map.get(claim) ?? []), id]);
  return map;
}
