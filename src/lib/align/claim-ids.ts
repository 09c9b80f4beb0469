import { shortHash, slugify } from '../text/slugify.ts';

/** Words of a claim id, and the longest run of them before the digest. */
const WORDS = 4;
const MAX_WORDS_LENGTH = 40;
const MAX_WORD_LENGTH = 16;

/** What a claim is, for its id: the published text of its sentences on each side. */
export interface ClaimText {
  left: readonly { text: string }[];
  right: readonly { text: string }[];
}

/** The readable part of an id: the first words of four or more letters or digits of the claim's first sentence. */
function leadWords(text: string): string {
  const words = slugify(text).split('-').filter((w) => w !== '');
  const long = words.filter((w) => w.length >= 4);
  let out = '';
  for (const word of (long.length > 0 ? long : words).slice(0, WORDS)) {
    const next = out ? `${out}-${word.slice(0, MAX_WORD_LENGTH)}` : word.slice(0, MAX_WORD_LENGTH);
    if (next.length > MAX_WORDS_LENGTH) break;
    out = next;
  }
  return out || 'claim';
}

/**
 * A claim's id: the first words of its first sentence and a digest of the
 * text of all its sentences ("envoys-make-last-push-3f9a2c"). It derives
 * from what the claim is, not from how the engine explained the match (the
 * evidence words it used to come from), so an engine change renames only
 * the claims whose sentences changed; ids that did change are kept reachable
 * through the story's record of published ids (`ingest/published.ts`).
 */
export function claimIdOf(claim: ClaimText): string {
  const first = claim.left[0] ?? claim.right[0];
  const digest = shortHash(JSON.stringify([claim.left.map((s) => s.text), claim.right.map((s) => s.text)]));
  return `${leadWords(first?.text ?? '')}-${digest}`;
}

/**
 * The ids of a comparison's claims, unique within it: two claims with the
 * same text (an article that repeats a sentence) get "-2", "-3" in claim
 * order. Every id ends in a six-character digest, so one with a suffix never
 * equals another claim's id.
 */
export function assignClaimIds(claims: readonly ClaimText[]): string[] {
  const seen = new Map<string, number>();
  return claims.map((claim) => {
    const id = claimIdOf(claim);
    const n = (seen.get(id) ?? 0) + 1;
    seen.set(id, n);
    return n === 1 ? id : `${id}-${n}`;
  });
}
