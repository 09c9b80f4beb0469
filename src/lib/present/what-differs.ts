import { isFactual } from '../differences/find-differences.ts';
import type { Comparison, Difference } from '../schemas.ts';

/** One factual difference, for the list at the top of a comparison. */
export interface DifferenceLine {
  claim: string;
  difference: Difference;
  /** 1-based, as the claim's badge numbers it. */
  n: number;
}

/** A name the two outlets spell differently. */
export interface Spelling {
  left: string;
  right: string;
  /** The first shared claim where both spellings stand, if any. */
  claim: string | null;
}

/**
 * What differs between the two articles, for the top of the page: every
 * factual difference of the shared claims, in reading order, and apart from
 * them the names the outlets spell differently (the same person, not a fact
 * in dispute).
 */
export function whatDiffers(comparison: Comparison): { differences: DifferenceLine[]; spellings: Spelling[] } {
  const differences = comparison.claims.flatMap((claim) =>
    claim.status !== 'shared' ? [] : claim.differences.flatMap((difference, i) => (isFactual(difference) ? [{ claim: claim.id, difference, n: i + 1 }] : [])),
  );
  const claimOfSpelling = (left: string, right: string) =>
    comparison.claims.find((c) => c.differences.some((d) => d.kind === 'name' && d.left === left && d.right === right))?.id ?? null;
  const spellings = comparison.variants.flatMap((v) => v.left.flatMap((left) => v.right.map((right) => ({ left, right, claim: claimOfSpelling(left, right) }))));
  return { differences, spellings };
}
