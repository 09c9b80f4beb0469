import type { Claim, Comparison, Difference } from '../schemas.ts';
import { isolate } from './bidi.ts';
import { firstSentence, sentencePlace } from './index-claims.ts';
import { isFactual } from '../differences/find-differences.ts';
import { isDiffReadable } from '../differences/word-diff.ts';
import { withDay } from '../differences/quantities/calendar-day.ts';
import { excerpt } from '../text/excerpt.ts';
import { defaultAlignOptions } from '../align/align-claims.ts';

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
      return `${o.left} spells it ${isolate(d.left)}; ${o.right}, ${isolate(d.right)}`;
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

/**
 * A difference in one short line, for the list at the top of a comparison:
 * as `describeDifference`, with quotations and titles cut to a few words
 * (the claim below shows them whole).
 */
export function describeBriefly(d: Difference, o: OutletNames, max = 44): string {
  if (d.kind !== 'quote' && d.kind !== 'title' && d.kind !== 'wording') return describeDifference(d, o);
  return `${o.left}: ${q(excerpt(d.left, max))} · ${o.right}: ${q(excerpt(d.right, max))}`;
}

/** Short label of a difference kind, for badges and the legend. */
export const KIND_LABEL: Record<Difference['kind'], string> = {
  name: 'Spelling',
  number: 'Number',
  date: 'Date',
  quote: 'Quote',
  attribution: 'Attribution',
  title: 'Title',
  wording: 'Wording',
};

/**
 * Below this similarity a pair is shown as a weak match: the two sentences
 * share few words, so the reader is told to check both sides. Pairs open at
 * 0.12 to 0.14 (see the alignment options); on the labelled real pairs, 29
 * of 32 claims under 0.25 were right, against 39 of 41 above (`npm run
 * bench`, "how sure a pair is"): a weak match is a call to read, not a
 * likely error.
 */
export const WEAK_MATCH = 0.25;

/** The similarity a pair needs, from the engine's options: two words in common and 14%, or three and 12%. */
export const PAIR_LINE = { low: Math.min(defaultAlignOptions.pairThreshold, defaultAlignOptions.widePairThreshold), high: Math.max(defaultAlignOptions.pairThreshold, defaultAlignOptions.widePairThreshold) };

/** A pair this close above the line was a close call: said in "why these were paired". */
export const CLOSE_CALL = PAIR_LINE.high + 0.03;

/** "12–14%": the pair line in words. */
export const pairLineText = () => `${Math.round(PAIR_LINE.low * 100)}–${Math.round(PAIR_LINE.high * 100)}%`;

/** Whether a shared claim was paired on little evidence (see `WEAK_MATCH`). */
export function isWeakMatch(claim: Claim): boolean {
  return claim.status === 'shared' && (claim.similarity ?? 0) < WEAK_MATCH;
}

/** How a claim row is labelled and coloured. */
export interface ClaimStatus {
  label: string;
  tone: 'same' | 'differs' | 'reworded' | 'one-sided';
  /** Paired on little evidence: said in the label, drawn with a dashed edge. */
  weak: boolean;
}

/** A claim's status in plain words: alike, differing, worded differently throughout, or one-sided; and whether the pair is weak. */
export function claimStatus(claim: Claim, names: OutletNames): ClaimStatus {
  if (claim.status !== 'shared') return { label: `Only in ${claim.status === 'left-only' ? names.left : names.right}`, tone: 'one-sided', weak: false };
  const weak = isWeakMatch(claim);
  const tone = claimDiffers(claim) ? 'differs' : !isDiffReadable(claim.diff) ? 'reworded' : 'same';
  if (weak) return { label: `Probably both report it: a weak match, ${Math.round((claim.similarity ?? 0) * 100)}% alike`, tone, weak };
  const label = { differs: 'Both report it, with differences', reworded: 'Both report it, too differently worded to compare word by word', same: 'Both report it' }[tone];
  return { label, tone, weak };
}

/** Whether a claim has a difference beyond wording (what the summary counts as "differs"). */
export function claimDiffers(claim: Claim): boolean {
  return claim.differences.some(isFactual);
}

/** A claim's first words in quotation marks (a sentence that opens a quotation keeps its own marks). */
const opening = (claim: Claim, words = 10) => {
  const all = firstSentence(claim).text.split(/\s+/);
  const text = `${all.slice(0, words).join(' ').replace(/[,;:.]$/, '')}${all.length > words ? '…' : ''}`;
  return /^["“‘']/.test(text) ? isolate(text) : `“${isolate(text)}”`;
};

/** How a difference opens a headline: the kind in plain words. */
const HEADLINE: Record<Exclude<Difference['kind'], 'wording' | 'name'>, string> = {
  number: 'A figure differs',
  date: 'A date differs',
  quote: 'A quotation differs',
  attribution: 'Credited to different sources',
  title: 'A title differs',
};

/**
 * A claim in one line of plain words, for its share page's title and card:
 * what differs when something does, else who reports it and how it opens.
 */
export function claimHeadline(claim: Claim, names: OutletNames): string {
  if (claim.status !== 'shared') return `Only in ${claim.status === 'left-only' ? names.left : names.right}: ${opening(claim)}`;
  const factual = claim.differences.filter(isFactual);
  const first = factual[0];
  if (first && first.kind !== 'name' && first.kind !== 'wording') {
    const more = factual.length > 1 ? `, and ${factual.length - 1} more difference${factual.length > 2 ? 's' : ''}` : '';
    // Short enough for two lines of a share card: the sides name the outlets.
    const role = (s: string) => isolate(s.replace(/\s*\([^)]*\)$/, ''));
    const detail =
      first.kind === 'quote' || first.kind === 'title' ? `${q(excerpt(first.left, 40))} / ${q(excerpt(first.right, 40))}`
      : first.kind === 'attribution' ? `${role(first.left)} / ${role(first.right)}`
      : describeDifference(first, names);
    return `${isWeakMatch(claim) ? 'Possibly: ' : ''}${HEADLINE[first.kind]}: ${detail}${more}`;
  }
  const spelling = claim.differences.find((d) => d.kind === 'name');
  if (spelling) return `Both report it, a name spelled two ways: ${isolate(spelling.left)} / ${isolate(spelling.right)}`;
  return `Both report: ${opening(claim, 8)}`;
}

/** Where a sentence stood in its article: the lead (first two paragraphs) or further down, with the sentence when it is not a paragraph's first. */
export function placeOf(sentenceId: string): string {
  const { paragraph, sentence } = sentencePlace(sentenceId);
  if (paragraph <= 2) return 'in the lead';
  return sentence > 1 ? `paragraph ${paragraph}, sentence ${sentence}` : `paragraph ${paragraph}`;
}

/** The one-line summary of a comparison, with the outlets named. */
export function summarize(c: Comparison): string {
  const { shared, leftOnly, rightOnly } = c.summary;
  const { left: l, right: r } = outletNames(c);
  const weak = c.claims.filter(isWeakMatch);
  const differing = c.claims.filter((x) => x.status === 'shared' && claimDiffers(x));
  const firm = differing.filter((x) => !isWeakMatch(x)).length;
  const possible = differing.length - firm;
  const weakNote = weak.length > 0 ? ` (${weak.length} of them ${weak.length === 1 ? 'a weak match' : 'weak matches'})` : '';
  const possibleNote = possible > 0 ? ` (${possible} more in a weak match)` : '';
  return `${shared} claims both report${weakNote}, ${firm} with a factual difference${possibleNote}; ${leftOnly} only in ${l}, ${rightOnly} only in ${r}.`;
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
