import { MAX_OUTLET_ID_LENGTH } from '../schemas.ts';
import { capSlug } from '../text/slugify.ts';

/**
 * A short URL id for an outlet name: a leading acronym as it is ("CNN" → "cnn",
 * "BBC News" → "bbc"), a single word lowercased ("Reuters" → "reuters"),
 * otherwise the initials ("The New York Times" → "nyt"); at most
 * `MAX_OUTLET_ID_LENGTH` characters, a longer one cut with a digest of the name.
 */
export function deriveOutletId(name: string): string {
  const words = name
    .normalize('NFKD')
    .replace(/[^\p{L}\p{N}\s]/gu, '')
    .trim()
    .split(/\s+/)
    .filter((w, i) => !(i === 0 && /^the$/i.test(w)));
  const first = words[0] ?? '';
  const ascii = (s: string) => s.toLowerCase().replace(/[^a-z0-9]/g, '');
  const id = /^[\p{Lu}\p{N}]{2,}$/u.test(first) || words.length === 1 ? ascii(first) : ascii(words.map((w) => w[0]).join(''));
  return capSlug(id || 'outlet', MAX_OUTLET_ID_LENGTH);
}
