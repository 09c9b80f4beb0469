import { describe, expect, test } from 'vitest';
import { normalizeForMatching } from '../../../src/lib/text/normalize.ts';
import { deriveOutletId } from '../../../src/lib/ingest/outlet.ts';
import { excerpt } from '../../../src/lib/text/excerpt.ts';

describe('normalizeForMatching', () => {
  test.each([
    ['curly quotes and apostrophes', '“It’s early,” he said.', '"it\'s early," he said.'],
    ['dotted acronyms lose their dots', 'The C.I.A. and the U.S. Army', 'the cia and the us army'],
    ['the ". ." artifact', 'said on Wednesday. .', 'said on wednesday.'],
    ['a quote before the artifact', '“Go,” he said. .', '"go," he said.'],
    ['dashes and spaces', 'Gaza — again\u00a0 and  Lebanon', 'gaza - again and lebanon'],
    ['compatibility forms (NFKC)', 'ﬁnal ＵＳ talks', 'final us talks'],
  ])('%s', (_name, input, expected) => {
    expect(normalizeForMatching(input)).toBe(expected);
  });
});

describe('deriveOutletId', () => {
  test.each([
    ['CNN', 'cnn'],
    ['New York Times', 'nyt'],
    ['The New York Times', 'nyt'],
    ['BBC News', 'bbc'],
    ['Reuters', 'reuters'],
    ['Al Jazeera', 'aj'],
    ['Le Monde', 'lm'],
    ['Süddeutsche Zeitung', 'sz'],
  ])('%s → %s', (name, id) => {
    expect(deriveOutletId(name)).toBe(id);
  });
});

describe('excerpt', () => {
  test.each([
    ['Short enough.', 40, 'Short enough.'],
    ['The council voted on Monday to close the bridge for repairs.', 30, 'The council voted on Monday…'],
    ['The council voted, on Monday; to close it.', 21, 'The council voted…'],
  ])('%s (%i)', (text, max, expected) => {
    expect(excerpt(text, max)).toBe(expected);
  });
});
