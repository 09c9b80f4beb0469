import type { ClaimAlias, Comparison, OutletsComparison } from '../schemas.ts';

interface ClaimSentences {
  id: string;
  left: readonly { id: string }[];
  right: readonly { id: string }[];
}

/**
 * Where each claim id published before, and no longer a claim's id, leads
 * now: the claim that holds most of the sentences it held (the first such in
 * claim order; a sentence since joined to its neighbour counts where its
 * paragraph went), or null when none of them is left (the text changed). So a
 * shared link survives an engine change that regroups sentences.
 */
export function claimAliases(published: Readonly<Record<string, readonly string[]>>, claims: readonly ClaimSentences[]): ClaimAlias[] {
  const current = new Set(claims.map((c) => c.id));
  const claimOf = new Map<string, number>();
  // A sentence id is its paragraph's id and a number: when a sentence is
  // gone because the splitter joined it to its neighbour, its paragraph
  // still says where its text went.
  const paragraphOf = (id: string) => id.replace(/-s\d+$/, '');
  const claimOfParagraph = new Map<string, number>();
  claims.forEach((c, k) => {
    for (const s of [...c.left, ...c.right]) {
      claimOf.set(s.id, k);
      if (!claimOfParagraph.has(paragraphOf(s.id))) claimOfParagraph.set(paragraphOf(s.id), k);
    }
  });
  return Object.keys(published)
    .filter((id) => !current.has(id))
    .sort()
    .map((id) => {
      const votes = new Map<number, number>();
      for (const s of published[id]!) {
        const k = claimOf.get(s) ?? claimOfParagraph.get(paragraphOf(s));
        if (k !== undefined) votes.set(k, (votes.get(k) ?? 0) + 1);
      }
      let best: number | null = null;
      for (const [k, n] of votes) if (best === null || n > votes.get(best)! || (n === votes.get(best)! && k < best)) best = k;
      return { id, claim: best === null ? null : claims[best]!.id };
    });
}

/** A comparison with the aliases of the claim ids in `published` that it no longer has. */
export function withAliases(comparison: Comparison, published: Readonly<Record<string, readonly string[]>>): Comparison {
  return { ...comparison, aliases: claimAliases(published, comparison.claims) };
}

/** A claim across outlets as the record of published ids sees it: its id and every sentence. */
export const outletsClaimSentences = (claims: OutletsComparison['claims']): ClaimSentences[] => claims.map((c) => ({ id: c.id, left: Object.values(c.sentences).flat(), right: [] }));

/** A story of several outlets with the aliases of the claim ids in `published` that it no longer has. */
export function withOutletAliases(outlets: OutletsComparison, published: Readonly<Record<string, readonly string[]>>): OutletsComparison {
  return { ...outlets, aliases: claimAliases(published, outletsClaimSentences(outlets.claims)) };
}
