// The light tokenisers: Intl.Segmenter words, folded words, the quantity scanner's tokens.
import { describe, expect, test } from 'vitest';
import { foldedWords, scanTokens, segmentText } from '../../../src/lib/analysis/segments.ts';

const TEXTS = [
  'The council met on Monday.',
  '  Two  spaces, a tab\tand a line\nbreak. ',
  'Café owners in Zürich — and São Paulo — agreed 😀👍🏽.',
  'It wasn’t the mayor’s plan: “we’ll see.”',
  'שלום עולם and مرحبا',
  '東京で会議が開かれた。',
  'e\u0301clair and n\u0303',
  '',
];

describe('segmentText', () => {
  test.each(TEXTS)('loses nothing: the segments rebuild %j', (text) => {
    const segments = segmentText(text);
    expect(segments.map((s) => s.segment).join('')).toBe(text);
    for (const s of segments) expect(text.slice(s.index, s.index + s.segment.length)).toBe(s.segment);
  });

  test('words are word-like; spaces and marks are not', () => {
    const kinds = segmentText('Hi, you!').map((s) => [s.segment, s.isWordLike]);
    expect(kinds).toEqual([['Hi', true], [',', false], [' ', false], ['you', true], ['!', false]]);
  });
});

describe('foldedWords', () => {
  test.each([
    ['lower case', 'The MAYOR Resigned', ['the', 'mayor', 'resigned']],
    ['curly and straight apostrophes fold to one', 'We’ll win; we\'ll win', ["we'll", 'win', "we'll", 'win']],
    ['punctuation and quote marks cut', '“Fight on,” she said.', ['fight', 'on', 'she', 'said']],
    ['a hyphen cuts', 'cease-fire', ['cease', 'fire']],
    ['a thousands comma cuts', '1,200 troops', ['1', '200', 'troops']],
    ['letters beyond ASCII are letters', 'Zürich and São Paulo', ['zürich', 'and', 'são', 'paulo']],
    ['nothing but marks', '— … —', []],
    ['empty', '', []],
  ])('%s', (_name, text, words) => {
    expect(foldedWords(text)).toEqual(words);
  });
});

describe('scanTokens', () => {
  const tokens = (text: string) => scanTokens(text).map((t) => t.text);
  test.each([
    ['a number and its unit stay whole', 'a 48-hour truce', ['a', '48-hour', 'truce']],
    ['a thousands separator stays inside', '1,200 troops', ['1,200', 'troops']],
    ['a comma after a number is a mark', 'troops, 1,200, came', ['troops', ',', '1,200', ',', 'came']],
    ['a decimal', '3.5 km', ['3.5', 'km']],
    ['a full stop after a number is a mark', 'in 2024.', ['in', '2024', '.']],
    ['a decade and an ordinal', 'the 1990s, the 31st', ['the', '1990s', ',', 'the', '31st']],
    ['a hyphenated word', 'two-thirds of a month-long', ['two-thirds', 'of', 'a', 'month-long']],
    ['letters then digits', 'F-16s flew', ['F-16s', 'flew']],
    ['an apostrophe inside a word', 'it’s the mayor\'s', ['it’s', 'the', 'mayor\'s']],
    ['a range dash is a mark of its own', '10–12 days', ['10', '–', '12', 'days']],
    ['a non-breaking hyphen joins like a hyphen', '48\u2011hour', ['48\u2011hour']],
    ['currency and percent are marks', '$5 and 7%', ['$', '5', 'and', '7', '%']],
    ['a trailing hyphen is not part of the word', 'a cease-', ['a', 'cease', '-']],
  ])('%s', (_name, text, expected) => {
    expect(tokens(text)).toEqual(expected);
  });

  test.each([
    ['48-hour', 'num'],
    ['1,200', 'num'],
    ['two-thirds', 'word'],
    ['Zürich', 'word'],
    ['—', 'mark'],
  ])('%s is a %s', (text, type) => {
    expect(scanTokens(text)).toMatchObject([{ type }]);
  });

  test.each([
    ['48\u2011hour', '48-hour'],
    ['It’s', "it's"],
    ['TWO-THIRDS', 'two-thirds'],
  ])('%s is lowered to %s', (text, lower) => {
    expect(scanTokens(text)[0]!.lower).toBe(lower);
  });

  test.each(TEXTS)('offsets are exact and white space is all that is skipped: %j', (text) => {
    const found = scanTokens(text);
    let at = 0;
    for (const t of found) {
      expect(text.slice(t.start, t.end)).toBe(t.text);
      expect(text.slice(at, t.start)).toMatch(/^\s*$/);
      at = t.end;
    }
    expect(text.slice(at)).toMatch(/^\s*$/);
  });
});
