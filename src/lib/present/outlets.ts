import type { CardJob } from '../og/publish-cards.ts';
import { sharePages, type SharePages } from '../config.ts';
import type { Card } from '../og/render-card.ts';
import type { OutletsComparison } from '../schemas.ts';
import { isolate } from './bidi.ts';
import { joinNames, KIND_LABEL } from './describe.ts';

type OutletsClaim = OutletsComparison['claims'][number];

/** Outlet id → its name, isolated for the sentences it is set in. */
export function outletNamesById(outlets: OutletsComparison): Map<string, string> {
  return new Map(outlets.articles.map((a) => [a.outlet.id, isolate(a.outlet.name)]));
}

/** A difference across outlets in plain words: "New York Times and HuffPost: 97-1; Fox News: 97 to 1". */
export function describeAcross(d: OutletsClaim['differences'][number], names: ReadonlyMap<string, string>): string {
  return d.values.map((v) => `${joinNames(v.outlets.map((o) => names.get(o) ?? o))}: ${isolate(v.text)}`).join('; ');
}

/** Who reports a claim, in words: "Reported by 2 of 3: A and B", or "Only in A". */
export function reportedBy(claim: OutletsClaim, outlets: OutletsComparison): string {
  const names = outletNamesById(outlets);
  if (claim.outlets.length === 1) return `Only in ${names.get(claim.outlets[0]!)}`;
  return `Reported by ${claim.outlets.length} of ${outlets.articles.length}: ${joinNames(claim.outlets.map((o) => names.get(o)!))}`;
}

/** A claim's first words, in quotation marks. */
export function openingOf(claim: OutletsClaim, words = 8): string {
  const all = Object.values(claim.sentences)[0]![0]!.text.split(/\s+/);
  const text = `${all.slice(0, words).join(' ').replace(/[,;:.]$/, '')}${all.length > words ? '…' : ''}`;
  return /^["“‘']/.test(text) ? isolate(text) : `“${isolate(text)}”`;
}

/** A claim across outlets in one line, for its share page's title and card: where the outlets split, else who reports it. */
export function outletsClaimHeadline(claim: OutletsClaim, outlets: OutletsComparison): string {
  const first = claim.differences[0];
  if (first) return `${KIND_LABEL[first.kind]} differs: ${describeAcross(first, outletNamesById(outlets))}`;
  return `${reportedBy(claim, outlets)}: ${openingOf(claim)}`;
}

/** The share card of a claim reported by two outlets or more: its headline and at most three wordings, saying how many more. */
export function outletsClaimCard(outlets: OutletsComparison, claim: OutletsClaim, host: string): Card {
  const names = outletNamesById(outlets);
  const [a, b, c] = claim.outlets.map((o) => ({ outlet: names.get(o)!, text: claim.sentences[o]!.map((s) => s.text).join(' ') }));
  return {
    kicker: `Parallax · one claim, ${outlets.articles.length} outlets`,
    title: outletsClaimHeadline(claim, outlets),
    left: a!,
    right: b!,
    ...(c ? { third: c } : {}),
    ...(claim.outlets.length > 3 ? { more: claim.outlets.length - 3 } : {}),
    footer: outlets.title,
    host,
  };
}

/** The share card of a story told by several outlets: three headlines, saying how many more. */
export function outletsCard(outlets: OutletsComparison, host: string): Card {
  const [a, b, c] = outlets.articles.map((x) => ({ outlet: x.outlet.name, text: x.headline ?? `Untitled ${x.outlet.name} article` }));
  return {
    kicker: `Parallax · ${outlets.articles.length} outlets, one story`,
    title: outlets.title,
    left: a!,
    right: b!,
    ...(c ? { third: c } : {}),
    ...(outlets.articles.length > 3 ? { more: outlets.articles.length - 3 } : {}),
    footer: `${outlets.claims.filter((x) => x.outlets.length > 1).length} claims reported by two outlets or more`,
    host,
  };
}

/**
 * Every share card of a story told by several outlets: the story's, one per
 * claim two outlets or more report, and one at each earlier claim id's place
 * (a page shared before names that image): the card of the claim that holds
 * its sentences now, or the story's.
 */
export function outletsShareCards(outlets: OutletsComparison, host: string, pages: SharePages = sharePages()): CardJob[] {
  const whole = outletsCard(outlets, host);
  const cardOf = (id: string | null) => {
    const claim = outlets.claims.find((c) => c.id === id);
    return claim && claim.outlets.length > 1 ? outletsClaimCard(outlets, claim, host) : whole;
  };
  return [
    { card: whole, file: `og/${outlets.slug}.png` },
    ...(pages === 'none' ? [] : outlets.claims.filter((c) => c.outlets.length > 1)).map((claim) => ({ card: outletsClaimCard(outlets, claim, host), file: `og/${outlets.slug}/${claim.id}.png` })),
    ...outlets.aliases.map((alias) => ({ card: pages === 'none' ? whole : cardOf(alias.claim), file: `og/${outlets.slug}/${alias.id}.png` })),
  ];
}

/** Where an earlier claim id of a story of several outlets leads: the share page of the claim that holds its sentences, that claim on the overview when one outlet alone reports it, or the overview. */
export function outletsAliasTarget(outlets: OutletsComparison, claim: string | null, pages: SharePages = sharePages()): string {
  const base = `/compare/${outlets.slug}/`;
  const found = outlets.claims.find((c) => c.id === claim);
  if (!found) return base;
  return found.outlets.length > 1 && pages !== 'none' ? `${base}claims/${found.id}/` : `${base}#${found.id}`;
}
