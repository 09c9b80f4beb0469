import { describe, expect, test } from 'vitest';
import { byMonth, newestFirst, outletsOf, pageOf } from '../../../src/lib/present/archive.ts';
import type { StoryEntry } from '../../../src/lib/schemas.ts';
import { makeComparison, oneSidedClaim, ref, sharedClaim } from '../../helpers/comparison.ts';

const story = (slug: string, date: string) => ({ slug, date, title: slug });

describe('the archive', () => {
  test('newest first, ties by slug', () => {
    expect(newestFirst([story('b', '2024-10-31'), story('c', '2024-11-02'), story('a', '2024-10-31')]).map((s) => s.slug)).toEqual(['c', 'a', 'b']);
  });

  test('pages of 50: the last one holds the rest', () => {
    const many = Array.from({ length: 120 }, (_, i) => i);
    expect(pageOf(many, 1)).toEqual({ stories: many.slice(0, 50), pages: 3 });
    expect(pageOf(many, 3).stories).toEqual(many.slice(100));
    expect(pageOf([], 1).pages).toBe(1);
  });

  test('grouped by month, in the order given', () => {
    expect(byMonth([story('c', '2024-11-02'), story('a', '2024-10-31'), story('b', '2024-10-01')]).map((g) => [g.month, g.stories.map((s) => s.slug)])).toEqual([
      ['November 2024', ['c']],
      ['October 2024', ['a', 'b']],
    ]);
  });

  test('each outlet lists its stories with the claims another outlet also reports and those only it reports', () => {
    const comparison = makeComparison({ claims: [sharedClaim('a-000001', [ref('l', 1, 1)], [ref('r', 1, 1)]), oneSidedClaim('b-000002', ref('l', 2, 1)), oneSidedClaim('c-000003', ref('r', 2, 1)), oneSidedClaim('d-000004', ref('r', 3, 1))] });
    const entry = { slug: 'bridge-closes', title: 'Bridge closes', date: '2025-03-01', articles: [{ outlet: { id: 'l', name: 'Left Daily' }, headline: 'H' }, { outlet: { id: 'r', name: 'Right Herald' }, headline: null }], comparison, outlets: null } as unknown as StoryEntry;
    const outlets = outletsOf([entry]);
    expect(outlets.get('l')).toEqual({ name: 'Left Daily', stories: [{ slug: 'bridge-closes', title: 'Bridge closes', date: '2025-03-01', headline: 'H', shared: 1, only: 1 }] });
    expect(outlets.get('r')!.stories[0]).toMatchObject({ shared: 1, only: 2 });
  });
});
