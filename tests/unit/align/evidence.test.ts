// What counts as evidence that two sentences report one fact.
import { describe, expect, test } from 'vitest';
import { compareTexts as compare } from '../../helpers/compare-texts.ts';

describe('evidence', () => {
  test('a title two different people hold is not evidence of one fact', () => {
    const c = compare(
      'Prime Minister Ana Lima resigned.',
      'Prime Minister Karel Osk resigned.',
    );
    expect(c.claims.filter((x) => x.status === 'shared')).toEqual([]);
  });

  test('the same person under the same title still pairs, on the name', () => {
    const c = compare(
      'Prime Minister Ana Lima flew to the northern border on Monday.',
      'Ana Lima, the prime minister, visited the northern border on Monday.',
    );
    const shared = c.claims.filter((x) => x.status === 'shared');
    expect(shared).toHaveLength(1);
    expect(shared[0]!.evidence!.names).toContain('Lima');
    const evidence = [...shared[0]!.evidence!.names, ...shared[0]!.evidence!.terms];
    expect(evidence).not.toContain('Minister');
    expect(evidence).not.toContain('Prime');
  });

  test('a weekday is one shared word, not a name and a date', () => {
    const c = compare('Border talks resumed in Tarn on Thursday.', 'Grain prices fell sharply on Thursday.');
    expect(c.claims.filter((x) => x.status === 'shared')).toEqual([]);
  });

  test('a reporting verb is not evidence: "said" and one word in common are not one fact', () => {
    const c = compare('Officials said the bridge was safe.', 'Witnesses said the bridge collapsed.');
    expect(c.claims.filter((x) => x.status === 'shared')).toEqual([]);
  });
});
