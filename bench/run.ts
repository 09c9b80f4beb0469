// npm run bench: alignment quality on real reporting (ECB+, hand-labelled and
// silver), then on the seed and synthetic pairs (regression guards), against
// baselines; alignment time as articles grow, and the worst-case input
// shapes. Prints Markdown for BENCHMARKS.md.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { alignClaims } from '../src/lib/align/align-claims.ts';
import { scoreAlignment, type GoldAlignment } from './evaluate.ts';
import { wordnetKeys } from '../src/lib/align/paraphrase.ts';
import { compareStory } from '../src/lib/compare.ts';
import { loadStories } from '../src/lib/ingest/load-stories.ts';
import { parseArticle } from '../src/lib/ingest/parse-article.ts';
import type { Story } from '../src/lib/schemas.ts';
import { tfidfBestMatchPairs, wholeDocumentDiffPairs, type Pair } from './baselines.ts';
import { makePair } from './synthetic.ts';
import { printRealBenchmark } from './real.ts';
import { printOutletBenchmark } from './outlets.ts';
import { printWorstCases } from './worst-cases.ts';

interface LabelledPair {
  name: string;
  story: Story;
  gold: GoldAlignment;
}

/** The seed story with its labelling, and every pair under tests/fixtures/labelled/. */
async function labelledPairs(): Promise<LabelledPair[]> {
  const seedGold = JSON.parse(readFileSync(new URL('../tests/fixtures/seed/alignment.json', import.meta.url), 'utf8')) as GoldAlignment;
  const stories = await loadStories(new URL('../content/stories/', import.meta.url).pathname);
  const leftId = seedGold.claims[0]!.left[0]!.split('-p')[0];
  // The engine is measured, not the editor: the story's corrections are left out.
  const { corrections: _editor, ...seed } = stories.find((s) => s.articles[0].outlet.id === leftId) ?? stories[0]!;
  const pairs: LabelledPair[] = [{ name: `seed (${seed.articles[0].outlet.name} / ${seed.articles[1].outlet.name})`, story: seed, gold: seedGold }];
  const dir = new URL('../tests/fixtures/labelled/', import.meta.url);
  const names = existsSync(dir) ? readdirSync(dir, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort() : [];
  for (const name of names) {
    const read = (f: string) => parseArticle(readFileSync(new URL(`${name}/${f}`, dir), 'utf8'), { file: f, story: name });
    const story: Story = { slug: name, title: name, date: '2025-01-01', articles: [read('left.txt'), read('right.txt')] };
    pairs.push({ name, story, gold: JSON.parse(readFileSync(new URL(`${name}/labels.json`, dir), 'utf8')) as GoldAlignment });
  }
  return pairs;
}

const pct = (x: number) => x.toFixed(2);
// Real text decides; the seed and the synthetic pairs guard against regressions.
await printRealBenchmark();
printOutletBenchmark();
for (const { name, story, gold } of await labelledPairs()) {
  const [left, right] = story.articles;
  const parallax = compareStory(story)
    .claims.filter((c) => c.status === 'shared')
    .flatMap((c) => c.left.flatMap((l) => c.right.map((r) => [l.id, r.id] as Pair)));
  const rows: [string, Pair[]][] = [
    ['Parallax', parallax],
    ['Whole-document word diff (jsdiff, runs of 3+ words)', wholeDocumentDiffPairs(left, right)],
    // The baseline at several thresholds: its precision and recall trade off.
    ...[0.1, 0.15, 0.2, 0.3].map((t) => [`TF-IDF cosine best match (threshold ${t})`, tfidfBestMatchPairs(left, right, t)] as [string, Pair[]]),
  ];
  console.log(`## Alignment quality: ${name}, ${gold.claims.length} labelled shared facts\n`);
  console.log('| method | precision | fact recall | pair recall | pairs made | wrong pairs |');
  console.log('| --- | --- | --- | --- | --- | --- |');
  for (const [method, pairs] of rows) {
    const s = scoreAlignment(pairs, gold);
    console.log(`| ${method} | ${pct(s.precision)} | ${pct(s.recall)} | ${pct(s.pairRecall)} | ${s.predicted} | ${s.wrong.length} |`);
  }
  const score = scoreAlignment(parallax, gold);
  console.log(`\nFacts Parallax misses: ${score.missed.join('; ') || 'none'}.`);
  console.log(`Pairs it makes that the labelling calls wrong: ${score.wrong.map(([a, b]) => `${a}↔${b}`).join(', ') || 'none'}.\n`);
}

console.log('## Alignment time (two synthetic articles of n sentences each)\n');
console.log('| n per article | sentence pairs | align (ms, median of 3) | full comparison (ms) | ms per 1,000 pairs |');
console.log('| --- | --- | --- | --- | --- |');
// Warm the NLP model and WordNet index first, so the first row does not pay for loading them.
alignClaims(...makePair(20, 9), { synonyms: wordnetKeys });
for (const n of [100, 1000, 5000]) {
  const [l, r] = makePair(n, n);
  const times: number[] = [];
  for (let k = 0; k < 3; k++) {
    const t0 = performance.now();
    alignClaims(l, r, { synonyms: wordnetKeys });
    times.push(performance.now() - t0);
  }
  const t0 = performance.now();
  compareStory({ slug: 'synthetic', title: 'synthetic', date: '2025-01-01', articles: [l, r] });
  const full = performance.now() - t0;
  const median = times.sort((a, b) => a - b)[1]!;
  console.log(`| ${n.toLocaleString('en-US')} | ${(n * n).toLocaleString('en-US')} | ${median.toFixed(0)} | ${full.toFixed(0)} | ${((median / (n * n)) * 1000).toFixed(3)} |`);
}

console.log('');
printWorstCases();
