import { describe, expect, test } from 'vitest';
import { alignOutlets, joinPairwise } from '../../../src/lib/align/outlets.ts';
import { compareStory } from '../../../src/lib/compare.ts';
import { parseArticle } from '../../../src/lib/ingest/parse-article.ts';
import type { Article, Comparison } from '../../../src/lib/schemas.ts';
import { makeComparison, oneSidedClaim, ref, sharedClaim } from '../../helpers/comparison.ts';

/** An article of outlet `id` whose sentences are "Sentence <n>." one a paragraph. */
const article = (id: string, n: number): Article =>
  parseArticle(Array.from({ length: n }, (_, i) => `Sentence ${i + 1} of ${id}.`).join('\n\n'), { file: `${id}.txt`, story: 's', overrides: { outlet: { name: id.toUpperCase(), id } } });
const s = (outlet: string, p: number) => ref(outlet as 'l', p, 1);
/** A pairwise comparison made by hand: shared claims as [left paragraph, right paragraph] pairs. */
const pairs = (a: string, b: string, shared: [number[], number[]][]): Comparison =>
  makeComparison({ claims: shared.map(([l, r], k) => sharedClaim(`c${k}-000000`, l.map((p) => s(a, p)) as never, r.map((p) => s(b, p)) as never)) });
const ids = (claims: ReturnType<typeof joinPairwise>) => claims.map((c) => Object.fromEntries(Object.entries(c.sentences).map(([o, x]) => [o, x.map((y) => y.id)])));

describe('joinPairwise: claims across outlets from pairwise comparisons', () => {
  const arts = [article('a', 3), article('b', 3), article('c', 3)];

  test('A~B and B~C make one claim of three outlets; unmatched sentences are claims of one outlet', () => {
    const claims = joinPairwise(arts, [
      { a: 0, b: 1, comparison: pairs('a', 'b', [[[1], [1]]]) },
      { a: 1, b: 2, comparison: pairs('b', 'c', [[[1], [2]]]) },
      { a: 0, b: 2, comparison: pairs('a', 'c', []) },
    ]);
    expect(ids(claims)[0]).toEqual({ a: ['a-p01-s1'], b: ['b-p01-s1'], c: ['c-p02-s1'] });
    expect(claims).toHaveLength(1 + 2 + 2 + 2);
    expect(claims.every((c) => Object.values(c.sentences).flat().length >= 1)).toBe(true);
  });

  test('a sentence one comparison puts in two claims (a packed lead) joins both without chaining them', () => {
    const claims = joinPairwise(arts.slice(0, 2), [{ a: 0, b: 1, comparison: pairs('a', 'b', [[[1], [1]], [[1], [2]]]) }]);
    expect(ids(claims).filter((c) => Object.keys(c).length === 2)).toEqual([
      { a: ['a-p01-s1'], b: ['b-p01-s1'] },
      { a: ['a-p01-s1'], b: ['b-p02-s1'] },
    ]);
  });

  test('a claim whose sentences are all in other claims too is kept, not lost', () => {
    const claims = joinPairwise(arts.slice(0, 2), [{ a: 0, b: 1, comparison: pairs('a', 'b', [[[1], [1]], [[1], [2]], [[2], [1]]]) }]);
    const two = ids(claims).filter((c) => Object.keys(c).length === 2);
    expect(two).toContainEqual({ a: ['a-p01-s1'], b: ['b-p01-s1'] });
    expect(two).toHaveLength(3);
  });

  test('two articles of one outlet are refused', () => {
    expect(() => joinPairwise([article('a', 1), article('a', 1)], [])).toThrow(/two articles have the outlet id "a"/);
  });

  test('a one-sided claim of a pairwise comparison links nothing', () => {
    const comparison = makeComparison({ claims: [oneSidedClaim('x-000000', s('a', 1))] });
    expect(joinPairwise(arts.slice(0, 2), [{ a: 0, b: 1, comparison }]).every((c) => Object.keys(c.sentences).length === 1)).toBe(true);
  });
});

describe('alignOutlets', () => {
  test('three outlets reporting one fact in other words make one claim of three', () => {
    const read = (id: string, text: string) => parseArticle(text, { file: `${id}.txt`, story: 's', overrides: { outlet: { name: id, id } } });
    const articles = [
      read('x', 'The Kestrel river bridge in Tarn will close for eleven weeks of repairs from Monday, the council said.\n\nA choir sang at the chapel.'),
      read('y', 'Tarn council said the Kestrel bridge over the river closes for eleven weeks of repairs starting Monday.\n\nSnow fell on the pass.'),
      read('z', 'From Monday the Kestrel river bridge will be shut for eleven weeks while repairs are made, Tarn council said.\n\nSchools open late.'),
    ];
    const claims = alignOutlets(articles, (l, r) => compareStory({ slug: 's', title: 'T', date: '2025-01-01', articles: [l, r] }));
    expect(Object.keys(claims[0]!.sentences).sort()).toEqual(['x', 'y', 'z']);
  });
});
