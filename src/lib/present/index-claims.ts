import type { Claim, Comparison, SentenceRef } from '../schemas.ts';

/** Sentence id → the claim that holds it; a sentence that packs several facts is in several claims, and the first of them is its place. */
export function claimBySentence(comparison: Comparison): Map<string, Claim> {
  const map = new Map<string, Claim>();
  for (const c of comparison.claims) for (const s of [...c.left, ...c.right]) if (!map.has(s.id)) map.set(s.id, c);
  return map;
}

/** A further claim that holds one of a claim's sentences, and on which side that sentence is. */
export interface AlsoIn {
  claim: string;
  side: 'left' | 'right';
}

/** Claim id → the other claims that hold one of its sentences (a lead that packs several facts is compared once for each). */
export function claimsSharingSentences(comparison: Comparison): Map<string, AlsoIn[]> {
  const holders = new Map<string, Claim[]>();
  for (const c of comparison.claims) for (const s of [...c.left, ...c.right]) holders.set(s.id, [...(holders.get(s.id) ?? []), c]);
  const out = new Map<string, AlsoIn[]>();
  for (const c of comparison.claims) {
    const also = new Map<string, AlsoIn>();
    for (const side of ['left', 'right'] as const) {
      for (const s of c[side]) for (const other of holders.get(s.id)!) if (other !== c && !also.has(other.id)) also.set(other.id, { claim: other.id, side });
    }
    if (also.size > 0) out.set(c.id, [...also.values()]);
  }
  return out;
}

/** Where a sentence stands in its article, as its id says (`nyt-p02-s3`: paragraph 2, sentence 3). */
export function sentencePlace(id: string): { paragraph: number; sentence: number } {
  const m = /-p(\d+)-s(\d+)$/.exec(id);
  return { paragraph: Number(m?.[1] ?? 0), sentence: Number(m?.[2] ?? 0) };
}

/** Reading position of a sentence id: paragraph, then sentence. */
function rank(id: string): number {
  const { paragraph, sentence } = sentencePlace(id);
  return paragraph * 10_000 + sentence;
}

/** The sentence a claim opens with: its left side's first, or the right's when it has no left side. */
export function firstSentence(claim: Claim): SentenceRef {
  return claim.status === 'right-only' ? claim.right[0] : claim.left[0];
}

/** The first sentence of one side of a claim, when the side has one. */
const firstOf = (claim: Claim, side: 'left' | 'right'): SentenceRef | undefined => claim[side][0];

/** Sentence ids of one side in reading order. */
export function sentencesInOrder(comparison: Comparison, side: 'left' | 'right'): string[] {
  // A sentence that packs several facts is in several claims: it is listed once.
  return [...new Set(comparison.claims.flatMap((c) => c[side].map((s) => s.id)))].sort((a, b) => rank(a) - rank(b));
}

/**
 * Position of each claim when rows follow the right article: claims with a
 * right side by its first sentence; a left-only claim right after the claim
 * before it in the left article's order.
 */
export function rightOrder(comparison: Comparison): Map<string, number> {
  const right = sentencesInOrder(comparison, 'right');
  const key = new Map<string, number>();
  // The position, in the right's order, of the last claim with a right side
  // before it in the left's order: a run of left-only claims all take that
  // position plus a half, and keep their own order among themselves.
  let previous = -1;
  for (const c of comparison.claims) {
    const first = firstOf(c, 'right');
    if (!first) {
      key.set(c.id, previous + 0.5);
      continue;
    }
    const k = right.indexOf(first.id);
    key.set(c.id, k);
    if (c.status === 'shared') previous = k;
  }
  const position = new Map(comparison.claims.map((c, i) => [c.id, i]));
  const ranked = [...key].sort((a, b) => a[1] - b[1] || position.get(a[0])! - position.get(b[0])!);
  return new Map(ranked.map(([id], i) => [id, i]));
}

/** Claim id → the earlier ids that lead to it, so a shared link to "#<old id>" still lands on its claim. */
export function aliasesByClaim(comparison: Comparison): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const { id, claim } of comparison.aliases) if (claim !== null) map.set(claim, [...(map.get(claim) ?? []), id]);
  return map;
}
