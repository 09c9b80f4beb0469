import { isFactual } from '../differences/find-differences.ts';
import { sharePages, type SharePages } from '../config.ts';
import type { CardJob } from '../og/publish-cards.ts';
import type { Card } from '../og/render-card.ts';
import type { Claim, Comparison } from '../schemas.ts';
import { claimHeadline, describeDifference, outletNames, summarize } from './describe.ts';
import { firstSentence } from './index-claims.ts';
import { excerpt } from '../text/excerpt.ts';

const sideText = (claim: Claim, side: 'left' | 'right', outlet: string) =>
  claim[side].length > 0 ? claim[side].map((s) => s.text).join(' ') : `Not reported by ${outlet}.`;

/**
 * Whether a claim gets a share image of its own: a shared claim, whose card
 * sets the two outlets' wording side by side. A one-sided claim has one
 * wording and "not reported" opposite it, and cards cost about 60 ms each to
 * draw, a third of an archive's build; its page uses the comparison's card.
 */
export function hasOwnCard(claim: Claim, pages: SharePages = sharePages()): boolean {
  return claim.status === 'shared' && pages !== 'none';
}

/** Whether a claim has a share page of its own, as the build is set (`sharePages`). */
export function hasSharePage(claim: Claim, pages: SharePages = sharePages()): boolean {
  return pages === 'all' || (pages === 'shared' && claim.status === 'shared');
}

/** Where a comparison page's share image is, and what it shows. */
export function comparisonImage(comparison: Comparison): { path: string; alt: string } {
  const names = outletNames(comparison);
  return { path: `/og/${comparison.slug}.png`, alt: `The two headlines side by side: ${names.left} and ${names.right}` };
}

/** Where a claim page's share image is, and what it shows: the comparison's when the claim has no card of its own. */
export function claimImage(comparison: Comparison, claim: Claim): { path: string; alt: string } {
  if (!hasOwnCard(claim)) return comparisonImage(comparison);
  const names = outletNames(comparison);
  return { path: `/og/${comparison.slug}/${claim.id}.png`, alt: `${names.left} and ${names.right}’s wording of this claim, side by side` };
}

/** The share card of one claim: what differs as its headline, both outlets' wording, and the story it is from. */
export function claimCard(comparison: Comparison, claim: Claim, host: string): Card {
  const names = outletNames(comparison);
  return {
    kicker: 'Parallax · one claim, two outlets',
    title: claimHeadline(claim, names),
    left: { outlet: names.left, text: sideText(claim, 'left', names.left) },
    right: { outlet: names.right, text: sideText(claim, 'right', names.right) },
    footer: comparison.title,
    host,
  };
}

/** The share card of a whole comparison: both headlines and the summary. */
export function comparisonCard(comparison: Comparison, host: string): Card {
  const { left, right } = comparison.articles;
  return {
    kicker: 'Parallax · two outlets, one story',
    title: comparison.title,
    left: { outlet: left.outlet.name, text: left.headline ?? `Untitled ${left.outlet.name} article` },
    right: { outlet: right.outlet.name, text: right.headline ?? `Untitled ${right.outlet.name} article` },
    footer: summarize(comparison),
    host,
  };
}

/**
 * Every share card of a comparison and its file: the comparison's, one per
 * claim that `hasOwnCard`, and one at each earlier claim id's place (a page
 * shared before names that image): the card of the claim that holds its
 * sentences now, or the comparison's. Cards are drawn once per content, so
 * these cost a link each.
 */
export function shareCards(comparison: Comparison, host: string): CardJob[] {
  const whole = comparisonCard(comparison, host);
  const claims = new Map(comparison.claims.map((c) => [c.id, c]));
  const cardOf = (claim: Claim | undefined) => (claim && hasOwnCard(claim) ? claimCard(comparison, claim, host) : whole);
  return [
    { card: whole, file: `og/${comparison.slug}.png` },
    ...comparison.claims.filter((claim) => hasOwnCard(claim)).map((claim) => ({ card: cardOf(claim), file: `og/${comparison.slug}/${claim.id}.png` })),
    ...comparison.aliases.map((alias) => ({ card: cardOf(alias.claim === null ? undefined : claims.get(alias.claim)), file: `og/${comparison.slug}/${alias.id}.png` })),
  ];
}

/** Where an earlier claim id leads now: the page of the claim that holds its sentences, or the comparison. */
export function aliasTarget(comparison: Comparison, claim: string | null, pages: SharePages = sharePages()): string {
  const held = comparison.claims.find((c) => c.id === claim);
  if (!held) return `/compare/${comparison.slug}/`;
  return hasSharePage(held, pages) ? `/compare/${comparison.slug}/claims/${held.id}/` : `/compare/${comparison.slug}/#${held.id}`;
}

/** Plain-language description of a claim for meta tags. */
export function claimDescription(comparison: Comparison, claim: Claim): string {
  const names = outletNames(comparison);
  const diffs = claim.differences.filter(isFactual).map((d) => describeDifference(d, names));
  const lead = claim.status === 'shared' ? `How ${names.left} and ${names.right} reported one claim` : `A claim only ${claim.status === 'left-only' ? names.left : names.right} reports`;
  const text = diffs.length > 0 ? diffs.join('. ') : firstSentence(claim).text;
  const full = `${lead}: ${text}`;
  return excerpt(full, 200);
}
