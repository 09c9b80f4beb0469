import { summarizeClaims } from '../../src/lib/compare.ts';
import { comparisonSchema, type Claim, type ClaimAlias, type Comparison, type Difference, type SentenceRef } from '../../src/lib/schemas.ts';

/** A sentence of the left ("l") or right ("r") article: `ref('l', 2, 1)` is "l-p02-s1". */
export function ref(outlet: 'l' | 'r', paragraph: number, sentence: number, text = `Sentence ${paragraph}.${sentence} of ${outlet}.`): SentenceRef {
  return { id: `${outlet}-p${String(paragraph).padStart(2, '0')}-s${sentence}`, text };
}

/** A shared claim with its sentences on each side and, optionally, its differences. */
export function sharedClaim(id: string, left: [SentenceRef, ...SentenceRef[]], right: [SentenceRef, ...SentenceRef[]], differences: Difference[] = []): Extract<Claim, { status: 'shared' }> {
  const [a, b] = [left, right].map((side) => side.map((x) => x.text).join(' '));
  const diff = a === b ? [{ value: a!, added: false, removed: false }] : [{ value: a!, added: false, removed: true }, { value: b!, added: true, removed: false }];
  return { id, status: 'shared', left, right, similarity: a === b ? 1 : 0.5, evidence: { names: [], numbers: [], terms: [], paraphrases: [] }, diff, differences, origin: 'engine' };
}

/** A claim only one article reports: the side is read from the sentence id. */
export function oneSidedClaim(id: string, sentence: SentenceRef): Claim {
  const none = { similarity: null, evidence: null, diff: null, differences: [] as [], origin: 'engine' as const, nearest: null };
  return sentence.id.startsWith('l-') ? { id, status: 'left-only', left: [sentence], right: [], ...none } : { id, status: 'right-only', left: [], right: [sentence], ...none };
}

/** What a hand-built comparison holds beyond its defaults. */
export interface ComparisonParts {
  claims: Claim[];
  aliases?: ClaimAlias[];
  slug?: string;
  title?: string;
  outlets?: { left: string; right: string };
  headlines?: { left: string | null; right: string | null };
}

/** A comparison built by hand around the given claims, with its summary counted from them; checked against `comparisonSchema`. */
export function makeComparison({ claims, aliases = [], slug = 'bridge-closes', title = 'Bridge closes', outlets = { left: 'Left Daily', right: 'Right Herald' }, headlines = { left: null, right: null } }: ComparisonParts): Comparison {
  const article = (side: 'left' | 'right', id: string) => ({ id: `${slug}/${id}`, outlet: { name: outlets[side], id }, headline: headlines[side], url: null, date: null, contributors: [], note: null });
  return comparisonSchema.parse({
    slug,
    title,
    date: '2025-03-01',
    articles: { left: article('left', 'l'), right: article('right', 'r') },
    summary: summarizeClaims(claims),
    claims,
    variants: [],
    sources: { left: [], right: [] },
    aliases,
  });
}
