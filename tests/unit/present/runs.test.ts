import { describe, expect, test } from 'vitest';
import { groupRuns, RUN_KEEP, RUN_MIN, type RunKey } from '../../../src/lib/present/runs.ts';

const L: RunKey = 'left-only';
const R: RunKey = 'right-only';
const S: RunKey = 'shared';

describe('groupRuns', () => {
  test('a long run of one outlet keeps its first rows and collapses the rest', () => {
    expect(groupRuns([S, R, R, R, R, R, R, S])).toEqual([
      { kind: 'claim', index: 0 },
      { kind: 'claim', index: 1 },
      { kind: 'claim', index: 2 },
      { kind: 'run', status: R, indexes: [3, 4, 5, 6] },
      { kind: 'claim', index: 7 },
    ]);
  });

  test('a run shorter than the minimum, shared claims, and alternating outlets are never collapsed', () => {
    const short = Array.from({ length: RUN_MIN - 1 }, () => L);
    expect(groupRuns(short).every((i) => i.kind === 'claim')).toBe(true);
    expect(groupRuns([S, S, S, S, S, S]).every((i) => i.kind === 'claim')).toBe(true);
    expect(groupRuns([L, R, L, R, L, R]).every((i) => i.kind === 'claim')).toBe(true);
  });

  test('every claim appears once, in order', () => {
    const keys: RunKey[] = [L, L, L, L, L, R, R, R, R, R, R, S, L, R, R, R, R, R, R, R];
    const order = groupRuns(keys).flatMap((i) => (i.kind === 'claim' ? [i.index] : i.indexes));
    expect(order).toEqual(keys.map((_, i) => i));
    const runs = groupRuns(keys).filter((i) => i.kind === 'run');
    expect(runs.map((r) => r.indexes.length)).toEqual([5 - RUN_KEEP, 6 - RUN_KEEP, 7 - RUN_KEEP]);
  });
});
