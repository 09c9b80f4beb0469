import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { compareStory } from '../../../src/lib/compare.ts';
import { leftOf, rightOf } from '../../../src/lib/differences/word-diff.ts';
import { IngestError } from '../../../src/lib/ingest/errors.ts';
import { parseArticle } from '../../../src/lib/ingest/parse-article.ts';
import { comparisonSchema, type Article } from '../../../src/lib/schemas.ts';

const word = fc.oneof(
  fc.constantFrom('the', 'council', 'voted', 'Mr.', 'Alvarez', 'Alvares', 'U.S.', 'six-week', '48-hour', 'six', 'weeks', 'on', 'Tuesday', 'Thursday', 'said', '“Go now,”', 'she', '.', ',', '. .', 'cease-fire', 'ceasefire', 'talks', 'negotiations', 'the mayor,', 'Ines Varga,', 'Москва', '東京', '12', '15'),
  fc.stringMatching(/^[A-Za-z]{1,9}$/),
);
const sentence = fc.array(word, { minLength: 1, maxLength: 18 }).map((w) => `${w.join(' ')}.`);
const articleText = fc.array(sentence, { minLength: 1, maxLength: 12 }).map((s) => s.join('\n'));

function parse(text: string, outlet: string): Article | null {
  try {
    return parseArticle(text, { file: `${outlet}.txt`, story: 'random', overrides: { outlet: { name: outlet } } });
  } catch (error) {
    expect(error).toBeInstanceOf(IngestError);
    return null;
  }
}

describe('compareStory on random article pairs', () => {
  test('never crashes; valid JSON; every sentence in a claim, one-sided sentences in one only; diffs rebuild both sides exactly', () => {
    fc.assert(
      fc.property(articleText, articleText, fc.boolean(), (a, b, same) => {
        const left = parse(a, 'Left Outlet');
        const right = parse(same ? a : b, 'Right Outlet');
        if (!left || !right) return;
        const comparison = compareStory({ slug: 'random', title: 'Random', date: '2025-01-01', articles: [left, right] });
        expect(comparisonSchema.safeParse(comparison).success).toBe(true);
        const ids = [...new Set(comparison.claims.flatMap((c) => [...c.left, ...c.right].map((s) => s.id)))].sort();
        const all = [left, right].flatMap((x) => x.paragraphs.flatMap((p) => p.sentences.map((s) => s.id))).sort();
        expect(ids).toEqual(all);
        // Only a sentence that packs several facts is in more than one claim, and only in shared ones.
        const oneSided = comparison.claims.filter((c) => c.status !== 'shared').flatMap((c) => [...c.left, ...c.right].map((s) => s.id));
        const inShared = new Set(comparison.claims.filter((c) => c.status === 'shared').flatMap((c) => [...c.left, ...c.right].map((s) => s.id)));
        expect(oneSided.filter((id) => inShared.has(id))).toEqual([]);
        expect(new Set(comparison.claims.map((c) => c.id)).size).toBe(comparison.claims.length);
        for (const c of comparison.claims) {
          if (!c.diff) continue;
          expect(leftOf(c.diff)).toBe(c.left.map((s) => s.text).join(' '));
          expect(rightOf(c.diff)).toBe(c.right.map((s) => s.text).join(' '));
        }
        if (same) expect(comparison.claims.every((c) => c.status === 'shared')).toBe(true);
        // Every difference but attribution quotes each side exactly.
        for (const c of comparison.claims) {
          for (const d of c.differences.filter((x) => x.kind !== 'attribution')) {
            expect(c.left.map((s) => s.text).join(' ')).toContain(d.left);
            expect(c.right.map((s) => s.text).join(' ')).toContain(d.right);
          }
        }
      }),
      { numRuns: 150 },
    );
  });
});
