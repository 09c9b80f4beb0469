/**
 * Normalisation for matching only. Published text is never replaced by these
 * forms: they live beside it (`Sentence.normalized`) and in the matcher.
 */
import { ASCII_QUOTES } from '../lexicon/en/marks.ts';

/** Replaces typographic quotes and apostrophes with their ASCII forms. */
export function straightenQuotes(text: string): string {
  return text.replace(/[\u2018\u2019\u201a\u201b\u2032\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb]/g, (c) => ASCII_QUOTES[c] ?? c);
}

/** Dotted acronyms such as "U.S." or "F.B.I." written without dots ("US", "FBI"). */
export function undotAcronyms(text: string): string {
  return text.replace(/\b(?:[A-Za-z]\.){2,}/g, (m) => m.replace(/\./g, ''));
}

/**
 * Drops machine-translation debris: a full stop repeated after a space
 * (". ." at the end of a sentence) and runs of white space.
 */
export function dropArtifacts(text: string): string {
  return text
    .replace(/([.!?]["'\u201d\u2019]?)(?:\s+\.)+/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The matching form of a sentence: NFKC, straight quotes, plain dashes, undotted acronyms, lowercase, tidy spaces. */
export function normalizeForMatching(text: string): string {
  const nfkc = text.normalize('NFKC');
  const dashed = nfkc.replace(/[\u2010\u2011\u2012]/g, '-').replace(/[\u2013\u2014\u2015\u2212]/g, ' - ');
  return dropArtifacts(undotAcronyms(straightenQuotes(dashed))).toLowerCase();
}
