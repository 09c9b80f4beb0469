import { describe, expect, test } from 'vitest';
import { areParaphrases } from '../../../src/lib/lexicon/paraphrases.ts';

describe('areParaphrases', () => {
  test.each([
    ['override', 'overrule'],
    ['killed', 'died'],
    ['quake', 'temblor'],
    ['abandoned', 'deserted'],
  ])('%s / %s are listed, both ways', (a, b) => {
    expect(areParaphrases(a, b)).toBe(true);
    expect(areParaphrases(b, a)).toBe(true);
  });

  test.each([
    ['likely', 'unlikely', 'a word and its negation (PPDB lists them together)'],
    ['increase', 'decrease', 'WordNet antonyms'],
    ['killed', 'killed', 'the same word is not a paraphrase of itself'],
    ['the', 'a', 'function words'],
    ['xyzzy', 'plugh', 'words the lexicon does not know'],
  ])('%s / %s are not: %s', (a, b) => {
    expect(areParaphrases(a, b)).toBe(false);
  });
});
