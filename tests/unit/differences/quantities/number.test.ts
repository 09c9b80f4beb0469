import { describe, expect, test } from 'vitest';
import { findQuantities, type Quantity } from '../../../../src/lib/differences/quantities/index.ts';

describe('findQuantities: numbers, fractions and vague magnitudes', () => {
  test.each<{ name: string; sentence: string; expected: Partial<Quantity>[] }>([
    {
      name: 'a vague magnitude has a range instead of a value',
      sentence: 'The attacks forced tens of thousands of people to flee.',
      expected: [{ kind: 'number', text: 'tens of thousands', value: null, range: { min: 20_000, max: 100_000 }, noun: 'people' }],
    },
    {
      name: 'only the number is reported, not the article "an"',
      sentence: 'Projectiles struck, killing four foreign workers and an Israeli farmer.',
      expected: [{ kind: 'number', text: 'four', value: 4, noun: 'worker' }],
    },
    {
      name: 'half as a fraction',
      sentence: 'Nearly half of the hostages are women.',
      expected: [{ kind: 'number', text: 'Nearly half', value: 0.5, unit: 'fraction', qualifier: 'nearly', noun: 'hostage' }],
    },
    {
      name: 'numbers in names and pronoun "one" are not reported',
      sentence: 'Channel 12 said Resolution 1701 and Air Force One matter, one of the sources said, as F-16 jets flew.',
      expected: [],
    },
  ])('$name', ({ sentence, expected }) => {
    expect(findQuantities(sentence)).toEqual(expected.map((e) => expect.objectContaining(e)));
  });
});
