import { describe, expect, test } from 'vitest';
import { findQuantities, type Quantity } from '../../../../src/lib/differences/quantities/index.ts';

describe('findQuantities: times of day', () => {
  test.each<{ name: string; sentence: string; expected: Partial<Quantity>[] }>([
    {
      name: 'a dotted meridiem keeps its final stop; the weekday is a date of its own',
      sentence: 'The talks resumed at 3 p.m. on Thursday.',
      expected: [
        { kind: 'date', text: '3 p.m.', unit: 'time', key: '15:00', value: null },
        { kind: 'date', text: 'Thursday', unit: 'weekday', key: 'thursday' },
      ],
    },
    {
      name: 'hours and minutes before the meridiem',
      sentence: 'Voting opened at 10:30 a.m. local time.',
      expected: [{ kind: 'date', text: '10:30 a.m.', unit: 'time', key: '10:30' }],
    },
    {
      name: 'a meridiem glued to the hour',
      sentence: 'The strike came at 3pm.',
      expected: [{ kind: 'date', text: '3pm', unit: 'time', key: '15:00' }],
    },
    {
      name: 'a 24-hour clock',
      sentence: 'The curfew begins at 14:00.',
      expected: [{ kind: 'date', text: '14:00', unit: 'time', key: '14:00' }],
    },
    {
      name: 'noon and midnight',
      sentence: 'They met at noon and left before midnight.',
      expected: [
        { kind: 'date', text: 'noon', unit: 'time', key: '12:00' },
        { kind: 'date', text: 'midnight', unit: 'time', key: '00:00' },
      ],
    },
  ])('$name', ({ sentence, expected }) => {
    expect(findQuantities(sentence)).toEqual(expected.map((e) => expect.objectContaining(e)));
  });
});
