// The archive around the comparisons (issue 16): the feed, outlet pages, the 404 page.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { comparisonSchema } from '../../src/lib/schemas.ts';
import { siteSession } from '../helpers/browser.ts';
import { OUTLETS_SITE, SEED_SITE } from '../helpers/paths.ts';

const seed = siteSession(SEED_SITE);
const slug = readFileSync(path.join(SEED_SITE, 'sitemap-0.xml'), 'utf8').match(/\/compare\/([^/]+)\//)![1]!;
const comparison = comparisonSchema.parse(JSON.parse(readFileSync(path.join(SEED_SITE, `api/comparisons/${slug}.json`), 'utf8')));

describe('the feed', () => {
  test.each([
    ['the seed site', SEED_SITE, 1],
    ['the site of several outlets', OUTLETS_SITE, 3],
  ])('on %s it parses as RSS and lists every story, newest first, with its summary line', async (_name, site, stories) => {
    const xml = readFileSync(path.join(site, 'rss.xml'), 'utf8');
    const page = await seed.open('/');
    const items = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'application/xml');
      if (doc.querySelector('parsererror')) return null;
      return { root: doc.documentElement.nodeName, items: [...doc.querySelectorAll('channel > item')].map((i) => ({ title: i.querySelector('title')?.textContent, link: i.querySelector('link')?.textContent, date: i.querySelector('pubDate')?.textContent, description: i.querySelector('description')?.textContent })) };
    }, xml);
    expect(items?.root).toBe('rss');
    expect(items!.items).toHaveLength(stories);
    for (const item of items!.items) expect(item.link).toMatch(/\/compare\/[a-z0-9-]+\/$/);
    const dates = items!.items.map((i) => Date.parse(i.date!));
    expect(dates).toEqual([...dates].sort((a, b) => b - a));
    if (site === SEED_SITE) expect(items!.items[0]!.description).toMatch(/^\d+ claims both report/);
    await page.context().close();
  });

  test('the home page names it in its head and links it', async () => {
    const page = await seed.open('/');
    await expect(page.locator('link[rel="alternate"][type="application/rss+xml"]').getAttribute('href')).resolves.toBe('/rss.xml');
    await expect(page.getByRole('link', { name: /RSS/ }).getAttribute('href')).resolves.toBe('/rss.xml');
    await page.context().close();
  });
});

describe('outlet pages', () => {
  test('a comparison links each outlet to its page, which lists the story with the outlet’s record in it', async () => {
    const page = await seed.open(`/compare/${slug}/`);
    await page.getByRole('link', { name: 'New York Times', exact: true }).first().click();
    await expect(page.evaluate(() => location.pathname)).resolves.toBe('/outlets/nyt/');
    const text = await page.locator('main').innerText();
    expect(text).toContain(comparison.title);
    expect(text).toContain(`${comparison.summary.shared} claims another outlet also reports · ${comparison.summary.leftOnly} only here`);
    await page.context().close();
  });
});

test('an address with no page gets the 404 page, which leads back to the stories', async () => {
  const page = await seed.open('/no/such/page/');
  await expect(page.locator('h1').innerText()).resolves.toBe('Page not found');
  await expect(page.getByRole('link', { name: 'list of stories' }).getAttribute('href')).resolves.toBe('/');
  await page.context().close();
});

test('past 50 stories the home page goes on over numbered pages, newest first, each grouped by month', async () => {
  const { mkdtempSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const { buildSite } = await import('../helpers/build-site.ts');
  const { makeContentRoot, storyFiles } = await import('../helpers/story-dir.ts');
  const stories = Object.fromEntries(
    Array.from({ length: 51 }, (_, k) => [`story-${String(k).padStart(2, '0')}`, storyFiles({ 'story.json': JSON.stringify({ title: `Story ${k}`, date: `2025-0${1 + (k % 3)}-${String(1 + (k % 28)).padStart(2, '0')}` }) })]),
  );
  const out = path.join(mkdtempSync(path.join(tmpdir(), 'parallax-archive-')), 'dist');
  // Plain pages: the lists of stories do not depend on the comparisons, and the build is quick.
  const { status, output } = buildSite(makeContentRoot(stories), out, { PARALLAX_PLAIN: '1', PARALLAX_CACHE_DIR: mkdtempSync(path.join(tmpdir(), 'parallax-archive-cache-')) });
  expect(status, output).toBe(0);
  const home = readFileSync(path.join(out, 'index.html'), 'utf8');
  const second = readFileSync(path.join(out, 'page/2/index.html'), 'utf8');
  const count = (html: string) => (html.match(/<article class="border-b/g) ?? []).length;
  expect([count(home), count(second)]).toEqual([50, 1]);
  expect(home).toContain('href="/page/2/" rel="next"');
  expect(second).toContain('href="/" rel="prev"');
  expect(home.indexOf('March 2025')).toBeLessThan(home.indexOf('February 2025'));
}, 180_000);

describe('search', () => {
  test('searching the seed site for a name finds the story and a claim that names it, the index loaded only then', async () => {
    const page = await seed.open('/');
    const loaded: string[] = [];
    page.on('request', (r) => loaded.push(new URL(r.url()).pathname));
    await page.getByRole('searchbox', { name: /Search stories, claims and names/ }).fill('McGuirk');
    await page.getByRole('button', { name: 'Search' }).click();
    await page.waitForURL(/\/search\/\?q=McGuirk$/);
    await page.waitForFunction(() => /found/.test(document.querySelector('[data-search-status]')?.textContent ?? ''));
    await expect(page.getByRole('status').innerText()).resolves.toMatch(/1 story found for “McGuirk”/);
    const links = await page.locator('[data-search-results] a').evaluateAll((els) => els.map((e) => e.getAttribute('href')));
    expect(links).toContain(`/compare/${slug}/`);
    // And the claim that names him, on the comparison.
    const claim = comparison.claims.find((c) => c.right.some((s) => s.text.includes('McGuirk')))!;
    expect(links).toContain(`/compare/${slug}/#${claim.id}-label`);
    expect(loaded.some((p) => p.startsWith('/pagefind/'))).toBe(true);
    await page.context().close();
  });

  test('a comparison page loads nothing of the search index', async () => {
    const page = await seed.open('/');
    const loaded: string[] = [];
    page.on('request', (r) => loaded.push(new URL(r.url()).pathname));
    await page.goto(`${seed.url}/compare/${slug}/`);
    await page.waitForLoadState('networkidle');
    expect(loaded.filter((p) => p.startsWith('/pagefind/'))).toEqual([]);
    await page.context().close();
  });

  test('without JavaScript the search page leads to the list of stories', async () => {
    const context = await seed.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${seed.url}/search/?q=McGuirk`);
    await expect(page.getByRole('link', { name: 'list of stories' }).getAttribute('href')).resolves.toBe('/');
    await context.close();
  });
});

test('with PARALLAX_SHARE_PAGES=none a story is a handful of files: no claim pages or cards, and no link to one', async () => {
  const { mkdtempSync, readdirSync, existsSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const { buildSite } = await import('../helpers/build-site.ts');
  const { makeContentRoot, storyFiles } = await import('../helpers/story-dir.ts');
  const out = path.join(mkdtempSync(path.join(tmpdir(), 'parallax-none-')), 'dist');
  const { status, output } = buildSite(makeContentRoot({ bridge: storyFiles() }), out, { PARALLAX_SHARE_PAGES: 'none', PARALLAX_CACHE_DIR: mkdtempSync(path.join(tmpdir(), 'parallax-none-cache-')) });
  expect(status, output).toBe(0);
  expect(existsSync(path.join(out, 'compare/bridge/claims'))).toBe(false);
  expect(existsSync(path.join(out, 'og/bridge'))).toBe(false);
  expect(readFileSync(path.join(out, 'compare/bridge/index.html'), 'utf8')).not.toMatch(/href="\/compare\/bridge\/claims\//);
  // The story's own files: its comparison, two reading views, its JSON and its card.
  const own = readdirSync(out, { recursive: true, encoding: 'utf8' }).filter((f) => /bridge/.test(f) && /\.(html|json|png)$/.test(f));
  expect(own.length).toBeLessThanOrEqual(25);
}, 180_000);
