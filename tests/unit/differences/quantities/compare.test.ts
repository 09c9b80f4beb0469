import { describe, expect, test } from 'vitest';
import { compareQuantities } from '../../../../src/lib/differences/quantities/index.ts';

const SEED_NYT = 'About 100 hostages captured in the Hamas attack in Israel last October remain in Gaza, and Israeli officials believe about two-thirds are still alive.';

describe('compareQuantities', () => {
  test.each([
    {
      name: 'six weeks and six-week are the same duration',
      left: 'The pause would likely be less than the six weeks envisioned.',
      right: 'The ceasefire would be shorter than the six-week first phase.',
      expected: [],
    },
    {
      name: 'month-long differs from six weeks',
      left: 'They proposed a month-long ceasefire in Gaza.',
      right: 'They proposed a ceasefire of six weeks in Gaza.',
      expected: [{ kind: 'number', left: 'month-long', right: 'six weeks', note: '1 month vs 6 weeks' }],
    },
    {
      name: 'a month and four weeks agree (within a tenth)',
      left: 'The truce would last a month.',
      right: 'The truce would last four weeks.',
      expected: [],
    },
    {
      name: 'figures both sides give agree whatever noun counts them',
      left: 'The police said about 3,000 people took part, while the union put the figure at more than 10,000.',
      right: 'The union claims more than 10,000 people joined the protest. Police put the crowd at 3,000.',
      expected: [],
    },
    {
      name: 'counts of the same noun differ',
      left: 'Hamas would release four Israeli hostages.',
      right: 'Hamas would release five Israeli hostages.',
      expected: [{ kind: 'number', left: 'four', right: 'five', note: '4 vs 5' }],
    },
    {
      name: 'the counted noun pairs across adjectives',
      left: 'Hamas would release four Israeli hostages.',
      right: 'Hamas would free 5 hostages.',
      expected: [{ kind: 'number', left: 'four', right: '5', note: '4 vs 5' }],
    },
    {
      name: 'counts of different nouns are not paired',
      left: 'The strike killed four foreign workers.',
      right: 'The strike killed five people.',
      expected: [],
    },
    {
      name: 'weekdays differ',
      left: 'Burns met officials in Cairo on Thursday.',
      right: 'Burns met officials in Cairo on Tuesday.',
      expected: [{ kind: 'date', left: 'Thursday', right: 'Tuesday', note: 'Thursday vs Tuesday' }],
    },
    {
      name: 'a part of the day does not change the day',
      left: 'She spoke on Wednesday evening.',
      right: 'She spoke on Wednesday.',
      expected: [],
    },
    {
      name: 'a hedge on the same figure is not a difference',
      left: 'About 100 hostages remain in Gaza.',
      right: '100 hostages remain in Gaza.',
      expected: [],
    },
    {
      name: 'opposite bounds on the same figure differ',
      left: 'More than 100 people died.',
      right: 'Fewer than 100 people died.',
      expected: [{ kind: 'number', left: 'More than 100', right: 'Fewer than 100', note: 'more than 100 vs less than 100' }],
    },
    {
      name: 'a figure inside a vague range agrees with it',
      left: 'Tens of thousands of people fled.',
      right: 'About 60,000 people fled.',
      expected: [],
    },
    {
      name: 'disjoint vague ranges differ',
      left: 'Tens of thousands of people fled.',
      right: 'Thousands of people fled.',
      expected: [{ kind: 'number', left: 'Tens of thousands', right: 'Thousands', note: 'tens of thousands vs thousands' }],
    },
    {
      name: 'month-day dates differ',
      left: 'The vote is on Oct. 31.',
      right: 'The vote is on October 30, 2024.',
      expected: [{ kind: 'date', left: 'Oct. 31', right: 'October 30, 2024', note: 'Oct. 31 vs October 30, 2024' }],
    },
    {
      name: '"earlier in the week" falls in "this week"',
      left: 'Earlier in the week, proposals emerged.',
      right: 'Proposals emerged this week.',
      expected: [],
    },
    {
      name: 'a quantity with no counterpart is an omission, not a difference',
      left: 'On Thursday, Hamas freed four hostages after a 48-hour pause.',
      right: 'Hamas freed hostages.',
      expected: [],
    },
    {
      name: 'matching items pair first, so only the real change is reported',
      left: 'Israel struck on Monday and again on Tuesday.',
      right: 'Israel struck on Monday and again on Wednesday.',
      expected: [{ kind: 'date', left: 'Tuesday', right: 'Wednesday', note: 'Tuesday vs Wednesday' }],
    },
    {
      name: 'identical sentences',
      left: SEED_NYT,
      right: SEED_NYT,
      expected: [],
    },
  ])('$name', ({ left, right, expected }) => {
    expect(compareQuantities(left, right)).toEqual(expected);
  });
});

describe('compareQuantities with the publication days', () => {
  // Thursday 31 October 2024, as both seed articles are dated.
  const SAME_DAY = { left: '2024-10-31', right: '2024-10-31' };
  test.each([
    ['a weekday and the date it falls on agree', 'Envoys arrived on Thursday.', 'Envoys arrived on Oct. 31.', SAME_DAY, []],
    ['"yesterday" and the day before publication agree', 'Envoys arrived yesterday.', 'Envoys arrived on Wednesday.', SAME_DAY, []],
    ['"last night" and that evening agree', 'Envoys arrived last night.', 'Envoys arrived on Wednesday night.', SAME_DAY, []],
    ['two weekdays differ, and the note names both days', 'Envoys arrived on Thursday.', 'Envoys arrived on Tuesday.', SAME_DAY, ['Thursday (October 31, 2024) vs Tuesday (October 29, 2024)']],
    ['one weekday in articles a week apart names two days', 'Envoys arrived on Thursday.', 'Envoys arrived on Thursday.', { left: '2024-10-31', right: '2024-11-08' }, ['Thursday (October 31, 2024) vs Thursday (November 7, 2024)']],
    ['a weekday and another date differ', 'Envoys arrived on Thursday.', 'Envoys arrived on Oct. 30.', SAME_DAY, ['Thursday (October 31, 2024) vs Oct. 30 (October 30, 2024)']],
    ['a date with its year is not named again', 'Envoys arrived on Oct. 29.', 'Envoys arrived on Oct. 31, 2024.', SAME_DAY, ['Oct. 29 (October 29, 2024) vs Oct. 31, 2024']],
    ['without one side’s day, weekdays compare by name, as before', 'Envoys arrived on Thursday.', 'Envoys arrived on Tuesday.', { left: '2024-10-31', right: null }, ['Thursday vs Tuesday']],
    ['a week is not one day: read as before', 'Envoys arrived this week.', 'Envoys arrived last week.', SAME_DAY, ['this week vs last week']],
  ] as const)('%s', (_name, left, right, published, notes) => {
    expect(compareQuantities(left, right, undefined, published).map((d) => d.note)).toEqual(notes);
  });
});

test('a date difference read against the publication days carries both calendar days', () => {
  expect(compareQuantities('Envoys arrived on Thursday.', 'Envoys arrived yesterday.', undefined, { left: '2024-10-31', right: '2024-11-05' })).toEqual([
    { kind: 'date', left: 'Thursday', right: 'yesterday', note: 'Thursday (October 31, 2024) vs yesterday (November 4, 2024)', days: { left: '2024-10-31', right: '2024-11-04' } },
  ]);
  expect(compareQuantities('Envoys arrived on Thursday.', 'Envoys arrived on Tuesday.')[0]).not.toHaveProperty('days');
});
