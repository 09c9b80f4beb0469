// npm run bench:build -- [N ...] [--output-only]: build cost as the archive grows (default N = 10 100);
// with --output-only, only the files and bytes per story by share-page setting.
// For each N: synthetic stories written as raw article files; a full build and
// a plain-pages build (Astro alone, the baseline) from clean caches; then one
// story added and the full build run again on the warm caches. Also the page
// weight of the seed comparison page. Prints Markdown for BENCHMARKS.md.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Article } from '../src/lib/schemas.ts';
import { makePair } from './synthetic.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
const SENTENCES = 40;

function rawText(article: Article, outlet: string, headline: string): string {
  const body = article.paragraphs.map((p) => p.sentences.map((s) => s.text).join(' ')).join('\n');
  return `${body}\nThe post ${headline} appeared first on ${outlet}.\n`;
}

function writeStory(root: string, k: number): void {
  const [left, right] = makePair(SENTENCES, 10_000 + k);
  const dir = path.join(root, `story-${String(k).padStart(5, '0')}`);
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, 'a.txt'), rawText(left, 'Harbor Ledger', `Story ${k}, as the Ledger told it`));
  writeFileSync(path.join(dir, 'b.txt'), rawText(right, 'Valley Courier', `Story ${k}, as the Courier told it`));
  writeFileSync(path.join(dir, 'story.json'), JSON.stringify({ title: `Synthetic story ${k}`, date: '2025-01-01' }));
}

function filesOf(dir: string): number {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => statSync(path.join(dir, f)).isFile()).length;
}

function sizeOf(dir: string): number {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).reduce((n, f) => {
    const s = statSync(path.join(dir, f));
    return s.isFile() ? n + s.size : n;
  }, 0);
}

interface Run {
  seconds: number;
  peakMb: number;
  distMb: number;
  log: string;
}

function build(content: string, out: string, cache: string, extra: Record<string, string> = {}): Run {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, [path.join(ROOT, 'scripts/build.mjs')], {
    cwd: ROOT,
    encoding: 'utf8',
    maxBuffer: 1 << 28,
    env: { ...process.env, PARALLAX_CONTENT: content, PARALLAX_OUT_DIR: out, PARALLAX_CACHE_DIR: cache, ...extra },
  });
  const seconds = (performance.now() - t0) / 1000;
  if (r.status !== 0) throw new Error(`build failed:\n${r.stdout}\n${r.stderr}`);
  const peak = Number(/peak memory (\d+) MB/.exec(r.stdout)?.[1] ?? NaN);
  return { seconds, peakMb: peak, distMb: sizeOf(out) / 1e6, log: r.stdout };
}

const sizes = process.argv.slice(2).map(Number).filter((n) => n > 0);

/** A scratch folder with `n` synthetic stories in its `content/`. */
function archiveOf(n: number, name: string): { scratch: string; content: string } {
  const scratch = mkdtempSync(path.join(tmpdir(), `parallax-${name}-${n}-`));
  const content = path.join(scratch, 'content');
  for (let k = 0; k < n; k++) writeStory(content, k);
  return { scratch, content };
}
const outputOnly = process.argv.includes('--output-only');
if (!outputOnly) console.log(`## Build cost as the archive grows (articles of ${SENTENCES} sentences each)\n`);
if (!outputOnly) console.log('| stories | full build (s) | s per story | peak memory (MB) | dist (MB) | plain pages (s) | ratio | add one story, rebuild (s) | re-aligned |');
if (!outputOnly) console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- |');
for (const n of outputOnly ? [] : sizes.length ? sizes : [10, 100]) {
  const { scratch, content } = archiveOf(n, 'scale');
  const full = build(content, path.join(scratch, 'dist'), path.join(scratch, 'cache'));
  const plain = build(content, path.join(scratch, 'plain'), path.join(scratch, 'plain-cache'), { PARALLAX_PLAIN: '1' });
  writeStory(content, n);
  const again = build(content, path.join(scratch, 'dist'), path.join(scratch, 'cache'));
  const aligned = /aligned (\d+), (\d+) unchanged/.exec(again.log);
  console.log(
    `| ${n} | ${full.seconds.toFixed(1)} | ${(full.seconds / n).toFixed(2)} | ${full.peakMb} | ${full.distMb.toFixed(1)} | ${plain.seconds.toFixed(1)} | ${(full.seconds / plain.seconds).toFixed(1)}× | ${again.seconds.toFixed(1)} (${((again.seconds / full.seconds) * 100).toFixed(0)}%) | ${aligned ? `${aligned[1]} of ${Number(aligned[1]) + Number(aligned[2])}` : '?'} |`,
  );
}

// What a static host receives per story, by which claims get a share page and card (PARALLAX_SHARE_PAGES).
console.log('\n## Output per story, by share-page setting\n');
console.log('| stories | PARALLAX_SHARE_PAGES | files per story | KB per story | dist (MB) |');
console.log('| --- | --- | --- | --- | --- |');
for (const n of sizes.length ? sizes : [10, 100]) {
  const { scratch, content } = archiveOf(n, 'output');
  for (const pages of ['all', 'shared', 'none']) {
    const out = path.join(scratch, `dist-${pages}`);
    build(content, out, path.join(scratch, `cache-${pages}`), { PARALLAX_SHARE_PAGES: pages });
    console.log(`| ${n} | ${pages} | ${(filesOf(out) / n).toFixed(1)} | ${(sizeOf(out) / 1000 / n).toFixed(0)} | ${(sizeOf(out) / 1e6).toFixed(1)} |`);
  }
}

// Page weight of the seed comparison page, against the floor: the two raw texts gzipped.
const scratch = mkdtempSync(path.join(tmpdir(), 'parallax-weight-'));
build(path.join(ROOT, 'content/stories'), path.join(scratch, 'dist'), path.join(scratch, 'cache'));
const site = path.join(scratch, 'dist');
const [slug] = readdirSync(path.join(site, 'compare'));
const html = readFileSync(path.join(site, 'compare', slug!, 'index.html'));
const assets = [...html.toString().matchAll(/(?:href|src)="(\/_astro\/[^"]+)"/g)].map((m) => readFileSync(path.join(site, m[1]!)));
const css = assets.filter((_, i) => /\.css$/.test([...html.toString().matchAll(/(?:href|src)="(\/_astro\/[^"]+)"/g)][i]![1]!));
const inlineJs = [...html.toString().matchAll(/<script[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]!).join('');
const story = readdirSync(path.join(ROOT, 'content/stories'))[0]!;
const raw = readdirSync(path.join(ROOT, 'content/stories', story)).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(path.join(ROOT, 'content/stories', story, f)));
const kb = (b: Buffer | string) => (Buffer.byteLength(b) / 1024).toFixed(1);
const gz = (b: Buffer | string) => (gzipSync(b).length / 1024).toFixed(1);
const cssAll = Buffer.concat(css);
const total = Buffer.concat([html, cssAll]);
console.log('\n## Page weight of the seed comparison page\n');
console.log('| part | raw (KB) | gzip (KB) |');
console.log('| --- | --- | --- |');
console.log(`| HTML (inline script included) | ${kb(html)} | ${gz(html)} |`);
console.log(`| CSS | ${kb(cssAll)} | ${gz(cssAll)} |`);
console.log(`| JS (inline) | ${kb(inlineJs)} | ${gz(inlineJs)} |`);
console.log('| fonts | 0 | 0 |');
console.log(`| **page total** | ${kb(total)} | ${(gzipSync(html).length / 1024 + gzipSync(cssAll).length / 1024).toFixed(1)} |`);
console.log(`| floor: the two raw articles | ${kb(Buffer.concat(raw))} | ${gz(Buffer.concat(raw))} |`);
