// Stories told by three and four outlets (issue 15): the overview, each
// pair's page, the reading views and the JSON.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { outletsComparisonSchema } from '../../src/lib/schemas.ts';
import { axeViolations } from '../helpers/axe.ts';
import { siteSession } from '../helpers/browser.ts';
import { OUTLETS_SITE, SCREENSHOTS } from '../helpers/paths.ts';

const site = siteSession(OUTLETS_SITE);
const json = (slug: string) => outletsComparisonSchema.parse(JSON.parse(readFileSync(path.join(OUTLETS_SITE, `api/comparisons/${slug}.json`), 'utf8')));

describe.each([
  ['office-shooting', 3],
  ['aceh-earthquake', 4],
])('the story %s, told by %i outlets', (slug, n) => {
  const data = json(slug);

  test('its JSON lists every article, the claims across them, and a comparison for each pair', () => {
    expect(data.articles).toHaveLength(n);
    expect(data.pairs).toHaveLength((n * (n - 1)) / 2);
    expect(data.claims.some((c) => c.outlets.length >= 3)).toBe(true);
  });

  test.each([1280, 375])('at %i px the overview shows who reports what, and nothing scrolls sideways', async (width) => {
    const page = await site.open(`/compare/${slug}/`, { width });
    const table = page.getByRole('table');
    await expect(table.locator('thead th').count()).resolves.toBe(n + 1);
    const shared = data.claims.filter((c) => c.outlets.length >= 2);
    await expect(table.locator('tbody tr').count()).resolves.toBe(shared.length);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBe(0);
    // A mark in the table leads to that outlet's sentence in its reading view.
    const mark = table.locator('a.who-mark').first();
    const href = (await mark.getAttribute('href'))!;
    await mark.click();
    await expect(page.evaluate(() => location.pathname + location.hash)).resolves.toBe(href);
    await expect(page.locator(`[id="${href.split('#')[1]}"]`).isVisible()).resolves.toBe(true);
    await page.goto(`${site.url}/compare/${slug}/`);
    await page.screenshot({ path: path.join(SCREENSHOTS, `outlets-${slug}-${width}.png`), fullPage: false });
    await page.context().close();
  });

  test('each claim says how many outlets report it, in words, and each pair has its two-outlet page', async () => {
    const page = await site.open(`/compare/${slug}/`);
    const three = data.claims.find((c) => c.outlets.length >= 3)!;
    await expect(page.locator(`[id="${three.id}"] h3`).innerText()).resolves.toMatch(new RegExp(`^Reported by ${three.outlets.length} of ${n}: `));
    const pair = data.pairs[0]!;
    await page.getByRole('link', { name: new RegExp(`^${pair.comparison.articles.left.outlet.name} and ${pair.comparison.articles.right.outlet.name}$`) }).click();
    await expect(page.evaluate(() => location.pathname)).resolves.toBe(`/compare/${slug}/${pair.path}/`);
    await expect(page.locator('.claim').count()).resolves.toBe(pair.comparison.claims.length);
    await page.context().close();
  });

  test('a claim two outlets or more report has a share page that states it, and its 1200×630 card', async () => {
    const claim = data.claims.find((c) => c.outlets.length >= 3)!;
    const page = await site.open(`/compare/${slug}/claims/${claim.id}/`);
    await expect(page.locator('h1').innerText()).resolves.toMatch(/differs: |^Reported by \d of \d: /);
    const image = new URL((await page.locator('meta[property="og:image"]').getAttribute('content'))!).pathname;
    expect(image).toBe(`/og/${slug}/${claim.id}.png`);
    const size = await page.evaluate(async (src) => {
      const img = new Image();
      img.src = src;
      await img.decode();
      return [img.naturalWidth, img.naturalHeight];
    }, image);
    expect(size).toEqual([1200, 630]);
    await page.context().close();
  });

  test('the overview and a pair page have no axe violations, light and phone', async () => {
    for (const [route, width] of [[`/compare/${slug}/`, 1280], [`/compare/${slug}/`, 375], [`/compare/${slug}/${data.pairs[0]!.path}/`, 1280]] as const) {
      const page = await site.open(route, { width, bypassCSP: true });
      await expect(axeViolations(page)).resolves.toEqual([]);
      await page.context().close();
    }
  });
});

test('the home page lists every outlet of each story', async () => {
  const page = await site.open('/');
  for (const slug of ['office-shooting', 'aceh-earthquake']) {
    const data = json(slug);
    const links = await page.locator(`a[href^="/compare/${slug}/"]`).evaluateAll((els) => els.map((e) => e.getAttribute('href')));
    for (const a of data.articles) expect(links).toContain(`/compare/${slug}/${a.outlet.id}/`);
  }
  await page.context().close();
});
