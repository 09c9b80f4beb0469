import { describe, expect, test } from 'vitest';
import { durationInDays, findQuantities, type Quantity } from '../../../../src/lib/differences/quantities/index.ts';

describe('findQuantities: durations', () => {
  test.each<{ name: string; sentence: string; expected: Partial<Quantity>[] }>([
    {
      name: 'a hyphenated duration keeps out the article of its noun',
      sentence: 'Egypt proposed a 48-hour cease-fire in Gaza.',
      expected: [{ kind: 'duration', text: '48-hour', value: 48, unit: 'hour', qualifier: null }],
    },
    {
      name: 'a comparative qualifier across "the"',
      sentence: 'The pause would likely be less than the six weeks envisioned.',
      expected: [{ kind: 'duration', text: 'less than the six weeks', value: 6, unit: 'week', qualifier: 'less than' }],
    },
    {
      name: '"shorter than" normalises to "less than"; "first" is an ordinal, not reported',
      sentence: 'It would be shorter than the six-week first phase.',
      expected: [{ kind: 'duration', text: 'shorter than the six-week', value: 6, unit: 'week', qualifier: 'less than' }],
    },
    {
      name: 'month-long is one month',
      sentence: 'They discussed a month-long ceasefire in Gaza.',
      expected: [{ kind: 'duration', text: 'month-long', value: 1, unit: 'month' }],
    },
    {
      name: '"a month" counts the article',
      sentence: 'The truce would last a month.',
      expected: [{ kind: 'duration', text: 'a month', value: 1, unit: 'month' }],
    },
    {
      name: 'vague durations have no value',
      sentence: 'After months of talks, a deal could come in several days.',
      expected: [
        { kind: 'duration', text: 'months', value: null, unit: 'month' },
        { kind: 'duration', text: 'several days', value: null, unit: 'day' },
      ],
    },
  ])('$name', ({ sentence, expected }) => {
    expect(findQuantities(sentence)).toEqual(expected.map((e) => expect.objectContaining(e)));
  });
});

describe('durationInDays', () => {
  test.each([
    ['six weeks', 42],
    ['a 48-hour truce', 2],
    ['a fortnight', 14],
    ['a month-long truce', null],
    ['several days', null],
  ])('%s → %s', (sentence, days) => {
    const [q] = findQuantities(sentence);
    expect(q).toBeDefined();
    expect(durationInDays(q!)).toBe(days);
  });
});
