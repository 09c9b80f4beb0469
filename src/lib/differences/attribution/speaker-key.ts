/** Keys that match two mentions of one name or one speaker. */
import type { Attribution } from './types.ts';
import { ARABIC_ARTICLES } from '../../lexicon/en/people.ts';

const ARABIC_ARTICLE = new RegExp(`^(?:${ARABIC_ARTICLES.join('|')})-`);

/** Matching key of a surname: lowercase, no accents, no Arabic article ("al-"). */
export function nameKey(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’]s?$/, '')
    .replace(ARABIC_ARTICLE, '');
}

/**
 * A key for comparing two speakers: the surname for people ("Mr. Ortiz" and
 * "Luis Ortiz" agree), the description for unnamed sources, the name for
 * organisations. Spelling variants of one name still differ; match those first.
 */
export function speakerKey(attribution: Attribution): string {
  const { speaker, kind, description } = attribution;
  const fold = (text: string) => nameKey(text.replace(/^the\s+/i, '')).replace(/[’']/g, "'").replace(/\s+/g, ' ');
  if (kind === 'person') return `person:${nameKey(speaker.split(/\s+/).at(-1) ?? speaker)}`;
  if (kind === 'anonymous') return `anonymous:${fold(description ?? speaker)}`;
  return `organization:${fold(speaker)}`;
}
