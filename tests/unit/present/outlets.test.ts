import { describe, expect, test } from 'vitest';
import { describeAcross, outletsAliasTarget, outletsClaimCard, outletsClaimHeadline, outletsShareCards, reportedBy } from '../../../src/lib/present/outlets.ts';
import type { OutletsComparison } from '../../../src/lib/schemas.ts';

const article = (id: string, name: string) => ({ id: `s/${id}`, outlet: { id, name }, headline: `${name} headline`, url: null, date: null, contributors: [], note: null });
const ref = (id: string, text: string) => ({ id, text });
const outlets: OutletsComparison = {
  slug: 's',
  title: 'Bridge closes',
  date: '2025-03-01',
  articles: [article('a', 'Alpha'), article('b', 'Beta'), article('c', 'Gamma'), article('d', 'Delta')],
  claims: [
    {
      id: 'vote-000001',
      outlets: ['a', 'b', 'c', 'd'],
      sentences: { a: [ref('a-p01-s1', 'The vote was 97-1.')], b: [ref('b-p01-s1', 'The vote was 97-1.')], c: [ref('c-p01-s1', 'The vote was 97 to 1.')], d: [ref('d-p01-s1', 'It passed.')] },
      differences: [{ kind: 'number', values: [{ outlets: ['a', 'b'], text: '97-1' }, { outlets: ['c'], text: '97 to 1' }] }],
    },
    { id: 'snow-000002', outlets: ['a', 'b'], sentences: { a: [ref('a-p02-s1', 'Snow fell on the pass.')], b: [ref('b-p02-s1', 'Snow fell.')] }, differences: [] },
    { id: 'choir-000003', outlets: ['c'], sentences: { c: [ref('c-p02-s1', 'A choir sang.')] }, differences: [] },
  ],
  pairs: [],
  aliases: [],
};
const strip = (s: string) => s.replace(/[\u2068\u2069]/g, '');

describe('claims across outlets in words', () => {
  test('where the outlets split, each wording with the outlets that use it', () => {
    expect(strip(describeAcross(outlets.claims[0]!.differences[0]!, new Map([['a', 'Alpha'], ['b', 'Beta'], ['c', 'Gamma']])))).toBe('Alpha and Beta: 97-1; Gamma: 97 to 1');
    expect(strip(outletsClaimHeadline(outlets.claims[0]!, outlets))).toBe('Number differs: Alpha and Beta: 97-1; Gamma: 97 to 1');
  });

  test('who reports a claim', () => {
    expect(strip(reportedBy(outlets.claims[1]!, outlets))).toBe('Reported by 2 of 4: Alpha and Beta');
    expect(strip(reportedBy(outlets.claims[2]!, outlets))).toBe('Only in Gamma');
    expect(strip(outletsClaimHeadline(outlets.claims[1]!, outlets))).toBe('Reported by 2 of 4: Alpha and Beta: “Snow fell on the pass”');
  });

  test('a card shows at most three wordings and says how many more', () => {
    const card = outletsClaimCard(outlets, outlets.claims[0]!, 'h');
    expect([card.left.outlet, card.right.outlet, card.third?.outlet].map((x) => strip(x ?? ''))).toEqual(['Alpha', 'Beta', 'Gamma']);
    expect(card.more).toBe(1);
    expect(outletsClaimCard(outlets, outlets.claims[1]!, 'h').third).toBeUndefined();
  });

  test('cards: the story’s, one per claim two outlets or more report, and one at each earlier id', () => {
    expect(outletsShareCards(outlets, 'h').map((j) => j.file)).toEqual(['og/s.png', 'og/s/vote-000001.png', 'og/s/snow-000002.png']);
    const withAliases = { ...outlets, aliases: [{ id: 'old-vote-999999', claim: 'vote-000001' }, { id: 'old-choir-888888', claim: 'choir-000003' }] };
    const jobs = outletsShareCards(withAliases, 'h');
    expect(jobs.find((j) => j.file === 'og/s/old-vote-999999.png')!.card.title).toBe(outletsClaimCard(outlets, outlets.claims[0]!, 'h').title);
    expect(jobs.find((j) => j.file === 'og/s/old-choir-888888.png')!.card.kicker).toMatch(/4 outlets, one story/);
    expect(outletsAliasTarget(withAliases, 'vote-000001')).toBe('/compare/s/claims/vote-000001/');
    expect(outletsAliasTarget(withAliases, 'choir-000003')).toBe('/compare/s/#choir-000003');
    expect(outletsAliasTarget(withAliases, null)).toBe('/compare/s/');
  });
});
