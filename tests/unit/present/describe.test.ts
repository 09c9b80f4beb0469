import { describe, expect, test } from 'vitest';
import { describeDifference, fitTitle, isDiffReadable, joinNames, placeOf } from '../../../src/lib/present/describe.ts';
import type { Difference } from '../../../src/lib/schemas.ts';

const o = { left: 'NYT', right: 'CNN' };

describe('describeDifference', () => {
  test.each<[Difference, string]>([
    [{ kind: 'name', left: 'McNally', right: 'McNeally', note: '' }, 'NYT spells it McNally; CNN, McNeally'],
    [{ kind: 'number', left: 'less than the six weeks', right: 'month-long', note: '' }, 'NYT: less than the six weeks · CNN: month-long'],
    [{ kind: 'attribution', left: 'Ana Lima (spokeswoman)', right: 'the mayor’s office', note: '' }, 'NYT credits this to Ana Lima (spokeswoman); CNN to the mayor’s office'],
    [{ kind: 'title', left: 'the trade minister', right: 'Special Envoy', note: '' }, 'NYT: “the trade minister” · CNN: “Special Envoy”'],
    [{ kind: 'date', left: 'Thursday', right: 'Tuesday', note: '' }, 'NYT: Thursday · CNN: Tuesday'],
    [{ kind: 'date', left: 'Thursday', right: 'Oct. 29, 2024', note: '', days: { left: '2024-10-31', right: '2024-10-29' } }, 'NYT: Thursday (October 31, 2024) · CNN: Oct. 29, 2024'],
    [{ kind: 'date', left: 'Thursday', right: 'last week', note: '', days: { left: '2024-10-31', right: null } }, 'NYT: Thursday (October 31, 2024) · CNN: last week'],
  ])('%o', (d, text) => {
    expect(describeDifference(d, o)).toBe(text);
  });
});

describe('placeOf', () => {
  test.each([
    ['nyt-p01-s1', 'in the lead'],
    ['nyt-p02-s3', 'in the lead'],
    ['cnn-p12-s1', 'paragraph 12'],
    ['cnn-p12-s2', 'paragraph 12, sentence 2'],
  ])('%s → %s', (id, place) => {
    expect(placeOf(id)).toBe(place);
  });
});

describe('isDiffReadable', () => {
  const seg = (value: string, kind: 'same' | 'added' | 'removed') => ({ value, added: kind === 'added', removed: kind === 'removed' });
  test.each([
    ['one word changed in a sentence', [seg('The council voted on ', 'same'), seg('Tuesday', 'removed'), seg('Thursday', 'added'), seg(' to close the bridge.', 'same')], true],
    ['every word changed', [seg('Hopes were not high for quick agreements.', 'removed'), seg('There is little hope any effort will succeed.', 'added')], false],
    ['no diff (one-sided claim)', null, false],
  ])('%s', (_name, diff, readable) => {
    expect(isDiffReadable(diff)).toBe(readable);
  });
});

describe('fitTitle', () => {
  test.each([
    ['Short title', 'Short title · Parallax'],
    ['New York Times and CNN on one claim: U.S. envoys make a last push for cease-fires in Gaza', 'New York Times and CNN on one claim: U.S. envoys make a… · Parallax'],
  ])('%s', (main, title) => {
    expect(fitTitle(main)).toBe(title);
    expect(fitTitle(main).length).toBeLessThanOrEqual(70);
  });
});

describe('joinNames', () => {
  test.each([
    [[], ''],
    [['Ana Lima'], 'Ana Lima'],
    [['Ana Lima', 'Tom Reyes'], 'Ana Lima and Tom Reyes'],
    [['Lauren Izso', 'Alex Marquardt', 'Mostafa Salem'], 'Lauren Izso, Alex Marquardt and Mostafa Salem'],
  ])('%j', (names, text) => {
    expect(joinNames(names)).toBe(text);
  });
});
