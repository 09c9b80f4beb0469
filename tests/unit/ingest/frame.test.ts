import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { detectFrame, splitNameList } from '../../../src/lib/ingest/frame.ts';
import { splitParagraphs } from '../../../src/lib/ingest/paragraphs.ts';

const fixture = (name: string) => readFileSync(new URL(`../../fixtures/articles/${name}`, import.meta.url), 'utf8');

describe('detectFrame', () => {
  test.each([
    { file: 'syndicated.txt', outlet: 'Riverside Gazette', headline: 'Council Closes River Bridge for Repairs', contributors: [], creditOutlet: null, firstLine: 'The council voted' },
    { file: 'header-credit.txt', outlet: 'BBC', headline: null, contributors: ['Ana Lima', 'Tom Reyes'], creditOutlet: 'BBC', firstLine: 'The council voted' },
    { file: 'dateline.txt', outlet: 'Reuters', headline: null, contributors: ['Ana Lima'], creditOutlet: null, firstLine: 'The council voted' },
    { file: 'plain.txt', outlet: null, headline: null, contributors: [], creditOutlet: null, firstLine: 'The council voted' },
  ])('$file', ({ file, outlet, headline, contributors, creditOutlet, firstLine }) => {
    const frame = detectFrame(fixture(file));
    expect(frame).toMatchObject({ outlet, headline, contributors, creditOutlet });
    expect(frame.body.trim().startsWith(firstLine)).toBe(true);
    expect(frame.body).not.toMatch(/appeared first on|contributed reporting|Reporting by|^BBC$/m);
  });

  test('a sentence that merely mentions reporting is not taken for a credit line', () => {
    const frame = detectFrame('The mayor spoke.\nThe newspaper said local residents contributed reporting tips.');
    expect(frame.contributors).toEqual([]);
    expect(frame.body).toContain('contributed reporting tips');
  });

  test('a one-line article is never stripped to nothing by the credit rule', () => {
    expect(detectFrame('Ana Lima contributed reporting.').body.trim()).toBe('Ana Lima contributed reporting.');
  });
});

describe('splitNameList', () => {
  test.each([
    ['Lauren Izso, Alex Marquardt and Mostafa Salem', ['Lauren Izso', 'Alex Marquardt', 'Mostafa Salem']],
    ['Ana Lima and Tom Reyes', ['Ana Lima', 'Tom Reyes']],
    ['Ana Lima, Tom Reyes, and Li Wei', ['Ana Lima', 'Tom Reyes', 'Li Wei']],
    ['the local residents', null],
  ])('%s', (list, expected) => {
    expect(splitNameList(list)).toEqual(expected);
  });
});

describe('splitParagraphs', () => {
  test.each([
    { name: 'one paragraph a line', input: 'One.\nTwo.\n\nThree.', expected: ['One.', 'Two.', 'Three.'] },
    { name: 'hard-wrapped blocks are re-joined', input: fixture('hard-wrapped.txt'), expected: ['The council voted on Monday to close the bridge, officials said.', 'Repairs will take a month.'] },
    { name: 'a line of bare punctuation joins the paragraph before', input: 'One.\n.\nTwo.', expected: ['One. .', 'Two.'] },
    { name: 'nothing but debris gives no paragraph', input: '.\n—\n', expected: [] },
  ])('$name', ({ input, expected }) => {
    expect(splitParagraphs(input)).toEqual(expected);
  });
});
