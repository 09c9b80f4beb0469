import { describe, expect, test } from 'vitest';
import { markShared } from '../../../src/lib/present/mark-shared.ts';

describe('markShared', () => {
  test('marks the shared words by stem and gives the text back whole', () => {
    const text = 'And there remains pessimism that Hamas will agree to a new plan.';
    const runs = markShared(text, ['Hamas', 'agreed', 'plans']);
    expect(runs.map((r) => r.text).join('')).toBe(text);
    expect(runs.filter((r) => r.shared).map((r) => r.text)).toEqual(['Hamas', 'agree', 'plan']);
  });

  test('dotted acronyms meet their plain form', () => {
    expect(markShared('The CIA chief', ['C.I.A.']).filter((r) => r.shared).map((r) => r.text)).toEqual(['CIA']);
  });
});
