// Claims across three outlets (issue 15) against hand labels: the stories in
// tests/fixtures/real-outlets/ with a labels.json, labelled by people who
// never saw the engine's output. Run with `node bench/outlets.ts` (also part
// of `npm run bench`).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { alignOutlets, type OutletsClaim } from '../src/lib/align/outlets.ts';
import { Analysis } from '../src/lib/analysis/context.ts';
import { compareOutletsStory, compareStory } from '../src/lib/compare.ts';
import { parseArticle } from '../src/lib/ingest/parse-article.ts';
import type { Article, Comparison, Story } from '../src/lib/schemas.ts';
import { tfidfBestMatchPairs } from './baselines.ts';
import { makeOutlets } from './synthetic.ts';

export const OUTLETS = new URL('../tests/fixtures/real-outlets/', import.meta.url).pathname;

interface OutletLabels {
  facts: { fact: string; sentences: Record<string, string[]> }[];
  traps?: { a: string; b: string; why?: string }[];
}

export interface OutletStory {
  name: string;
  articles: Article[];
  labels: OutletLabels | null;
}

/** The stories of several outlets, each article parsed as its folder's manifest says. */
export function outletStories(): OutletStory[] {
  if (!existsSync(OUTLETS)) return [];
  return readdirSync(OUTLETS, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort()
    .map((name) => {
      const dir = path.join(OUTLETS, name);
      const manifest = JSON.parse(readFileSync(path.join(dir, 'story.json'), 'utf8')) as { articles: { file: string; outlet: { name: string; id: string } }[] };
      const articles = manifest.articles.map((a) => parseArticle(readFileSync(path.join(dir, a.file), 'utf8'), { file: a.file, story: name, overrides: { outlet: a.outlet } }));
      const labelsFile = path.join(dir, 'labels.json');
      return { name, articles, labels: existsSync(labelsFile) ? (JSON.parse(readFileSync(labelsFile, 'utf8')) as OutletLabels) : null };
    });
}

const pairKey = (x: string, y: string) => (x < y ? `${x}|${y}` : `${y}|${x}`);

/** Every cross-outlet sentence pair of a set of claims. */
function crossPairs(claims: readonly { sentences: Record<string, readonly string[]> }[]): Set<string> {
  const out = new Set<string>();
  for (const c of claims) {
    const outlets = Object.keys(c.sentences);
    for (const [i, o] of outlets.entries()) for (const p of outlets.slice(i + 1)) for (const x of c.sentences[o]!) for (const y of c.sentences[p]!) out.add(pairKey(x, y));
  }
  return out;
}

export interface OutletScore {
  /** Predicted cross-outlet sentence pairs that a labelled fact holds. */
  precision: number;
  /** Labelled facts found: a predicted claim pairs sentences of two of its outlets. */
  factRecall: number;
  /** Labelled (fact, outlet) memberships the best predicted claim for the fact has. */
  outletRecall: number;
  /** Predicted claims of two or more outlets. */
  claims: number;
  traps: number;
}

/** Scores claims across outlets against the labels. */
export function scoreOutlets(predicted: readonly OutletsClaim[], labels: OutletLabels): OutletScore {
  const asIds = predicted.filter((c) => Object.keys(c.sentences).length >= 2).map((c) => ({ sentences: Object.fromEntries(Object.entries(c.sentences).map(([o, s]) => [o, s.map((x) => x.id)])) }));
  const gold = crossPairs(labels.facts);
  const made = crossPairs(asIds);
  const right = [...made].filter((p) => gold.has(p)).length;
  let found = 0;
  let members = 0;
  let covered = 0;
  for (const fact of labels.facts) {
    const factPairs = crossPairs([fact]);
    const outlets = Object.keys(fact.sentences);
    members += outlets.length;
    // The predicted claim that holds most of the fact's outlets through labelled sentences.
    const best = Math.max(0, ...asIds.map((c) => outlets.filter((o) => (c.sentences[o] ?? []).some((id) => fact.sentences[o]!.includes(id))).length));
    if ([...factPairs].some((p) => made.has(p))) found++;
    covered += best >= 2 ? best : 0;
  }
  const traps = (labels.traps ?? []).filter((t) => made.has(pairKey(t.a, t.b))).length;
  const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);
  return { precision: ratio(right, made.size), factRecall: ratio(found, labels.facts.length), outletRecall: ratio(covered, members), claims: asIds.length, traps };
}

/** The two-outlet engine, and TF-IDF best match as a baseline, each joined across outlets the same way. */
export function outletMethods(analysis: Analysis): [string, (a: Article, b: Article) => Comparison][] {
  const parallax = (a: Article, b: Article) => compareStory({ slug: 'outlets', title: 'outlets', date: '2000-01-01', articles: [a, b] }, { analysis });
  const tfidf = (a: Article, b: Article): Comparison => {
    const pairs = tfidfBestMatchPairs(a, b, 0.1);
    const base = parallax(a, b);
    const ref = (art: Article, id: string) => ({ id, text: art.paragraphs.flatMap((p) => p.sentences).find((s) => s.id === id)!.text });
    const shared = pairs.map(([l, r]) => ({ ...base.claims.find((c) => c.status === 'shared')!, status: 'shared' as const, left: [ref(a, l)] as [{ id: string; text: string }], right: [ref(b, r)] as [{ id: string; text: string }] }));
    return { ...base, claims: shared };
  };
  return [['Parallax', parallax], ['TF-IDF best match (0.1), joined the same way', tfidf]];
}

/** Prints the table of claims across outlets. */
export function printOutletBenchmark(): void {
  const analysis = new Analysis();
  const stories = outletStories().filter((s) => s.labels);
  console.log('## Real text: claims across three outlets (ECB+)\n');
  console.log('| story | method | pair precision | fact recall | outlet recall | claims of 2+ outlets | traps paired |');
  console.log('| --- | --- | --- | --- | --- | --- | --- |');
  for (const story of stories) {
    for (const [method, compare] of outletMethods(analysis)) {
      const s = scoreOutlets(alignOutlets(story.articles, compare), story.labels!);
      console.log(`| ${story.name} | ${method} | ${s.precision.toFixed(2)} | ${s.factRecall.toFixed(2)} | ${s.outletRecall.toFixed(2)} | ${s.claims} | ${s.traps} |`);
    }
  }
  console.log('\n| outlets × sentences (synthetic) | pairs compared | align, median of 5 (ms) |');
  console.log('| --- | --- | --- |');
  for (const count of [2, 3, 5]) {
    const articles = makeOutlets(40, count);
    const [, parallax] = outletMethods(new Analysis())[0]!;
    const times: number[] = [];
    for (let run = 0; run < 5; run++) {
      const start = performance.now();
      alignOutlets(articles, parallax);
      times.push(performance.now() - start);
    }
    times.sort((a, b) => a - b);
    console.log(`| ${count} × 40 | ${(count * (count - 1)) / 2} | ${Math.round(times[2]!)} |`);
  }
  // What each outlet adds to a story's comparison: the real four-outlet story, cut to its first 2, 3 and 4 articles.
  const four = outletStories().find((s) => s.articles.length === 4);
  if (four) {
    console.log('\n| story | outlets | pairs compared | compare the story, median of 5 (ms) |');
    console.log('| --- | --- | --- | --- |');
    for (const count of [2, 3, 4]) {
      const articles = four.articles.slice(0, count) as Story['articles'];
      const story: Story = { slug: four.name, title: four.name, date: '2013-07-02', articles };
      const analysis = new Analysis();
      const times: number[] = [];
      for (let run = 0; run < 5; run++) {
        const start = performance.now();
        if (count === 2) compareStory(story, { analysis });
        else compareOutletsStory(story, { analysis });
        times.push(performance.now() - start);
      }
      times.sort((a, b) => a - b);
      console.log(`| ${four.name} | ${count} | ${(count * (count - 1)) / 2} | ${Math.round(times[2]!)} |`);
    }
  }
  console.log('');
}

if (import.meta.main) printOutletBenchmark();
