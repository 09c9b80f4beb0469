import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { scoreAlignment, type GoldAlignment } from '../../../bench/evaluate.ts';
import { compareStory } from '../../../src/lib/compare.ts';
import { parseArticle } from '../../../src/lib/ingest/parse-article.ts';
import { ROOT } from '../../helpers/paths.ts';

const DIR = path.join(ROOT, 'tests/fixtures/labelled');
const names = readdirSync(DIR, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort();

// Pairs labelled by someone who never saw the engine's output. The figures for
// each are in BENCHMARKS.md; these guards catch a regression below them:
// precision and fact recall no lower than measured (rounded down). A new
// labelled pair needs its floors here.
const FLOORS: Record<string, { precision: number; recall: number }> = {
  'court-ruling': { precision: 0.85, recall: 0.4 },
  earthquake: { precision: 1, recall: 0.65 },
  'plant-closure': { precision: 1, recall: 0.5 },
  'trade-talks': { precision: 1, recall: 0.9 },
  wildfire: { precision: 0.9, recall: 0.65 },
};

describe.each(names)('labelled pair %s', (name) => {
  test('pairs and finds facts no worse than measured', () => {
    const read = (f: string) => parseArticle(readFileSync(path.join(DIR, name, f), 'utf8'), { file: f, story: name });
    const comparison = compareStory({ slug: name, title: name, date: '2025-01-01', articles: [read('left.txt'), read('right.txt')] });
    const gold = JSON.parse(readFileSync(path.join(DIR, name, 'labels.json'), 'utf8')) as GoldAlignment;
    const pairs = comparison.claims.filter((c) => c.status === 'shared').flatMap((c) => c.left.flatMap((l) => c.right.map((r) => [l.id, r.id] as const)));
    const score = scoreAlignment(pairs, gold);
    const floor = FLOORS[name];
    expect(floor, `no floors recorded for ${name}`).toBeDefined();
    expect(score.precision).toBeGreaterThanOrEqual(floor!.precision);
    expect(score.recall).toBeGreaterThanOrEqual(floor!.recall);
  });
});
