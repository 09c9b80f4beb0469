// npm run bench: alignment quality against baselines on the labelled seed
// pair, and alignment time as articles grow. Prints Markdown for BENCHMARKS.md.
import { readFileSync } from 'node:fs';
import { alignClaims } from '../src/lib/align/align-claims.ts';
import { scoreAlignment, type GoldAlignment } from '../src/lib/align/evaluate.ts';
import { wordnetKeys } from '../src/lib/align/paraphrase.ts';
import { compareStory } from '../src/lib/compare.ts';
import { loadStories } from '../src/lib/ingest/load-stories.ts';
import { tfidfBestMatchPairs, wholeDocumentDiffPairs, type Pair } from './baselines.ts';
import { makePair } from './synthetic.ts';

const gold = JSON.parse(readFileSync(new URL('../tests/fixtures/seed/alignment.json', import.meta.url), 'utf8')) as GoldAlignment;
const stories = await loadStories(new URL('../content/stories/', import.meta.url).pathname);
const story = stories.find((s) => s.articles[0].paragraphs[0]!.sentences[0]!.id === gold.claims[0]!.left[0]!.split('-p')[0] + '-p01-s1') ?? stories[0]!;
const [left, right] = story.articles;

const parallax = compareStory(story)
  .claims.filter((c) => c.status === 'shared')
  .flatMap((c) => c.left.flatMap((l) => c.right.map((r) => [l.id, r.id] as Pair)));
const rows: [string, Pair[]][] = [
  ['Parallax', parallax],
  ['Whole-document word diff (jsdiff, runs of 3+ words)', wholeDocumentDiffPairs(left, right)],
  // The baseline at several thresholds: its precision and recall trade off, never both reach Parallax's.
  ...[0.1, 0.15, 0.2, 0.3].map((t) => [`TF-IDF cosine best match (threshold ${t})`, tfidfBestMatchPairs(left, right, t)] as [string, Pair[]]),
];
const pct = (x: number) => x.toFixed(2);
console.log(`## Alignment quality on the labelled seed pair (${gold.claims.length} shared facts)\n`);
console.log('| method | precision | fact recall | pair recall | pairs made | wrong pairs |');
console.log('| --- | --- | --- | --- | --- | --- |');
for (const [name, pairs] of rows) {
  const s = scoreAlignment(pairs, gold);
  console.log(`| ${name} | ${pct(s.precision)} | ${pct(s.recall)} | ${pct(s.pairRecall)} | ${s.predicted} | ${s.wrong.length} |`);
}
const parallaxScore = scoreAlignment(parallax, gold);
console.log(`\nFacts Parallax misses: ${parallaxScore.missed.join('; ') || 'none'}.`);
console.log(`Pairs it makes that the labelling calls wrong: ${parallaxScore.wrong.map(([a, b]) => `${a}↔${b}`).join(', ') || 'none'}.\n`);

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
