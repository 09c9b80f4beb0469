// The shared analysis: each text read once; memory bounded.
import { beforeEach, describe, expect, test, vi } from 'vitest';
import { Analysis, BoundedMap } from '../../../src/lib/analysis/context.ts';
import { readWords } from '../../../src/lib/analysis/words.ts';

// readWords wrapped in a spy that calls through: the work is counted, never timed.
vi.mock('../../../src/lib/analysis/words.ts', { spy: true });
const reads = vi.mocked(readWords);

describe('BoundedMap', () => {
  const keysAfter = (limit: number, steps: string[]) => {
    const map = new BoundedMap<string, number>(limit);
    steps.forEach((key, i) => map.set(key, i));
    return [...map.keys()];
  };
  test.each([
    ['under its limit it keeps everything', 3, ['a', 'b', 'c'], ['a', 'b', 'c']],
    ['past its limit it forgets the oldest entry', 2, ['a', 'b', 'c'], ['b', 'c']],
    ['and the next oldest after that', 2, ['a', 'b', 'c', 'd'], ['c', 'd']],
    ['setting a key it holds forgets nothing', 2, ['a', 'b', 'a'], ['a', 'b']],
    // Oldest by first insertion: updating a key does not make it younger.
    ['an updated key is still the oldest', 2, ['a', 'b', 'a', 'c'], ['b', 'c']],
    ['a limit of one keeps the last', 1, ['a', 'b', 'c'], ['c']],
  ])('%s', (_name, limit, steps, keys) => {
    expect(keysAfter(limit, steps)).toEqual(keys);
  });

  test('an updated key keeps its new value', () => {
    const map = new BoundedMap<string, number>(2).set('a', 1).set('a', 2);
    expect(map.get('a')).toBe(2);
    expect(map.size).toBe(1);
  });
});

describe('Analysis.wordsOf reads each text once', () => {
  const [a, b, c] = ['The council met.', 'The vote was close.', 'Dock workers cheered.'];
  beforeEach(() => {
    reads.mockClear();
  });

  test('texts not seen yet are read in one batch, each once', () => {
    new Analysis().wordsOf([a, b, a, b]);
    expect(reads.mock.calls).toEqual([[[a, b]]]);
  });

  test('texts seen before are not read again; new ones are, alone', () => {
    const analysis = new Analysis();
    analysis.wordsOf([a, b]);
    analysis.wordsOf([b, a]);
    analysis.words(a);
    analysis.wordsOf([a, c]);
    expect(reads.mock.calls).toEqual([[[a, b]], [[c]]]);
  });

  test('two analyses do not share what they read', () => {
    new Analysis().words(a);
    new Analysis().words(a);
    expect(reads).toHaveBeenCalledTimes(2);
  });

  test('gives each text its words, in the order asked, as readWords would', () => {
    const analysis = new Analysis();
    analysis.words(c);
    expect(analysis.wordsOf([b, c, a, b])).toEqual([b, c, a, b].map((t) => readWords([t])[0]));
  });

  test('a batch larger than its memory still gives every text its words', () => {
    // 20,000 texts are remembered: the first of 20,001 is forgotten within the batch and read again alone.
    const texts = Array.from({ length: 20_001 }, (_, i) => `w${i}`);
    const words = new Analysis().wordsOf(texts);
    expect(words.map((w) => w.map((x) => x.text))).toEqual(texts.map((t) => [t]));
    expect(reads.mock.calls.map(([batch]) => batch.length)).toEqual([20_001, 1]);
  });
});
