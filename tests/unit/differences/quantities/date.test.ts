import { describe, expect, test } from 'vitest';
import { findQuantities, type Quantity } from '../../../../src/lib/differences/quantities/index.ts';

describe('findQuantities: dates', () => {
  test.each<{ name: string; sentence: string; expected: Partial<Quantity>[] }>([
    {
      name: 'weekdays without their preposition, with a part of the day',
      sentence: 'On Sunday he met them, and on Wednesday evening he spoke.',
      expected: [
        { kind: 'date', text: 'Sunday', unit: 'weekday', key: 'sunday', value: null },
        { kind: 'date', text: 'Wednesday evening', unit: 'weekday', key: 'wednesday', qualifier: 'evening' },
      ],
    },
    {
      name: 'month-day dates, abbreviated or not, and a year',
      sentence: 'Talks ran from Oct. 31 to November 2, 2024, as in 2023.',
      expected: [
        { kind: 'date', text: 'Oct. 31', unit: 'month-day', key: '10-31' },
        { kind: 'date', text: 'November 2, 2024', unit: 'month-day', key: '2024-11-02' },
        { kind: 'date', text: '2023', unit: 'year', key: '2023' },
      ],
    },
    {
      name: 'relative dates',
      sentence: 'Earlier in the week, envoys met; more talks are due this week, after last year.',
      expected: [
        { kind: 'date', text: 'Earlier in the week', unit: 'relative', key: 'week:0', qualifier: 'earlier' },
        { kind: 'date', text: 'this week', unit: 'relative', key: 'week:0' },
        { kind: 'date', text: 'last year', unit: 'relative', key: 'year:-1' },
      ],
    },
    {
      name: 'a possessive date keeps its day',
      sentence: 'Thursday’s talks followed last year’s collapse.',
      expected: [
        { kind: 'date', text: 'Thursday’s', unit: 'weekday', key: 'thursday' },
        { kind: 'date', text: 'last year’s', unit: 'relative', key: 'year:-1' },
      ],
    },
  ])('$name', ({ sentence, expected }) => {
    expect(findQuantities(sentence)).toEqual(expected.map((e) => expect.objectContaining(e)));
  });
});
