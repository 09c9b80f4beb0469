import { beforeAll, describe, expect, test } from 'vitest';
import { claimAliases, withAliases } from '../../../src/lib/align/claim-aliases.ts';
import { compareStory } from '../../../src/lib/compare.ts';
import { loadStories } from '../../../src/lib/ingest/load-stories.ts';
import { recordClaims } from '../../../src/lib/ingest/published.ts';
import type { Comparison, Story } from '../../../src/lib/schemas.ts';

const claim = (id: string, left: string[], right: string[] = []) => ({ id, left: left.map((s) => ({ id: s })), right: right.map((s) => ({ id: s })) });

describe('claimAliases', () => {
  const claims = [claim('a', ['x-p01-s1'], ['y-p01-s1']), claim('b', ['x-p02-s1']), claim('c', [], ['y-p02-s1', 'y-p02-s2'])];
  test.each([
    { name: 'a current id is no alias', published: { a: ['x-p01-s1', 'y-p01-s1'] }, aliases: [] },
    { name: 'an old id leads to the claim holding its sentence', published: { old: ['x-p02-s1'] }, aliases: [{ id: 'old', claim: 'b' }] },
    { name: 'split sentences: the claim holding most of them', published: { old: ['x-p02-s1', 'y-p02-s1', 'y-p02-s2'] }, aliases: [{ id: 'old', claim: 'c' }] },
    { name: 'a tie: the first claim in claim order', published: { old: ['y-p02-s1', 'x-p01-s1'] }, aliases: [{ id: 'old', claim: 'a' }] },
    { name: 'sentences that are gone (the text changed): the comparison', published: { old: ['x-p09-s1'] }, aliases: [{ id: 'old', claim: null }] },
    { name: 'a sentence joined to its neighbour: the claim that holds its paragraph', published: { old: ['y-p02-s3'] }, aliases: [{ id: 'old', claim: 'c' }] },
    { name: 'sorted by id', published: { zz: ['x-p02-s1'], aa: ['x-p01-s1'] }, aliases: [{ id: 'aa', claim: 'a' }, { id: 'zz', claim: 'b' }] },
  ])('$name', ({ published, aliases }) => {
    expect(claimAliases(published, claims)).toEqual(aliases);
  });
});

describe('an engine change keeps every published claim link working', () => {
  let story: Story;
  let before: Comparison;
  let after: Comparison;
  beforeAll(async () => {
    const [loaded] = (await loadStories(new URL('../../../content/stories/', import.meta.url).pathname)) as [Story];
    // The engine alone: an editor's unpair stops the build once the engine no longer makes that pair.
    const { corrections: _editor, ...engineOnly } = loaded;
    story = engineOnly;
    // Two engines: today's, and one that never lets a further sentence join a claim.
    before = compareStory(story);
    after = compareStory(story, { align: { attachDistance: 0 } });
  });

  test('the change regroups some claims and leaves others as they were', () => {
    const ids = new Set(after.claims.map((c) => c.id));
    expect(before.claims.filter((c) => !ids.has(c.id)).length).toBeGreaterThan(0);
    expect(before.claims.filter((c) => ids.has(c.id)).length).toBeGreaterThan(before.claims.length / 2);
  });

  test('a claim whose sentences did not change keeps its id', () => {
    const key = (c: Comparison['claims'][number]) => [...c.left, ...c.right].map((s) => s.id).join(' ');
    const afterByKey = new Map(after.claims.map((c) => [key(c), c.id]));
    for (const c of before.claims) if (afterByKey.has(key(c))) expect(afterByKey.get(key(c))).toBe(c.id);
  });

  test('every id published before is still a claim or an alias of the claim that holds its sentences', () => {
    const record = recordClaims({}, before.claims)!;
    const now = withAliases(after, record);
    const ids = new Set(now.claims.map((c) => c.id));
    for (const old of before.claims) {
      if (ids.has(old.id)) continue;
      const alias = now.aliases.find((a) => a.id === old.id);
      expect(alias, old.id).toBeDefined();
      const target = now.claims.find((c) => c.id === alias!.claim)!;
      const held = new Set([...target.left, ...target.right].map((s) => s.id));
      expect([...old.left, ...old.right].some((s) => held.has(s.id))).toBe(true);
    }
  });
});

describe('withOutletAliases: a story of several outlets keeps its published claim links', () => {
  test('an id no claim has now leads to the claim holding most of its sentences', async () => {
    const { withOutletAliases } = await import('../../../src/lib/align/claim-aliases.ts');
    const claim = (id: string, sentences: Record<string, string[]>) => ({ id, outlets: Object.keys(sentences), sentences: Object.fromEntries(Object.entries(sentences).map(([o, ids]) => [o, ids.map((s) => ({ id: s, text: s }))])), differences: [] });
    const outlets = {
      slug: 's', title: 'T', date: '2025-01-01', articles: [], pairs: [], aliases: [],
      claims: [claim('vote-000001', { a: ['a-p01-s1'], b: ['b-p01-s1'], c: ['c-p01-s1'] }), claim('snow-000002', { a: ['a-p02-s1'] })],
    } as unknown as Parameters<typeof withOutletAliases>[0];
    const now = withOutletAliases(outlets, { 'vote-000001': ['a-p01-s1', 'b-p01-s1'], 'old-vote-999999': ['a-p01-s1', 'c-p01-s1'], 'gone-777777': ['z-p09-s1'] });
    expect(now.aliases).toEqual([
      { id: 'gone-777777', claim: null },
      { id: 'old-vote-999999', claim: 'vote-000001' },
    ]);
  });
});
