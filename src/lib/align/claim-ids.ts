import type { AlignedClaim } from './align-claims.ts';

const MAX_WORDS = 3;

/** ASCII kebab-case of a word or name ("al-Amin" → "al-amin", "F.B.I." → "fbi"). */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’.]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** Words that name a claim: the evidence that matched it, else the first sentence's names and longer words. */
function labelWords(claim: AlignedClaim): string[] {
  if (claim.evidence) {
    const { names, numbers, terms } = claim.evidence;
    return [...names.slice(0, 2), ...terms, ...numbers];
  }
  const tokens = [...claim.left, ...claim.right][0]?.tokens ?? [];
  const names = tokens.filter((t) => t.proper && !t.stop).map((t) => t.text);
  const words = tokens.filter((t) => !t.proper && !t.stop && t.key.length >= 5).map((t) => t.text);
  return [...names.slice(0, 2), ...words];
}

/**
 * Gives each claim a short readable slug built from its key words
 * ("mayor-dorvik-port"), unique within the comparison (a repeat gets "-2",
 * "-3" in claim order). The same alignment always yields the same ids, so
 * they can serve as URLs.
 */
export function assignClaimIds(claims: readonly AlignedClaim[]): string[] {
  const used = new Set<string>();
  return claims.map((claim) => {
    const words = [...new Set(labelWords(claim).map(slugify).filter((w) => w !== ''))].slice(0, MAX_WORDS);
    const base = words.join('-') || (claim.status === 'shared' ? 'claim' : claim.status);
    let id = base;
    for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
    used.add(id);
    return id;
  });
}
