import type { Claim, Comparison, Difference } from '../schemas.ts';
import { isolate } from './bidi.ts';
import { sentencePlace } from './index-claims.ts';
import { isFactual } from '../differences/find-differences.ts';
import { isDiffReadable } from '../differences/word-diff.ts';
import { withDay } from '../differences/quantities/calendar-day.ts';

export { isDiffReadable };

/** Outlet names for plain-language text, e.g. { left: "NYT", right: "CNN" }. */
export interface OutletNames {
  left: string;
  right: string;
}

const q = (s: string) => `“${isolate(s)}”`;

/** The two outlets' names of a comparison, left and right, isolated for the sentences they are set in (see `isolate`). */
export function outletNames(comparison: Comparison): OutletNames {
  return { left: isolate(comparison.articles.left.outlet.name), right: isolate(comparison.articles.right.outlet.name) };
}

/** One difference as a reader-facing sentence that names the outlets. */
export function describeDifference(d: Difference, o: OutletNames): string {
  switch (d.kind) {
    case 'name':
      return `${o.right} spells it ${isolate(d.right)}; ${o.left}, ${isolate(d.left)}`;
    case 'number':
      return `${o.left}: ${isolate(d.left)} · ${o.right}: ${isolate(d.right)}`;
    case 'date': {
      // A weekday or "yesterday" is shown with the calendar day it names in its article.
      const day = (text: string, iso: string | null | undefined) => isolate(iso ? withDay(text, iso) : text);
      return `${o.left}: ${day(d.left, d.days?.left)} · ${o.right}: ${day(d.right, d.days?.right)}`;
    }
    case 'attribution':
      return `${o.left} credits this to ${isolate(d.left)}; ${o.right} to ${isolate(d.right)}`;
    case 'quote':
      return `The quotation differs: ${o.left} ${q(d.left)} · ${o.right} ${q(d.right)}`;
    case 'title':
      return `${o.left}: ${q(d.left)} · ${o.right}: ${q(d.right)}`;
    case 'wording':
      return `${o.left} ${q(d.left)} · ${o.right} ${q(d.right)}`;
  }
}

/** Short label of a difference kind, for badges and the legend. */
export const KIND_LABEL: Record<Difference['kind'], string> = {
  name: 'Name',
  number: 'Number',
  date: 'Date',
  quote: 'Quote',
  attribution: 'Attribution',
  title: 'Title',
  wording: 'Wording',
};

/** How a claim row is labelled and coloured. */
export interface ClaimStatus {
  label: string;
  tone: 'same' | 'differs' | 'reworded' | 'one-sided';
}

/** A claim's status in plain words: alike, differing, worded differently throughout, or one-sided. */
export function claimStatus(claim: Claim, names: OutletNames): ClaimStatus {
  if (claim.status !== 'shared') return { label: `Only in ${claim.status === 'left-only' ? names.left : names.right}`, tone: 'one-sided' };
  if (claimDiffers(claim)) return { label: 'Both report it, with differences', tone: 'differs' };
  if (!isDiffReadable(claim.diff)) return { label: 'Both report it, worded differently', tone: 'reworded' };
  return { label: 'Both report it', tone: 'same' };
}

/** Whether a claim has a difference beyond wording (what the summary counts as "differs"). */
export function claimDiffers(claim: Claim): boolean {
  return claim.differences.some(isFactual);
}

/** Where a sentence stood in its article: the lead (first two paragraphs) or further down. */
export function placeOf(sentenceId: string): string {
  const { paragraph } = sentencePlace(sentenceId);
  return paragraph <= 2 ? 'in the lead' : `paragraph ${paragraph}`;
}

/** The one-line summary of a comparison, with the outlets named. */
export function summarize(c: Comparison): string {
  const { shared, differing, leftOnly, rightOnly } = c.summary;
  const { left: l, right: r } = outletNames(c);
  return `${shared} claims both report, ${differing} of them with a factual difference; ${leftOnly} only in ${l}, ${rightOnly} only in ${r}.`;
}

/** A page title of at most `max` characters: `main` is shortened at a word, with an ellipsis, so `suffix` always fits. */
export function fitTitle(main: string, suffix = ' · Parallax', max = 70): string {
  const room = max - suffix.length;
  if (main.length <= room) return `${main}${suffix}`;
  const cut = main.slice(0, room - 1);
  const word = cut.lastIndexOf(' ');
  return `${(word > room / 2 ? cut.slice(0, word) : cut).replace(/[\s,;:.–—-]+$/, '')}…${suffix}`;
}

/** "A", "A and B", "A, B and C". */
export function joinNames(names: readonly string[]): string {
  return names.length <= 1 ? names.join('') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}
