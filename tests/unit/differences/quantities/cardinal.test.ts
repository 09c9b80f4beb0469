import { describe, expect, test } from 'vitest';
import { findQuantities, type Quantity } from '../../../../src/lib/differences/quantities/index.ts';

describe('findQuantities: cardinals in digits and words', () => {
  test.each<{ name: string; sentence: string; expected: Partial<Quantity>[] }>([
    {
      name: 'digits, decimals and number words',
      sentence: 'Officials counted 1,200 troops, 2.5 million people, twenty-five men and a dozen rockets.',
      expected: [
        { text: '1,200', value: 1200, noun: 'troop' },
        { text: '2.5 million', value: 2_500_000, noun: 'people' },
        { text: 'twenty-five', value: 25, noun: 'man' },
        { text: 'a dozen', value: 12, noun: 'rocket' },
      ],
    },
  ])('$name', ({ sentence, expected }) => {
    expect(findQuantities(sentence)).toEqual(expected.map((e) => expect.objectContaining(e)));
  });
});
