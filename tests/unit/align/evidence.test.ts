// What counts as evidence that two sentences report one fact.
import { describe, expect, test } from 'vitest';
import { compareStory } from '../../../src/lib/compare.ts';
import { parseArticle } from '../../../src/lib/ingest/parse-article.ts';
import type { Comparison } from '../../../src/lib/schemas.ts';

function compare(left: string, right: string): Comparison {
  const read = (text: string, name: string, id: string) => parseArticle(text, { file: `${id}.txt`, story: 's', overrides: { outlet: { name, id } } });
  return compareStory({ slug: 's', title: 'T', date: '2025-01-01', articles: [read(left, 'Left', 'l'), read(right, 'Right', 'r')] });
}

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
