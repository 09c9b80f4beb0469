// Quotations inside a sentence, and how much two quotations share.
import { describe, expect, test } from 'vitest';
import { findQuotations, quoteOverlap } from '../../../src/lib/analysis/quotes.ts';

describe('findQuotations', () => {
  test.each([
    ['curly quotes', 'Lima said “we will fight on” today.', ['we will fight on']],
    ['straight quotes', 'Lima said "we will fight on" today.', ['we will fight on']],
    ['two quotations in one sentence', 'Lima said “we will fight on,” and added “we will win.”', ['we will fight on,', 'we will win.']],
    ['a curly opening closed by a straight mark', 'Lima said “we will fight on" today.', ['we will fight on']],
    ['an unclosed quotation runs to the end', 'Lima said “we will fight on until the end', ['we will fight on until the end']],
    ['white space inside the marks is not part of the quotation', 'Lima said “  we will fight on  ” today.', ['we will fight on']],
    ['a quoted single word is a scare quote, not a quotation', 'Officials called the plan “reckless” on Monday.', []],
    ['a single word among quotations is skipped alone', 'It was “reckless,” she said, and “badly timed.”', ['badly timed.']],
    ['single quotes are not quotation marks here', 'Lima said ‘we will fight on’ today.', []],
    ['no quotation at all', 'The council met on Monday.', []],
    ['a closing mark alone opens nothing', 'The council met” on Monday.', []],
  ])('%s', (_name, text, expected) => {
    expect(findQuotations(text).map((q) => q.text)).toEqual(expected);
  });

  test.each([
    'Lima said “we will fight on,” and added “we will win.”',
    'Lima said "  we will fight on  " today.',
    '“We will fight on and we will win this war,” Lima said.',
    'Lima said “we will fight on until the end',
  ])('offsets locate the quoted words in the sentence: %s', (text) => {
    const found = findQuotations(text);
    expect(found.length).toBeGreaterThan(0);
    for (const q of found) {
      expect(text.slice(q.start, q.end)).toBe(q.text);
      expect(q.end - q.start).toBe(q.text.length);
    }
  });

  test('quotations come in reading order and do not overlap', () => {
    const found = findQuotations('“One two,” he said, “three four,” and then “five six.”');
    for (let i = 1; i < found.length; i++) expect(found[i]!.start).toBeGreaterThanOrEqual(found[i - 1]!.end);
    expect(found).toHaveLength(3);
  });
});

describe('quoteOverlap', () => {
  test.each([
    ['the same words', 'we will fight on', 'we will fight on', 1],
    ['no word in common', 'we will fight on', 'the council met', 0],
    ['case and punctuation do not matter', 'We will fight on!', 'we will, fight on', 1],
    ['curly and straight apostrophes are one', 'we’ll win', "We'll win", 1],
    ['word order does not matter', 'fight on we will', 'we will fight on', 1],
    // Dice over word sets: 2 × |shared| / (|a| + |b|).
    ['two of three words each side', 'we will win', 'we will lose', (2 * 2) / 6],
    ['one set inside a larger one', 'we will', 'we will fight on', (2 * 2) / 6],
    ['a word repeated counts once', 'win win win', 'win', 1],
    ['an empty side', '', 'we will fight on', 0],
    ['marks only', '“…”', '“…”', 0],
  ])('%s', (_name, a, b, expected) => {
    expect(quoteOverlap(a, b)).toBeCloseTo(expected, 12);
    expect(quoteOverlap(b, a)).toBeCloseTo(expected, 12);
  });

  test.each([
    ['we will fight on', 'we will fight them'],
    ['a b c d e', 'c d e f g h'],
    ['one', 'one two three four five six'],
  ])('lies between 0 and 1: %s / %s', (a, b) => {
    const overlap = quoteOverlap(a, b);
    expect(overlap).toBeGreaterThan(0);
    expect(overlap).toBeLessThan(1);
  });
});
