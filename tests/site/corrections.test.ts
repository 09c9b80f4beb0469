// An editor's corrections in story.json, as readers see them (issue 14).
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { comparisonSchema, type Comparison } from '../../src/lib/schemas.ts';
import { siteSession } from '../helpers/browser.ts';
import { buildSite } from '../helpers/build-site.ts';
import { SEED_SITE } from '../helpers/paths.ts';
import { goodManifest, makeContentRoot, storyFiles } from '../helpers/story-dir.ts';

const slug = readFileSync(path.join(SEED_SITE, 'sitemap-0.xml'), 'utf8').match(/\/compare\/([^/]+)\//)![1]!;
const comparison = comparisonSchema.parse(JSON.parse(readFileSync(path.join(SEED_SITE, `api/comparisons/${slug}.json`), 'utf8')));
const seedManifest = JSON.parse(readFileSync(path.join(import.meta.dirname, '../../content/stories', slug, 'story.json'), 'utf8')) as { corrections: { pair: [string, string][]; unpair: [string, string][] } };
const holding = (c: Comparison, id: string) => c.claims.find((x) => [...x.left, ...x.right].some((s) => s.id === id))!;
const seed = siteSession(SEED_SITE);

describe('the seed story’s corrections', () => {
  const [pairLeft, pairRight] = seedManifest.corrections.pair[0]!;
  const [unpairLeft] = seedManifest.corrections.unpair[0]!;

  test('the JSON marks the editor’s claims and only those; the rest are the engine’s', () => {
    const paired = holding(comparison, pairLeft);
    expect([paired.status, paired.origin, paired.edit]).toEqual(['shared', 'editor', 'paired']);
    expect(paired.right.map((s) => s.id)).toContain(pairRight);
    const left = holding(comparison, unpairLeft);
    expect([left.origin, left.edit]).toEqual(['editor', 'separated']);
    expect(left.right.map((s) => s.id)).not.toContain(pairRight);
    expect(comparison.claims.filter((c) => c.origin === 'editor')).toHaveLength(2);
  });

  test('the comparison page and the claim’s share page say "Paired by an editor"', async () => {
    const id = holding(comparison, pairLeft).id;
    const page = await seed.open(`/compare/${slug}/`);
    await expect(page.locator(`[id="${id}"] .editor-mark`).innerText()).resolves.toBe('Paired by an editor');
    await expect(page.locator(`[id="${holding(comparison, unpairLeft).id}"] .editor-mark`).innerText()).resolves.toBe('An editor separated a sentence from this claim');
    await expect(page.locator('.editor-mark').count()).resolves.toBe(2);
    await page.goto(`${seed.url}/compare/${slug}/claims/${id}/`);
    await expect(page.locator('.editor-mark').innerText()).resolves.toBe('Paired by an editor');
    await page.context().close();
  });
});

describe('near misses on the page', () => {
  test('a one-sided claim with a candidate shows it collapsed, without script: the sentence, a link to its claim, and why they were not paired', async () => {
    const claim = comparison.claims.find((c) => c.status !== 'shared' && c.nearest !== null && c.nearest.why.startsWith('they share only'))!;
    if (claim.status === 'shared' || !claim.nearest) throw new Error('the seed has a near miss that shares one word');
    const context = await seed.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${seed.url}/compare/${slug}/#${claim.id}`);
    const details = page.locator(`[id="${claim.id}"] details.near-miss`);
    await expect(details.getAttribute('open')).resolves.toBeNull();
    await expect(details.locator('summary').innerText()).resolves.toMatch(new RegExp(`^Closest in (New York Times|CNN): ${Math.round(claim.nearest.similarity * 100)}% alike$`));
    await details.locator('summary').click();
    await expect(details.innerText()).resolves.toContain(claim.nearest.text);
    await expect(details.innerText()).resolves.toContain(`Not paired: ${claim.nearest.why}.`);
    const target = holding(comparison, claim.nearest.id).id;
    await expect(details.getByRole('link', { name: 'its claim' }).getAttribute('href')).resolves.toBe(`#${target}`);
    await context.close();
  });
});

describe('a story whose editor separated a pair', () => {
  const out = path.join(mkdtempSync(path.join(tmpdir(), 'parallax-corrections-')), 'dist');
  let before: Comparison;
  let shared: Comparison['claims'][number];
  let status: (number | null)[];
  // Registered before the session's hooks, so the site is built when it is served.
  beforeAll(() => {
    // The engine pairs the two reports of the vote; the editor separates them.
    const engine = buildSite(makeContentRoot({ bridge: storyFiles() }), out);
    before = JSON.parse(readFileSync(path.join(out, 'api/comparisons/bridge.json'), 'utf8')) as Comparison;
    shared = before.claims.find((c) => c.status === 'shared')!;
    const unpair = [[shared.left[0]!.id, shared.right[0]!.id]];
    const corrected = buildSite(makeContentRoot({ bridge: storyFiles({ 'story.json': JSON.stringify({ ...goodManifest, corrections: { unpair } }) }) }), out);
    status = [engine.status, corrected.status];
  });
  const site = siteSession(out);

  test('builds, and both sentences are one-sided claims marked "Separated by an editor"', async () => {
    expect(status).toEqual([0, 0]);
    const after = JSON.parse(readFileSync(path.join(out, 'api/comparisons/bridge.json'), 'utf8')) as Comparison;
    expect(after.claims.filter((c) => c.status === 'shared')).toHaveLength(before.claims.filter((c) => c.status === 'shared').length - 1);
    const page = await site.open('/compare/bridge/');
    for (const id of [shared.left[0]!.id, shared.right[0]!.id]) {
      const claim = holding(after, id);
      expect([claim.status === 'shared', claim.origin, claim.edit]).toEqual([false, 'editor', 'separated']);
      await expect(page.locator(`[id="${claim.id}"] .editor-mark`).innerText()).resolves.toMatch(/Separated by an editor/);
    }
    await page.context().close();
  });
});
