import { findQuotations, quoteOverlap } from '../analysis/quotes.ts';

/** Least word overlap for two quotations to be one quotation. */
const SAME_QUOTE = 0.35;

/** The name words of a speaker's label ("Ana Lima (city spokeswoman)" → ana, lima). */
const voiceWords = (label: string) => new Set(label.replace(/\(.*\)/, '').toLowerCase().split(/[^\p{L}]+/u).filter((w) => w.length >= 3));

/** A sentence's text and the source its statement is credited to, if any. */
export interface Voiced {
  text: string;
  speaker: string | undefined;
}

/**
 * Whether two sentences quote different people saying different things:
 * each quotes someone, the two speakers share no name, and the quotations
 * share few words. Two statements on one topic by two officials are two
 * facts ("I agreed with Craig and Neil that Ellen is the ideal host", said
 * the Academy's president; "We are thrilled to have Ellen host", said the
 * producers); the same quotation credited to two people is one fact with an
 * attribution difference, and stays pairable.
 */
export function otherVoices(a: Voiced, b: Voiced): boolean {
  if (!a.speaker || !b.speaker) return false;
  const [qa, qb] = [findQuotations(a.text), findQuotations(b.text)];
  if (qa.length === 0 || qb.length === 0) return false;
  const wa = voiceWords(a.speaker);
  if ([...voiceWords(b.speaker)].some((w) => wa.has(w))) return false;
  return quoteOverlap(qa.map((q) => q.text).join(' '), qb.map((q) => q.text).join(' ')) < SAME_QUOTE;
}
