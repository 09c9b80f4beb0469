import { describe, expect, test } from 'vitest';
import { claimHeadline, claimStatus, describeBriefly, isWeakMatch, WEAK_MATCH } from '../../../src/lib/present/describe.ts';
import { whatDiffers } from '../../../src/lib/present/what-differs.ts';
import type { Difference } from '../../../src/lib/schemas.ts';
import { makeComparison, oneSidedClaim, ref, sharedClaim } from '../../helpers/comparison.ts';

const o = { left: 'Left Daily', right: 'Right Herald' };
const number: Difference = { kind: 'number', left: 'seven', right: 'eight', note: '' };
const spelling: Difference = { kind: 'name', left: 'McNally', right: 'McNeally', note: '' };
const wording: Difference = { kind: 'wording', left: 'approved', right: 'passed', note: '' };
const quote: Difference = { kind: 'quote', left: 'We will rebuild the harbour wall before the first winter storm arrives in the bay', right: 'We will rebuild it', note: '' };

const harbour = sharedClaim('harbour-a1b2c3', [ref('l', 1, 1, 'Mayor McNally said the council approved it by seven votes.')], [ref('r', 1, 1, 'Mayor McNeally said councillors passed it by eight votes.')], [spelling, wording, number]);
const named = sharedClaim('named-d4e5f6', [ref('l', 2, 1, 'McNally spoke.')], [ref('r', 2, 1, 'McNeally spoke.')], [spelling]);
const snow = oneSidedClaim('snow-111111', ref('l', 3, 1, 'Snow closed the pass above the town on Monday night.'));
const comparison = {
  ...makeComparison({ claims: [harbour, named, snow] }),
  variants: [{ entity: 'McNally', left: ['McNally'], right: ['McNeally'] }],
};

describe('whatDiffers', () => {
  test('lists each factual difference with its claim and badge number; spellings apart, with the claim that shows them', () => {
    const { differences, spellings } = whatDiffers(comparison);
    expect(differences).toEqual([{ claim: harbour.id, difference: number, n: 3 }]);
    expect(spellings).toEqual([{ left: 'McNally', right: 'McNeally', claim: harbour.id }]);
  });

  test('the summary does not count a claim whose only difference is a spelling', () => {
    expect(comparison.summary.differing).toBe(1);
  });
});

describe('claimHeadline', () => {
  test.each([
    ['a factual difference is stated, before spelling and wording', harbour, 'A figure differs: Left Daily: seven · Right Herald: eight'],
    ['a spelling alone', named, 'Both report it, a name spelled two ways: McNally / McNeally'],
    ['a one-sided claim names its outlet and opening words', snow, 'Only in Left Daily: “Snow closed the pass above the town on Monday night”'],
  ])('%s', (_name, claim, headline) => {
    expect(claimHeadline(claim, o).replace(/[\u2068\u2069]/g, '')).toBe(headline);
  });

  test('an attribution names both sources without their roles', () => {
    const c = sharedClaim('a-000000', [ref('l', 4, 1, 'a')], [ref('r', 4, 1, 'b')], [{ kind: 'attribution', left: 'Ana Lima (spokeswoman)', right: 'the mayor’s office', note: '' }]);
    expect(claimHeadline(c, o).replace(/[\u2068\u2069]/g, '')).toBe('Credited to different sources: Ana Lima / the mayor’s office');
  });

  test('a sentence that opens a quotation keeps its own marks', () => {
    const quoted = oneSidedClaim('quoted-222222', ref('r', 5, 1, '“It is too early,” he said.'));
    expect(claimHeadline(quoted, o).replace(/[\u2068\u2069]/g, '')).toBe('Only in Right Herald: “It is too early,” he said');
  });

  test('more differences are counted, and a quotation is cut to a few words', () => {
    const c = sharedClaim('q-000000', [ref('l', 4, 1, 'a')], [ref('r', 4, 1, 'b')], [quote, number, number]);
    expect(claimHeadline(c, o).replace(/[\u2068\u2069]/g, '')).toBe('A quotation differs: “We will rebuild the harbour wall before…” / “We will rebuild it”, and 2 more differences');
  });
});

describe('describeBriefly', () => {
  test('cuts quotations to a few words; figures stay whole', () => {
    expect(describeBriefly(quote, o, 30).replace(/[\u2068\u2069]/g, '')).toBe('Left Daily: “We will rebuild the harbour…” · Right Herald: “We will rebuild it”');
    expect(describeBriefly(number, o)).toBe('Left Daily: seven · Right Herald: eight');
  });
});

describe('weak matches', () => {
  test.each([
    [WEAK_MATCH - 0.01, true],
    [WEAK_MATCH, false],
  ])('a pair at %f similarity is weak: %s', (similarity, weak) => {
    const c = { ...harbour, similarity };
    expect(isWeakMatch(c)).toBe(weak);
    expect(claimStatus(c, o).weak).toBe(weak);
    expect(claimStatus(c, o).label.includes('weak match')).toBe(weak);
  });

  test('a one-sided claim is never a weak match', () => {
    expect(isWeakMatch(snow)).toBe(false);
  });
});
