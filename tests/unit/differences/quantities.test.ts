import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { compareQuantities, durationInDays, findQuantities, type Quantity } from '../../../src/lib/differences/quantities/index.ts';

const SEED_NYT = 'About 100 hostages captured in the Hamas attack in Israel last October remain in Gaza, and Israeli officials believe about two-thirds are still alive.';

describe('findQuantities', () => {
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
      name: 'digits, decimals and number words',
      sentence: 'Officials counted 1,200 troops, 2.5 million people, twenty-five men and a dozen rockets.',
      expected: [
        { text: '1,200', value: 1200, noun: 'troop' },
        { text: '2.5 million', value: 2_500_000, noun: 'people' },
        { text: 'twenty-five', value: 25, noun: 'man' },
        { text: 'a dozen', value: 12, noun: 'rocket' },
      ],
    },
    {
      name: 'half as a fraction',
      sentence: 'Nearly half of the hostages are women.',
      expected: [{ kind: 'number', text: 'Nearly half', value: 0.5, unit: 'fraction', qualifier: 'nearly', noun: 'hostage' }],
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
    {
      name: 'numbers in names and pronoun "one" are not reported',
      sentence: 'Channel 12 said Resolution 1701 and Air Force One matter, one of the sources said, as F-16 jets flew.',
      expected: [],
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

/** Text with many quantity-like pieces among random words, marks and Unicode. */
const newsish = fc
  .array(
    fc.oneof(
      fc.constantFrom(
        'about', 'more than', 'less than the', 'over', 'the', 'a', 'an', 'of', 'and', 'half', 'one', 'Two', 'six', 'twenty-five',
        'two-thirds', 'tens', 'thousands', 'hundred', 'dozen', 'weeks', 'week', 'month-long', '48-hour', 'six-week', 'years old',
        'Thursday', 'evening', 'last', 'this', 'earlier in the', 'Oct.', 'October', 'May', 'mid-May', '31st', '2024', '1990s',
        '1,200', '2.5', '3-1', '9/11', '$', '%', 'p.m.', 'a.m.', ':', '.', ',', '“', '’s', 'constructor', '__proto__', 'toString',
      ),
      fc.string({ unit: 'grapheme', maxLength: 10 }),
      fc.integer({ min: 0, max: 3000 }).map(String),
    ),
    { maxLength: 40 },
  )
  .map((parts) => parts.join(' '));

const anyText = fc.oneof(newsish, fc.string({ unit: 'binary', maxLength: 300 }), fc.string({ maxLength: 300 }));

describe('on random input', () => {
  test('findQuantities never throws, and every offset pair recovers its text, in order', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        let previousEnd = 0;
        for (const q of findQuantities(text)) {
          expect(text.slice(q.start, q.end)).toBe(q.text);
          expect(q.text.length).toBeGreaterThan(0);
          expect(q.start).toBeGreaterThanOrEqual(previousEnd);
          previousEnd = q.end;
        }
      }),
      { numRuns: 500 },
    );
  });

  test('compareQuantities never throws and quotes each sentence exactly', () => {
    fc.assert(
      fc.property(newsish, newsish, (left, right) => {
        for (const d of compareQuantities(left, right)) {
          expect(left).toContain(d.left);
          expect(right).toContain(d.right);
        }
        expect(compareQuantities(left, left)).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });
});
