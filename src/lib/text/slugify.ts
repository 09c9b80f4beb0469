import { createHash } from 'node:crypto';

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

/** A short, stable hex digest of a text: the disambiguator of ids cut to length. */
export function shortHash(text: string, length = 6): string {
  return createHash('sha256').update(text).digest('hex').slice(0, length);
}

/**
 * A slug of at most `max` characters. A longer one is cut at a hyphen (or
 * mid-word when one word is too long) and ends in a digest of the whole, so
 * two long slugs with one beginning stay apart and the same slug always gets
 * the same id. Ids become folder names: a 300-letter word in an article made
 * a path the file system refused (ENAMETOOLONG).
 */
export function capSlug(slug: string, max: number): string {
  if (slug.length <= max) return slug;
  const room = max - 7;
  const cut = slug.slice(0, room);
  const at = cut.lastIndexOf('-');
  const head = (at >= room / 2 ? cut.slice(0, at) : cut).replace(/-+$/, '');
  return `${head}-${shortHash(slug)}`;
}
