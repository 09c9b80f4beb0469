// The real-text benchmark: article pairs from ECB+ (tests/fixtures/real/),
// hand-labelled blind to the engine, and silver links at scale. Run by
// `npm run bench`; `node bench/real.ts` runs it alone.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Analysis } from '../src/lib/analysis/context.ts';
import { compareStory } from '../src/lib/compare.ts';
import { WEAK_MATCH } from '../src/lib/present/describe.ts';
import { loadStory } from '../src/lib/ingest/load-stories.ts';
import { parseArticle } from '../src/lib/ingest/parse-article.ts';
import type { Article, Comparison, Story } from '../src/lib/schemas.ts';
import { tfidfBestMatchPairs, type Pair } from './baselines.ts';
import type { SilverDoc, SilverPair } from './ecb/build-fixtures.ts';
import { scoreAlignment, type AlignmentScore, type GoldAlignment } from './evaluate.ts';

export const REAL = new URL('../tests/fixtures/real/', import.meta.url).pathname;

/** Every left × right pair inside a comparison's shared claims. */
export function pairsOf(comparison: Comparison): Pair[] {
  return comparison.claims.flatMap((c) => (c.status === 'shared' ? c.left.flatMap((l) => c.right.map((r) => [l.id, r.id] as const)) : []));
}

/** A labelled real pair: the story as the build reads it, and its labels. */
export interface RealPair {
  name: string;
  story: Story;
  gold: GoldAlignment;
}

/** The hand-labelled real pairs (folders of tests/fixtures/real with a labels.json). */
export async function realPairs(): Promise<RealPair[]> {
  const names = readdirSync(REAL, { withFileTypes: true }).filter((d) => d.isDirectory() && existsSync(path.join(REAL, d.name, 'labels.json'))).map((d) => d.name).sort();
  const out: RealPair[] = [];
  for (const name of names) {
    const { story } = await loadStory(path.join(REAL, name));
    const gold = JSON.parse(readFileSync(path.join(REAL, name, 'labels.json'), 'utf8')) as GoldAlignment;
    const source = JSON.parse(readFileSync(path.join(REAL, name, 'source.json'), 'utf8')) as { heldOut: boolean };
    out.push({ name, story, gold: { ...gold, heldOut: source.heldOut } });
  }
  return out;
}

/** Totals over several pairs: facts found of all facts, right pairs of all pairs made, traps paired. */
export interface Totals {
  facts: number;
  found: number;
  made: number;
  right: number;
  traps: number;
  oneSided: number;
  lowestRecall: number;
}

/** Adds up pair scores. */
export function total(scores: readonly { gold: GoldAlignment; score: AlignmentScore }[]): Totals {
  return scores.reduce<Totals>(
    (t, { gold, score }) => ({
      facts: t.facts + gold.claims.length,
      found: t.found + Math.round(score.recall * gold.claims.length),
      made: t.made + score.predicted,
      right: t.right + score.predicted - score.wrong.length,
      traps: t.traps + score.traps.length,
      oneSided: t.oneSided + score.oneSidedPaired,
      lowestRecall: Math.min(t.lowestRecall, score.recall),
    }),
    { facts: 0, found: 0, made: 0, right: 0, traps: 0, oneSided: 0, lowestRecall: 1 },
  );
}

const pct = (x: number) => x.toFixed(2);
const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);

/** The silver set: documents and pairs with coreference links. */
interface Silver {
  docs: Record<string, SilverDoc>;
  pairs: SilverPair[];
}

/** A silver document as an article, and the corpus sentence of each of its sentence ids. */
function silverArticle(id: string, doc: SilverDoc, side: 'left' | 'right'): { article: Article; sentenceOf: Map<string, number> } {
  const article = parseArticle(doc.text, { file: `${id}.txt`, story: 'silver', overrides: { outlet: { name: doc.outlet, id: side } } });
  const sentenceOf = new Map<string, number>();
  article.paragraphs.forEach((p, k) => p.sentences.forEach((s) => sentenceOf.set(s.id, doc.sentences[k]!)));
  return { article, sentenceOf };
}

/** Pair precision and recall of a method on the silver links (only pairs of annotated sentences are judged). */
export function scoreSilver(method: (left: Article, right: Article) => Pair[]): { precision: number; recall: number; f1: number; made: number; links: number } {
  const silver = JSON.parse(readFileSync(path.join(REAL, 'silver.json'), 'utf8')) as Silver;
  let judged = 0;
  let right = 0;
  let links = 0;
  for (const pair of silver.pairs) {
    const l = silverArticle(pair.left, silver.docs[pair.left]!, 'left');
    const r = silverArticle(pair.right, silver.docs[pair.right]!, 'right');
    const gold = new Set(pair.links.map(([a, b]) => `${a}|${b}`));
    const annotated = { left: new Set(pair.annotated.left), right: new Set(pair.annotated.right) };
    const predicted = new Set(method(l.article, r.article).map(([a, b]) => `${l.sentenceOf.get(a)}|${r.sentenceOf.get(b)}`));
    for (const key of predicted) {
      const [a, b] = key.split('|').map(Number) as [number, number];
      if (!annotated.left.has(a) || !annotated.right.has(b)) continue;
      judged++;
      if (gold.has(key)) right++;
    }
    links += gold.size;
  }
  const precision = ratio(right, judged);
  const recall = ratio(right, links);
  return { precision, recall, f1: (2 * precision * recall) / (precision + recall || 1), made: judged, links };
}

/** Shared claims on the labelled pairs by similarity band, and how many are right. */
export function similarityBands(pairs: readonly RealPair[], analysis: Analysis): { label: string; claims: number; right: number }[] {
  const edges = [0, WEAK_MATCH, 0.3, 0.4, Infinity];
  const bands = edges.slice(0, -1).map((lo, i) => ({ lo, hi: edges[i + 1]!, label: edges[i + 1] === Infinity ? `${pct(lo)} and above` : `${pct(lo)} to under ${pct(edges[i + 1]!)}`, claims: 0, right: 0 }));
  for (const p of pairs) {
    const ok = new Set([...p.gold.claims.flatMap((f) => f.left.flatMap((l) => f.right.map((r) => `${l}|${r}`))), ...(p.gold.acceptable ?? []).map(([l, r]) => `${l}|${r}`)]);
    for (const claim of compareStory(p.story, { analysis }).claims) {
      if (claim.status !== 'shared') continue;
      const band = bands.find((b) => (claim.similarity ?? 0) >= b.lo && (claim.similarity ?? 0) < b.hi)!;
      band.claims++;
      if (claim.left.some((l) => claim.right.some((r) => ok.has(`${l.id}|${r.id}`)))) band.right++;
    }
  }
  return bands;
}

/** Prints the real-text tables as Markdown. */
export async function printRealBenchmark(): Promise<void> {
  const pairs = await realPairs();
  const analysis = new Analysis();
  const methods: [string, (p: RealPair) => Pair[]][] = [
    ['Parallax', (p) => pairsOf(compareStory(p.story, { analysis }))],
    ...[0.1, 0.2, 0.3].map((t) => [`TF-IDF best match (${t})`, (p: RealPair) => tfidfBestMatchPairs(p.story.articles[0], p.story.articles[1], t)] as [string, (p: RealPair) => Pair[]]),
  ];
  console.log('## Real text: hand-labelled pairs (ECB+)\n');
  console.log('| pair | method | precision | fact recall | pair recall | pairs made | wrong | traps paired | one-sided paired |');
  console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- |');
  const results = new Map<string, { gold: GoldAlignment; score: AlignmentScore }[]>();
  for (const p of pairs) {
    for (const [method, run] of methods) {
      const score = scoreAlignment(run(p), p.gold);
      results.set(method, [...(results.get(method) ?? []), { gold: p.gold, score }]);
      const label = `${p.name}${p.gold.heldOut ? ' (held out)' : ''}`;
      console.log(`| ${label} | ${method} | ${pct(score.precision)} | ${pct(score.recall)} | ${pct(score.pairRecall)} | ${score.predicted} | ${score.wrong.length} | ${score.traps.length} | ${score.oneSidedPaired} |`);
    }
  }
  console.log('\n| set | method | facts found | fact recall | lowest fact recall of a pair | pair precision | traps paired | one-sided paired |');
  console.log('| --- | --- | --- | --- | --- | --- | --- | --- |');
  for (const [set, keep] of [['tuning', (g: GoldAlignment) => !g.heldOut], ['held out', (g: GoldAlignment) => Boolean(g.heldOut)], ['all', () => true]] as const) {
    for (const [method] of methods) {
      const t = total((results.get(method) ?? []).filter((r) => keep(r.gold)));
      console.log(`| ${set} | ${method} | ${t.found} of ${t.facts} | ${pct(ratio(t.found, t.facts))} | ${pct(t.lowestRecall)} | ${pct(ratio(t.right, t.made))} | ${t.traps} | ${t.oneSided} |`);
    }
  }
  console.log('\n## Real text: how sure a pair is, by similarity\n');
  console.log(`Shared claims Parallax makes on the labelled pairs, by the similarity the page shows; a claim is right when one of its pairs is a labelled or acceptable pair. Below ${pct(WEAK_MATCH)} the page calls a pair a weak match.\n`);
  console.log('| similarity | claims | right | share right |');
  console.log('| --- | --- | --- | --- |');
  const bands = similarityBands(pairs, analysis);
  for (const b of bands) console.log(`| ${b.label} | ${b.claims} | ${b.right} | ${pct(ratio(b.right, b.claims))} |`);
  console.log('\n## Real text: silver links (ECB+ event coreference)\n');
  console.log('| method | pair precision | pair recall | F1 | judged pairs made | links |');
  console.log('| --- | --- | --- | --- | --- | --- |');
  const silverMethods: [string, (l: Article, r: Article) => Pair[]][] = [
    ['Parallax', (l, r) => pairsOf(compareStory({ slug: 'silver', title: 'silver', date: '2000-01-01', articles: [l, r] }, { analysis }))],
    ...[0.1, 0.2, 0.3].map((t) => [`TF-IDF best match (${t})`, (l: Article, r: Article) => tfidfBestMatchPairs(l, r, t)] as [string, (l: Article, r: Article) => Pair[]]),
  ];
  for (const [method, run] of silverMethods) {
    const s = scoreSilver(run);
    console.log(`| ${method} | ${pct(s.precision)} | ${pct(s.recall)} | ${pct(s.f1)} | ${s.made} | ${s.links} |`);
  }
  console.log('');
}

if (import.meta.main) await printRealBenchmark();
