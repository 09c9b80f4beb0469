import { describe, expect, test } from 'vitest';
import { findQuantities, type Quantity } from '../../../../src/lib/differences/quantities/index.ts';

const SEED_NYT = 'About 100 hostages captured in the Hamas attack in Israel last October remain in Gaza, and Israeli officials believe about two-thirds are still alive.';

describe('findQuantities: qualifiers and whole sentences', () => {
  test.each<{ name: string; sentence: string; expected: Partial<Quantity>[] }>([
    {
      name: 'a qualified count with its noun, a month with a modifier, a qualified fraction (NYT seed)',
      sentence: SEED_NYT,
      expected: [
        { kind: 'number', text: 'About 100', value: 100, qualifier: 'about', noun: 'hostage', unit: null },
        { kind: 'date', text: 'last October', value: null, unit: 'month', key: '10', qualifier: 'last' },
        { kind: 'number', text: 'about two-thirds', value: 0.6667, unit: 'fraction', qualifier: 'about' },
      ],
    },
    {
      name: 'qualifiers: more than, at least, up to, over',
      sentence: 'More than 1,200 people died, at least 3 days passed, up to 10 years, captives over 50.',
      expected: [
        { text: 'More than 1,200', value: 1200, qualifier: 'more than' },
        { text: 'at least 3 days', kind: 'duration', value: 3, qualifier: 'at least' },
        { text: 'up to 10 years', kind: 'duration', value: 10, qualifier: 'up to' },
        { text: 'over 50', value: 50, qualifier: 'more than' },
      ],
    },
    {
      name: 'a sentence with no quantities',
      sentence: 'Officials declined to comment on the negotiations.',
      expected: [],
    },
  ])('$name', ({ sentence, expected }) => {
    expect(findQuantities(sentence)).toEqual(expected.map((e) => expect.objectContaining(e)));
  });

  test.each([
    SEED_NYT,
    'Two sources familiar with the negotiations said the temporary ceasefire would be shorter than the six-week first phase.',
    'Minutes after Vice President Kamala Harris’ speech in Madison on Wednesday evening, some disturbances broke out.',
    'A senior Hamas official has already rejected an idea Egypt proposed over the weekend for a 48-hour cease-fire in Gaza.',
    'The attacks have forced tens of thousands of people on both sides to evacuate their homes, “officials said” at 3 p.m. on Oct. 31.',
  ])('offsets recover the text: %s', (sentence) => {
    const found = findQuantities(sentence);
    expect(found.length).toBeGreaterThan(0);
    for (const q of found) expect(sentence.slice(q.start, q.end)).toBe(q.text);
  });
});
