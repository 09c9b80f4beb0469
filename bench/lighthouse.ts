// npm run bench:lighthouse: Lighthouse scores (mobile profile, its default
// throttling) for the seed comparison page, built into a scratch folder and
// served from it. Uses Debian's Chromium (CHROMIUM_PATH overrides). Prints
// Markdown for BENCHMARKS.md.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import sirv from 'sirv';

const ROOT = path.resolve(import.meta.dirname, '..');
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

// The server's port must be known before the build, so canonical URLs name the origin Lighthouse loads.
const serve = sirv(mkdtempSync(path.join(tmpdir(), 'parallax-lh-empty-')));
let handler = serve;
const server = createServer((req, res) => handler(req, res));
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

const scratch = mkdtempSync(path.join(tmpdir(), 'parallax-lh-'));
const out = path.join(scratch, 'dist');
const built = spawnSync(process.execPath, [path.join(ROOT, 'scripts/build.mjs')], {
  cwd: ROOT,
  encoding: 'utf8',
  env: { ...process.env, PARALLAX_OUT_DIR: out, PARALLAX_CACHE_DIR: path.join(scratch, 'cache'), PARALLAX_SITE: origin },
});
if (built.status !== 0) throw new Error(`build failed:\n${built.stdout}\n${built.stderr}`);
handler = sirv(out, { etag: true, gzip: false });

const [slug] = readdirSync(path.join(out, 'compare'));
const url = `${origin}/compare/${slug}/`;
const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
  chromeFlags: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
try {
  const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: CATEGORIES });
  if (!result) throw new Error('Lighthouse returned no result');
  const { categories, audits } = result.lhr;
  console.log(`## Lighthouse, mobile profile: ${new URL(url).pathname}\n`);
  console.log('| category | score |');
  console.log('| --- | --- |');
  for (const id of CATEGORIES) console.log(`| ${categories[id]!.title} | ${Math.round((categories[id]!.score ?? 0) * 100)} |`);
  const metrics = ['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time', 'cumulative-layout-shift', 'speed-index'];
  console.log(`\n${metrics.map((m) => `${audits[m]!.title}: ${audits[m]!.displayValue}`).join('; ')}.`);
  const failed = Object.values(audits).filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode !== 'informative' && a.scoreDisplayMode !== 'manual');
  console.log(`\nAudits below full marks: ${failed.map((a) => `${a.id} (${a.score})`).join(', ') || 'none'}.`);
} finally {
  await chrome.kill();
  server.close();
}
