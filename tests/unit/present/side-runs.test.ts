import { describe, expect, test } from 'vitest';
import { sideRuns } from '../../../src/lib/present/side-runs.ts';
import type { Claim, Difference } from '../../../src/lib/schemas.ts';
import { oneSidedClaim, ref, sharedClaim } from '../../helpers/comparison.ts';

const seg = (value: string, kind: 'same' | 'added' | 'removed', rightValue?: string) => ({ value, added: kind === 'added', removed: kind === 'removed', ...(rightValue ? { rightValue } : {}) });

/** A shared claim of one sentence a side, with a word diff and differences. */
function claim(left: string, right: string, diff: ReturnType<typeof seg>[], differences: Difference[] = []): Claim {
  return { ...sharedClaim('c-000000', [ref('l', 1, 1, left)], [ref('r', 1, 1, right)], differences), diff };
}

describe('sideRuns', () => {
  const left = 'The council voted 7-2 on Tuesday to close the bridge.';
  const right = 'The council voted 8-1 on Thursday to close the bridge.';
  const diff = [seg('The council voted ', 'same'), seg('7-2', 'removed'), seg('8-1', 'added'), seg(' on ', 'same'), seg('Tuesday', 'removed'), seg('Thursday', 'added'), seg(' to close the bridge.', 'same')];
  const number: Difference = { kind: 'number', left: '7-2', right: '8-1', note: '' };
  const c = claim(left, right, diff, [{ kind: 'wording', left: 'x', right: 'y', note: '' }, number]);

  test('both sides are marked the same way: words worded differently are "changed" on each side', () => {
    const l = sideRuns(c, 'left');
    const r = sideRuns(c, 'right');
    expect(l.filter((x) => x.mark === 'changed').map((x) => x.text)).toEqual(['Tuesday']);
    expect(r.filter((x) => x.mark === 'changed').map((x) => x.text)).toEqual(['Thursday']);
  });

  test('the wording of a difference is marked over the word diff, numbered as its badge (wording differences count in the numbering)', () => {
    const l = sideRuns(c, 'left');
    expect(l.filter((x) => x.mark === 'difference')).toEqual([{ text: '7-2', mark: 'difference', n: 2, kind: 'number' }]);
    expect(sideRuns(c, 'right').find((x) => x.mark === 'difference')).toEqual({ text: '8-1', mark: 'difference', n: 2, kind: 'number' });
  });

  test('the runs join to the text as published, on both sides', () => {
    expect(sideRuns(c, 'left').map((x) => x.text).join('')).toBe(left);
    expect(sideRuns(c, 'right').map((x) => x.text).join('')).toBe(right);
  });

  test('a difference found only inside a longer word is not marked there', () => {
    const inWord = claim('He won 12 of 120 seats.', 'He won 13 of 120 seats.', [seg('He won ', 'same'), seg('12', 'removed'), seg('13', 'added'), seg(' of 120 seats.', 'same')], [{ kind: 'number', left: '12', right: '13', note: '' }]);
    const runs = sideRuns(inWord, 'left');
    expect(runs.filter((x) => x.mark === 'difference').map((x) => x.text)).toEqual(['12']);
    expect(runs.map((x) => x.text).join('')).toBe('He won 12 of 120 seats.');
  });

  test('a difference whose first occurrence another difference covers is marked at its next one', () => {
    const c2 = claim('Mayor John Smith thanked Smith, his deputy.', 'Mayor Jon Smyth thanked Smyth, his deputy.', [seg('Mayor John Smith thanked Smith, his deputy.', 'removed'), seg('Mayor Jon Smyth thanked Smyth, his deputy.', 'added')], [
      { kind: 'name', left: 'John Smith', right: 'Jon Smyth', note: '' },
      { kind: 'name', left: 'Smith', right: 'Smyth', note: '' },
    ]);
    expect(sideRuns(c2, 'left').filter((r) => r.mark === 'difference').map((r) => r.text)).toEqual(['John Smith', 'Smith']);
  });

  test('the right side shows its own case and quotes where the diff saw them as the same word', () => {
    const c2 = claim('“Go,” he said.', '"Go," he said.', [seg('“Go,” he said.', 'same', '"Go," he said.')]);
    expect(sideRuns(c2, 'right')).toEqual([{ text: '"Go," he said.', mark: null }]);
  });

  test('a wording too far apart to diff, or a diff that does not match the text, shows the text unmarked but for its differences', () => {
    const apart = claim('Hopes were not high for quick agreements.', 'There is little hope any effort will succeed.', [seg('Hopes were not high for quick agreements.', 'removed'), seg('There is little hope any effort will succeed.', 'added')]);
    expect(sideRuns(apart, 'left')).toEqual([{ text: 'Hopes were not high for quick agreements.', mark: null }]);
    const drifted = claim('The vote was close.', 'The vote was tight.', [seg('Something else entirely', 'same')]);
    expect(sideRuns(drifted, 'right')).toEqual([{ text: 'The vote was tight.', mark: null }]);
  });

  test('a one-sided claim is its text', () => {
    expect(sideRuns(oneSidedClaim('o-111111', ref('r', 2, 1, 'A choir sang.')), 'right')).toEqual([{ text: 'A choir sang.', mark: null }]);
  });
});
