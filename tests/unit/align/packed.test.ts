import { describe, expect, test } from 'vitest';
import { tokenize } from '../../../src/lib/analysis/tokens.ts';
import { alignmentWords } from '../../../src/lib/align/alignment-words.ts';
import { packedClaims } from '../../../src/lib/align/packed.ts';

const LEAD = 'The harbour council approved a budget of 40 million euros on Monday, and the mayor resigned after a long dispute with the dock workers union over pay, pensions and night shifts at the port.';
const FIRST = 'Councillors approved a harbour budget of 40 million euros on Monday.';

/** The further claims of a lead already paired with FIRST, for each candidate second sentence. */
function further(second: string, lead = LEAD): number {
  const sentences = [lead, FIRST, second].map((t) => tokenize(t));
  const words = alignmentWords(sentences, { canonical: (k) => k });
  const pairs = [{ left: 0, right: 1, score: 0.5 }];
  return packedClaims(pairs, [{ left: [0], right: [0] }], { left: new Set([0]), right: new Set([0]) }, { words, leftCount: 1, coverage: 0.6, mass: 8, minWords: 14 }).length;
}

describe('packedClaims', () => {
  test.each([
    ['the lead’s second fact, told apart', 'The mayor resigned after a long dispute with the dock workers union over pay, pensions and night shifts.', LEAD, 1],
    ['a figure on each side and none in common: another occasion (the 2009 fire is not this one)', 'In 2009 the mayor resigned after a long dispute with the dock workers union over pay, pensions and 12 night shifts.', LEAD, 0],
    ['a short sentence packs one fact only', 'The mayor resigned after a long dispute with the dock workers union.', 'The council approved the budget and the mayor resigned over the dock workers union dispute.', 0],
    ['nothing but what the first claim already used', 'Councillors approved the budget of 40 million euros.', LEAD, 0],
  ])('%s', (_name, second, lead, expected) => {
    expect(further(second, lead)).toBe(expected);
  });
});
