// Share cards and the text pages give about a comparison and its claims.
import { describe, expect, test } from 'vitest';
import { aliasTarget, claimCard, claimDescription, claimImage, comparisonCard, comparisonImage, hasOwnCard, hasSharePage, shareCards } from '../../../src/lib/present/cards.ts';
import { sharePages } from '../../../src/lib/config.ts';
import type { Claim, Difference } from '../../../src/lib/schemas.ts';
import { makeComparison, oneSidedClaim, ref, sharedClaim } from '../../helpers/comparison.ts';

const HOST = 'parallax.example';
const number: Difference = { kind: 'number', left: 'seven', right: 'eight', note: 'The vote count differs.' };
const wording: Difference = { kind: 'wording', left: 'approved', right: 'passed', note: 'Worded differently.' };

const harbour = sharedClaim('harbour-budget-a1b2c3', [ref('l', 1, 1, 'The council approved the harbour budget by seven votes.')], [ref('r', 1, 1, 'Councillors passed the harbour budget by eight votes.')], [wording, number]);
const vote = sharedClaim('council-vote-d4e5f6', [ref('l', 2, 1, 'The vote came late.'), ref('l', 2, 2, 'It was close.')], [ref('r', 2, 1, 'The close vote came late.')], [wording]);
const same = sharedClaim('dock-workers-0a0b0c', [ref('l', 3, 1, 'Dock workers welcomed it.')], [ref('r', 3, 1, 'Dock workers welcomed it.')]);
const snow = oneSidedClaim('snow-closed-pass-111111', ref('l', 4, 1, 'Snow closed the mountain pass.'));
const choir = oneSidedClaim('choir-sang-222222', ref('r', 4, 1, 'A choir sang at the chapel.'));
const comparison = makeComparison({
  claims: [harbour, vote, same, snow, choir],
  headlines: { left: 'Harbour budget approved', right: null },
  aliases: [
    { id: 'old-harbour-999999', claim: harbour.id },
    { id: 'old-snow-888888', claim: snow.id },
    { id: 'gone-777777', claim: null },
    { id: 'lost-666666', claim: 'no-such-claim-555555' },
  ],
});

describe('shareCards', () => {
  const jobs = shareCards(comparison, HOST);
  const whole = comparisonCard(comparison, HOST);
  const fileOf = (id: string) => `og/bridge-closes/${id}.png`;

  test('the comparison’s card first, then one per shared claim, then one per alias', () => {
    expect(jobs.map((j) => j.file)).toEqual([
      'og/bridge-closes.png',
      ...[harbour, vote, same].map((c) => fileOf(c.id)),
      ...comparison.aliases.map((a) => fileOf(a.id)),
    ]);
  });

  test('a one-sided claim has no card of its own', () => {
    for (const c of [snow, choir]) expect(jobs.map((j) => j.file)).not.toContain(fileOf(c.id));
  });

  test.each([
    ['an alias of a shared claim shows that claim’s card', 'old-harbour-999999', claimCard(comparison, harbour, HOST)],
    ['an alias of a one-sided claim shows the comparison’s card', 'old-snow-888888', whole],
    ['an alias of no claim shows the comparison’s card', 'gone-777777', whole],
    ['an alias of an unknown claim shows the comparison’s card', 'lost-666666', whole],
  ])('%s', (_name, alias, card) => {
    expect(jobs.find((j) => j.file === fileOf(alias))!.card).toEqual(card);
  });

  test('every image a page names has a job that draws it', () => {
    const files = new Set(jobs.map((j) => `/${j.file}`));
    expect(files.has(comparisonImage(comparison).path)).toBe(true);
    for (const claim of comparison.claims) expect(files.has(claimImage(comparison, claim).path)).toBe(true);
  });
});

describe('comparisonImage and claimImage', () => {
  test('the comparison’s image is named by its slug and its alt names both outlets', () => {
    const image = comparisonImage(comparison);
    expect(image.path).toBe('/og/bridge-closes.png');
    expect(image.alt).toContain('Left Daily');
    expect(image.alt).toContain('Right Herald');
  });

  test.each<[string, Claim, string]>([
    ['a shared claim has its own image', harbour, `/og/bridge-closes/${harbour.id}.png`],
    ['a left-only claim uses the comparison’s', snow, '/og/bridge-closes.png'],
    ['a right-only claim uses the comparison’s', choir, '/og/bridge-closes.png'],
  ])('%s', (_name, claim, path) => {
    expect(claimImage(comparison, claim).path).toBe(path);
  });

  test('outlet names that could turn the line around are isolated in the alt text', () => {
    const rtl = makeComparison({ claims: [harbour], outlets: { left: 'Left Daily', right: 'הארץ' } });
    expect(comparisonImage(rtl).alt).toContain('\u2068הארץ\u2069');
  });
});

describe('claimCard and comparisonCard', () => {
  test.each<[string, Claim, { left: string; right: string; title: RegExp }]>([
    ['the headline states the factual difference, before wording', harbour, { left: harbour.left[0]!.text, right: harbour.right[0]!.text, title: /^A figure differs: Left Daily: seven · Right Herald: eight$/ }],
    ['a side of two sentences reads as one text; wording alone is no headline', vote, { left: 'The vote came late. It was close.', right: 'The close vote came late.', title: /^Both report: “The vote came late”$/ }],
    ['no difference: the headline says both report it', same, { left: 'Dock workers welcomed it.', right: 'Dock workers welcomed it.', title: /^Both report: “Dock workers welcomed it”$/ }],
    ['a left-only claim: not reported on the right', snow, { left: snow.left[0]!.text, right: 'Not reported by Right Herald.', title: /^Only in Left Daily: “Snow closed the mountain pass”$/ }],
    ['a right-only claim: not reported on the left', choir, { left: 'Not reported by Left Daily.', right: choir.right[0]!.text, title: /^Only in Right Herald: / }],
  ])('%s', (_name, claim, { left, right, title }) => {
    const card = claimCard(comparison, claim, HOST);
    expect([card.left.text, card.right.text]).toEqual([left, right]);
    expect(card.title).toMatch(title);
    // The story's title moves to the footer: the card tells the claim.
    expect([card.left.outlet, card.right.outlet, card.host, card.footer]).toEqual(['Left Daily', 'Right Herald', HOST, 'Bridge closes']);
  });

  test('the comparison’s card shows both headlines, a missing one as untitled, and the summary', () => {
    const card = comparisonCard(comparison, HOST);
    expect([card.left.text, card.right.text]).toEqual(['Harbour budget approved', 'Untitled Right Herald article']);
    expect(card.footer).toContain(`${comparison.summary.shared} claims both report`);
  });
});

describe('claimDescription', () => {
  const long = 'The council approved the harbour budget after a long night of debate in which '.repeat(5);
  const wordy = oneSidedClaim('long-claim-333333', ref('l', 5, 1, long.trim()));
  const many = sharedClaim('many-differences-444444', [ref('l', 6, 1, 'The vote was seven to two on Monday.')], [ref('r', 6, 1, 'The vote was eight to one on Tuesday.')], Array.from({ length: 8 }, (_, i) => ({ ...number, left: `seven hundred and ${i}`, right: `eight hundred and ${i}` })));
  const withLong = makeComparison({ claims: [wordy, many] });

  test.each<[string, Claim, RegExp]>([
    ['a shared claim with a factual difference describes it', harbour, /^How Left Daily and Right Herald reported one claim: .*seven.*eight/],
    ['a shared claim with wording only gives its first sentence', vote, /^How Left Daily and Right Herald reported one claim: The vote came late\.$/],
    ['a left-only claim gives its sentence', snow, /^A claim only Left Daily reports: Snow closed the mountain pass\.$/],
    ['a right-only claim gives its sentence', choir, /^A claim only Right Herald reports: A choir sang at the chapel\.$/],
  ])('%s', (_name, claim, text) => {
    expect(claimDescription(comparison, claim)).toMatch(text);
  });

  test.each([
    ['one long sentence', wordy, `A claim only Left Daily reports: ${long.trim()}`],
    ['many differences', many, `How Left Daily and Right Herald reported one claim: ${many.differences.map((d) => `Left Daily: ${d.left} · Right Herald: ${d.right}`).join('. ')}`],
  ])('%s is cut after a whole word, to 200 characters at most, with an ellipsis', (_name, claim, full) => {
    expect(full.length).toBeGreaterThan(200);
    const text = claimDescription(withLong, claim);
    expect(text.length).toBeLessThanOrEqual(200);
    expect(text).toMatch(/\S…$/);
    const kept = text.slice(0, -1);
    expect(full.startsWith(kept)).toBe(true);
    expect(full[kept.length]).toBe(' ');
  });

  test.each([harbour, vote, same, snow, choir])('fits 200 characters: $id', (claim) => {
    expect(claimDescription(comparison, claim).length).toBeLessThanOrEqual(200);
  });
});

describe('aliasTarget', () => {
  test.each([
    [harbour.id, `/compare/bridge-closes/claims/${harbour.id}/`],
    [null, '/compare/bridge-closes/'],
  ])('%s → %s', (claim, target) => {
    expect(aliasTarget(comparison, claim)).toBe(target);
  });
});

describe('which claims get a page and a card of their own (PARALLAX_SHARE_PAGES)', () => {
  test.each([
    ['all', [true, true, true], [true, false]],
    ['shared', [true, false, false], [true, false]],
    ['none', [false, false, false], [false, false]],
  ] as const)('%s', (pages, withPage, withCard) => {
    expect([harbour, snow, choir].map((c) => hasSharePage(c, pages))).toEqual(withPage);
    expect([harbour, snow].map((c) => hasOwnCard(c, pages))).toEqual(withCard);
  });

  test('an earlier id leads to the claim’s page when it has one, else to the claim on the comparison', () => {
    expect(aliasTarget(comparison, snow.id, 'all')).toBe(`/compare/bridge-closes/claims/${snow.id}/`);
    expect(aliasTarget(comparison, snow.id, 'shared')).toBe(`/compare/bridge-closes/#${snow.id}`);
    expect(aliasTarget(comparison, harbour.id, 'none')).toBe(`/compare/bridge-closes/#${harbour.id}`);
  });

  test('the setting is read from the environment, and a wrong one is refused', () => {
    expect(sharePages({})).toBe('all');
    expect(sharePages({ PARALLAX_SHARE_PAGES: 'none' })).toBe('none');
    expect(() => sharePages({ PARALLAX_SHARE_PAGES: 'some' })).toThrow(/PARALLAX_SHARE_PAGES is "some"; use all, shared or none/);
  });
});
