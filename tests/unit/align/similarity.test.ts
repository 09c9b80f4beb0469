// scorePairs: candidate left×right pairs by cosine, through an inverted index.
import { describe, expect, test } from 'vitest';
import { cosine, type Vector } from '../../../src/lib/align/features.ts';
import { scorePairs, type ScoredPair } from '../../../src/lib/align/similarity.ts';

/** A unit vector of features with the given raw weights. */
function unit(weights: Record<string, number>): Vector {
  const norm = Math.hypot(...Object.values(weights));
  return new Map(Object.entries(weights).map(([f, w]) => [f, w / norm]));
}

const pairsOf = (pairs: ScoredPair[]) => pairs.map((p) => `${p.left}-${p.right}`);

describe('scorePairs: which pairs are found', () => {
  test.each<[string, Vector[], Vector[], number, string[]]>([
    ['the same vector on both sides', [unit({ a: 1, b: 1 })], [unit({ a: 1, b: 1 })], 0.1, ['0-0']],
    ['no feature in common: never a pair', [unit({ a: 1 })], [unit({ b: 1 })], 0, []],
    ['a pair below the floor is dropped', [unit({ a: 1, b: 3 })], [unit({ a: 1, c: 3 })], 0.2, []],
    ['a pair exactly at the floor is kept', [unit({ a: 3, b: 4 })], [unit({ a: 3, c: 4 })], 0.36, ['0-0']],
    ['each left sentence against every right one', [unit({ a: 1 }), unit({ b: 1 })], [unit({ b: 1 }), unit({ a: 1 }), unit({ c: 1 })], 0.1, ['0-1', '1-0']],
    ['no sentences', [], [unit({ a: 1 })], 0, []],
  ])('%s', (_name, left, right, floor, expected) => {
    expect(pairsOf(scorePairs(left, right, floor))).toEqual(expected);
  });

  test.each([
    [unit({ a: 1, b: 2 }), unit({ a: 2, b: 1, c: 1 })],
    [unit({ a: 1, b: 1, c: 1 }), unit({ c: 5, d: 1 })],
    [unit({ a: 0.3, b: 0.9 }), unit({ a: 0.3, b: 0.9 })],
  ])('the score is the cosine of the two vectors, at most 1 (%#)', (a, b) => {
    const [pair] = scorePairs([a], [b], 0);
    expect(pair!.score).toBeCloseTo(Math.min(1, cosine(a, b)), 12);
    expect(pair!.score).toBeLessThanOrEqual(1);
  });
});

describe('scorePairs: order and ties', () => {
  test('best first', () => {
    const left = [unit({ a: 1, x: 1 }), unit({ a: 1 })];
    const right = [unit({ a: 1, y: 3 }), unit({ a: 1, x: 1 }), unit({ a: 1, y: 1 })];
    const scores = scorePairs(left, right, 0).map((p) => p.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(pairsOf(scorePairs(left, right, 0))[0]).toBe('0-1');
  });

  test.each<[string, Vector[], Vector[], string[]]>([
    ['equal scores: the earlier left sentence first', [unit({ a: 1 }), unit({ a: 1 })], [unit({ a: 1 })], ['0-0', '1-0']],
    ['equal scores: then the earlier right sentence', [unit({ a: 1 })], [unit({ a: 1 }), unit({ a: 1 })], ['0-0', '0-1']],
    ['whatever order the features were added in', [unit({ b: 1, a: 1 })], [unit({ a: 1, b: 1 }), unit({ b: 1, a: 1 })], ['0-0', '0-1']],
  ])('%s', (_name, left, right, expected) => {
    expect(pairsOf(scorePairs(left, right, 0))).toEqual(expected);
  });
});

describe('scorePairs: each left sentence keeps its best partners only', () => {
  // Right sentence j shares "a" with the left one and has a feature of its own
  // weighing j: the higher j, the lower the score.
  const right = (n: number) => Array.from({ length: n }, (_, j) => unit({ a: 1, [`own${j}`]: j / 4 }));
  test.each([
    [10, 3, [0, 1, 2]],
    [10, 8, [0, 1, 2, 3, 4, 5, 6, 7]],
    [5, 8, [0, 1, 2, 3, 4]],
    // More candidates than the shortlist (4 × keep) ranks them before scoring; the best still win.
    [40, 2, [0, 1]],
  ])('%i candidates, keep %i', (n, keep, expected) => {
    const pairs = scorePairs([unit({ a: 1 })], right(n), 0, keep);
    expect(pairs.map((p) => p.right)).toEqual(expected);
  });

  test('ties at the cut keep the earlier right sentences', () => {
    const same = Array.from({ length: 6 }, () => unit({ a: 1 }));
    expect(scorePairs([unit({ a: 1 })], same, 0, 2).map((p) => p.right)).toEqual([0, 1]);
  });

  test('the limit is per left sentence, not overall', () => {
    const pairs = scorePairs([unit({ a: 1 }), unit({ a: 1, z: 0.1 })], right(10), 0, 3);
    expect(pairs.filter((p) => p.left === 0)).toHaveLength(3);
    expect(pairs.filter((p) => p.left === 1)).toHaveLength(3);
  });
});

describe('scorePairs: a feature most sentences have scores pairs but does not propose them', () => {
  // A feature in more than max(50, a tenth of all sentences) is "common".
  const withCommon = (n: number) => Array.from({ length: n }, (_, j) => unit({ common: 1, [`own${j}`]: 0.1 }));
  test.each([
    // df counts the left sentence too: 49 + 1 = 50 sentences is not yet common.
    ['in 50 sentences it still proposes', 49, 49],
    ['in 51 it proposes nothing', 50, 0],
    ['in 600 of 601 (a tenth is 60.1) it proposes nothing', 600, 0],
  ])('%s', (_name, n, found) => {
    expect(scorePairs([unit({ common: 1 })], withCommon(n), 0.1)).toHaveLength(Math.min(found, 8));
  });

  test('a pair found through a rarer feature is scored on both', () => {
    const left = [unit({ common: 1, rare: 1 })];
    const right = [...withCommon(60), unit({ common: 1, rare: 1 })];
    const pairs = scorePairs(left, right, 0.1);
    expect(pairsOf(pairs)).toEqual(['0-60']);
    expect(pairs[0]!.score).toBeCloseTo(1, 12);
  });

  test('the share grows with the sentences: in 100 of 1,100 (under a tenth) it proposes again', () => {
    const right = [...withCommon(99), ...Array.from({ length: 1000 }, (_, j) => unit({ [`other${j}`]: 1 }))];
    expect(scorePairs([unit({ common: 1 })], right, 0.1, 200)).toHaveLength(99);
  });
});
