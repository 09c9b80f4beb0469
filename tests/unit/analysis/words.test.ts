// readWords: wink-nlp's reading of texts, located in each text, batched.
import { describe, expect, test } from 'vitest';
import { readWords } from '../../../src/lib/analysis/words.ts';

const TEXTS = [
  'The U.S. envoy said “we will fight on” today.',
  '  Two  spaces  and a tab\there.',
  // A text ending in a hyphen: the blank line after it once became a token of its own.
  'They agreed to a cease-',
  'Fire deal on Monday 😀.',
  'Prices rose 3.5% to $1,200.',
  'Café owners in Zürich — and São Paulo — agreed.',
  'It wasn’t the mayor’s plan.',
  'Snow',
];

describe('readWords: offsets', () => {
  const batch = readWords(TEXTS);
  test.each(TEXTS.map((t, i) => [t, i] as const))('every word is the exact text at its offsets: %j', (text, i) => {
    expect(batch[i]!.length).toBeGreaterThan(0);
    for (const w of batch[i]!) {
      expect(text.slice(w.start, w.end)).toBe(w.text);
      expect(w.text).toMatch(/\S/);
    }
  });

  test.each(TEXTS.map((t, i) => [t, i] as const))('words come in order and do not overlap: %j', (_text, i) => {
    const words = batch[i]!;
    for (let k = 1; k < words.length; k++) expect(words[k]!.start).toBeGreaterThanOrEqual(words[k - 1]!.end);
  });

  test('no word is lost: the words and the white space between them rebuild each text', () => {
    TEXTS.forEach((text, i) => {
      const words = batch[i]!;
      let rebuilt = '';
      for (const w of words) rebuilt = rebuilt.padEnd(w.start, ' ') + w.text;
      expect(rebuilt.replace(/\s/g, '')).toBe(text.replace(/\s/g, ''));
    });
  });
});

describe('readWords: a batch gives each text the words it would get alone', () => {
  test.each([
    ['all the texts at once', TEXTS],
    ['a text twice', [TEXTS[0]!, TEXTS[0]!]],
    ['an empty text between two others', [TEXTS[0]!, '', TEXTS[3]!]],
    ['a one-word text after a hyphen', [TEXTS[2]!, TEXTS[7]!]],
  ])('%s', (_name, texts) => {
    const batch = readWords(texts);
    expect(batch).toHaveLength(texts.length);
    texts.forEach((text, i) => expect(batch[i]).toEqual(readWords([text])[0]));
  });

  test('no texts, no words', () => {
    expect(readWords([])).toEqual([]);
  });

  test('an empty text has no words', () => {
    expect(readWords([''])).toEqual([[]]);
  });
});

describe('readWords: what each word carries', () => {
  const words = readWords(['The envoy said “we will fight on.”'])[0]!;
  const word = (text: string) => words.find((w) => w.text === text)!;
  test.each([
    ['said', { lemma: 'say', pos: 'VERB', stopWord: false, type: 'word' }],
    ['The', { lemma: 'the', pos: 'DET', stopWord: true, type: 'word' }],
    ['“', { pos: 'PUNCT', type: 'punctuation' }],
    ['envoy', { lemma: 'envoy', pos: 'NOUN' }],
  ])('%s', (text, fields) => {
    expect(word(text)).toMatchObject(fields);
  });

  test('lemmas are lower case', () => {
    for (const w of readWords(['The MAYOR Resigned In Zürich.'])[0]!) expect(w.lemma).toBe(w.lemma.toLowerCase());
  });
});
