import { describe, expect, test } from 'vitest';
import { compareOutletsStory, compareStory } from '../../src/lib/compare.ts';
import { parseArticle } from '../../src/lib/ingest/parse-article.ts';
import { outletsComparisonSchema, type Story } from '../../src/lib/schemas.ts';

const read = (id: string, text: string) => parseArticle(text, { file: `${id}.txt`, story: 's', overrides: { outlet: { name: id.toUpperCase(), id } } });
const filler = (k: number) => ['Snow closed the mountain pass above Tarn overnight.', 'A choir sang at the harbour chapel on Sunday.', 'Schools in the valley will open an hour late.'][k]!;
const story: Story = {
  slug: 's',
  title: 'T',
  date: '2025-03-01',
  articles: [
    read('ax', `The council voted on Monday to close the Kestrel bridge in Tarn for 11 weeks of repairs costing 40 million euros.\n\n${filler(0)}`),
    read('by', `Tarn council voted on Monday to shut the Kestrel bridge for 11 weeks of repairs costing 40 million euros.\n\n${filler(1)}`),
    read('cz', `On Monday the Tarn council voted to close the Kestrel bridge for 11 weeks of repairs costing 45 million euros.\n\n${filler(2)}`),
  ],
};

describe('compareOutletsStory', () => {
  const c = compareOutletsStory(story);

  test('a fact all three report is one claim of three, with a comparison for each pair', () => {
    expect(outletsComparisonSchema.parse(c)).toBeTruthy();
    expect(c.claims[0]!.outlets).toEqual(['ax', 'by', 'cz']);
    expect(c.pairs.map((p) => p.path)).toEqual(['ax-vs-by', 'ax-vs-cz', 'by-vs-cz']);
    expect(c.claims.filter((x) => x.outlets.length === 1)).toHaveLength(3);
  });

  test('where the outlets split, each wording is given with the outlets that use it', () => {
    const number = c.claims[0]!.differences.find((d) => d.kind === 'number');
    expect(number?.values).toEqual([
      { outlets: ['ax', 'by'], text: '40 million' },
      { outlets: ['cz'], text: '45 million' },
    ]);
  });

  test('the two-outlet engine refuses a story of three', () => {
    expect(() => compareStory(story)).toThrow(/compares two articles/);
  });
});
