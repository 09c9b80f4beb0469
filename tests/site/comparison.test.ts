import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import type { Comparison } from '../../src/lib/schemas.ts';
import { axeViolations } from '../helpers/axe.ts';
import { siteSession } from '../helpers/browser.ts';
import { ROOT, SCREENSHOTS, SEED_SITE } from '../helpers/paths.ts';

const gold = JSON.parse(readFileSync(path.join(ROOT, 'tests/fixtures/seed/alignment.json'), 'utf8')) as {
  claims: { named?: string; left: string[]; right: string[] }[];
};
const slug = readFileSync(path.join(SEED_SITE, 'sitemap-0.xml'), 'utf8').match(/\/compare\/([^/]+)\//)![1]!;
const comparison = JSON.parse(readFileSync(path.join(SEED_SITE, `api/comparisons/${slug}.json`), 'utf8')) as Comparison;
const base = `/compare/${slug}/`;

/** The shared claim holding any labelled pair of a named fact. */
function claimIdOf(named: string): string {
  const fact = gold.claims.find((c) => c.named === named)!;
  const claim = comparison.claims.find((c) => c.status === 'shared' && c.left.some((s) => fact.left.includes(s.id)) && c.right.some((s) => fact.right.includes(s.id)));
  return claim!.id;
}

const session = siteSession(SEED_SITE);
const open = session.open;

const shot = (page: Page, name: string) => page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage: false });

describe('the comparison page', () => {
  test('home → comparison: the four claims the brief names stand side by side with their differences marked', async () => {
    const page = await open('/');
    await page.getByRole('link', { name: comparison.title }).click();
    await page.waitForURL(new RegExp(`${base}$`));
    await shot(page, 'comparison-desktop');
    for (const named of ['burns-cairo', 'mcgurk-hochstein', 'hamas-refusal', 'draft-skepticism']) {
      const row = page.locator(`[id="${claimIdOf(named)}"]`);
      await row.scrollIntoViewIfNeeded();
      const [left, right] = await row.locator('.claim-side').all();
      const [a, b] = await Promise.all([left!.boundingBox(), right!.boundingBox()]);
      expect(a!.x + a!.width, named).toBeLessThanOrEqual(b!.x + 1);
      expect(Math.abs(a!.y - b!.y), named).toBeLessThan(5);
      await expect(left!.innerText()).resolves.not.toBe('');
      await expect(right!.innerText()).resolves.not.toBe('');
    }
    // The spelling is marked inline on both sides, numbered as its badge.
    const mcgurk = page.locator(`[id="${claimIdOf('mcgurk-hochstein')}"]`);
    await expect(mcgurk.locator('.badge-name').innerText()).resolves.toContain('McGuirk');
    const n = (await mcgurk.locator('.badge-name .badge-n').innerText()).trim();
    await expect(mcgurk.locator('.claim-side').nth(0).locator('mark.diff-fact', { hasText: 'McGurk' }).locator('.fact-n').innerText()).resolves.toBe(n);
    await expect(mcgurk.locator('.claim-side').nth(1).locator('mark.diff-fact', { hasText: 'McGuirk' }).locator('.fact-n').innerText()).resolves.toBe(n);
    await page.context().close();
  });

  test('a claim permalink scrolls to its row and marks it', async () => {
    const id = claimIdOf('draft-skepticism');
    const page = await open(`${base}#${id}`);
    await expect(page.evaluate(() => document.querySelector(':target')?.id)).resolves.toBe(id);
    const box = await page.locator(`[id="${id}"]`).boundingBox();
    expect(box!.y).toBeGreaterThanOrEqual(0);
    expect(box!.y).toBeLessThan(900);
    const outline = await page.locator(`[id="${id}"]`).evaluate((el) => getComputedStyle(el).outlineStyle);
    expect(outline).toBe('solid');
    await shot(page, 'claim-permalink-desktop');
    await page.context().close();
  });

  test('a lead that packs two facts is compared in both claims, and each card links to the other', async () => {
    // The seed's NYT lead (negotiators back in the region; little hope of a pause in fighting) meets two CNN sentences.
    const twice = comparison.claims.filter((c) => c.status === 'shared' && comparison.claims.some((o) => o !== c && o.left.some((s) => c.left.some((t) => t.id === s.id))));
    expect(twice.length).toBeGreaterThanOrEqual(2);
    const [first, second] = twice as [(typeof twice)[0], (typeof twice)[0]];
    const page = await open(base);
    const note = page.locator(`[id="${first.id}"]`).getByRole('link', { name: 'another claim' });
    await expect(note.getAttribute('href')).resolves.toBe(`#${second.id}`);
    await note.click();
    await expect(page.evaluate(() => document.querySelector(':target')?.id)).resolves.toBe(second.id);
    await page.context().close();
  });

  test('filters work without JavaScript', async () => {
    const context = await session.browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${session.url}${base}`);
    const visible = () => page.locator('.claim').evaluateAll((els) => els.filter((e) => (e as HTMLElement).offsetParent !== null).map((e) => e.getAttribute('data-status')));
    const all = await visible();
    await page.locator('#f-one').check();
    const oneSided = await visible();
    expect(oneSided.length).toBe(comparison.summary.leftOnly + comparison.summary.rightOnly);
    expect(oneSided.length).toBeLessThan(all.length);
    expect(oneSided.every((s) => s !== 'shared')).toBe(true);
    await page.locator('#f-differs').check();
    const differing = await page.locator('.claim').evaluateAll((els) => els.filter((e) => (e as HTMLElement).offsetParent !== null).map((e) => e.getAttribute('data-differs')));
    expect(differing.length).toBe(comparison.summary.differing);
    expect(differing.every((d) => d === 'yes')).toBe(true);
    await context.close();
  });

  test('on a 375 px phone the sides stack, labelled, and nothing scrolls sideways', async () => {
    const page = await open(`${base}#${claimIdOf('burns-cairo')}`, { width: 375 });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBe(0);
    const row = page.locator(`[id="${claimIdOf('burns-cairo')}"]`);
    const [left, right] = await row.locator('.claim-side').all();
    const [a, b] = await Promise.all([left!.boundingBox(), right!.boundingBox()]);
    expect(b!.y).toBeGreaterThan(a!.y + a!.height - 1);
    await expect(left!.innerText()).resolves.toMatch(/^NEW YORK TIMES/i);
    await shot(page, 'comparison-phone');
    await page.context().close();
  });

  test('dark mode renders light text on a dark page', async () => {
    const page = await open(base, { dark: true });
    const [bg, fg] = await page.evaluate(() => [getComputedStyle(document.documentElement).backgroundColor, getComputedStyle(document.body).color]);
    const lum = (rgb: string) => {
      const [r, g, b] = rgb.match(/\d+/g)!.map(Number);
      return (0.2126 * r! + 0.7152 * g! + 0.0722 * b!) / 255;
    };
    expect(lum(bg!)).toBeLessThan(0.2);
    expect(lum(fg!)).toBeGreaterThan(0.7);
    await shot(page, 'comparison-dark');
    await page.context().close();
  });
});

describe('sharing', () => {
  test('a claim’s share page has its own title, description, Open Graph and Twitter tags, and its PNG loads at 1200×630', async () => {
    const id = claimIdOf('burns-cairo');
    const page = await open(`${base}claims/${id}/`);
    const meta = (sel: string) => page.locator(sel).getAttribute('content');
    // The title says what is special about this claim: here, a name spelled two ways.
    await expect(page.title()).resolves.toMatch(/^Both report it, a name spelled two ways: .?el-Sisi.? \/ .?el-Sissi/);
    await expect(meta('meta[name="description"]')).resolves.toMatch(/^How New York Times and CNN reported one claim: /);
    await expect(meta('meta[property="og:title"]')).resolves.toBe(await page.title());
    await expect(meta('meta[name="twitter:card"]')).resolves.toBe('summary_large_image');
    const image = (await meta('meta[property="og:image"]'))!;
    expect(image).toMatch(new RegExp(`/og/${slug}/${id}\\.png$`));
    await expect(page.locator('link[rel="canonical"]').getAttribute('href')).resolves.toMatch(new RegExp(`/compare/${slug}/claims/${id}/$`));
    const size = await page.evaluate(async (src) => {
      const img = new Image();
      img.src = src;
      await img.decode();
      return [img.naturalWidth, img.naturalHeight];
    }, new URL(image).pathname);
    expect(size).toEqual([1200, 630]);
    await shot(page, 'claim-share-desktop');
    await page.context().close();
  });

  test('the comparison page has a share image too', async () => {
    const page = await open(base);
    await expect(page.locator('meta[property="og:image"]').getAttribute('content')).resolves.toMatch(new RegExp(`/og/${slug}\\.png$`));
    await page.context().close();
  });

  test('one share control per claim; j/k move between claims, in the order on screen', async () => {
    const page = await open(base);
    await expect(page.locator('.claim .share-link').count()).resolves.toBe(comparison.claims.length);
    await expect(page.locator('.claim button').count()).resolves.toBe(0);
    await page.keyboard.press('j');
    await page.keyboard.press('j');
    await expect(page.evaluate(() => location.hash)).resolves.toBe(`#${comparison.claims[1]!.id}`);
    await page.keyboard.press('k');
    await expect(page.evaluate(() => location.hash)).resolves.toBe(`#${comparison.claims[0]!.id}`);
    // In the right outlet's order, j follows the rows as they stand on screen.
    await page.goto(`${session.url}${base}`);
    await page.locator('#o-right').check();
    await page.keyboard.press('j');
    const first = await page.locator('.claim').evaluateAll((els) =>
      els.filter((e) => (e as HTMLElement).offsetParent !== null).sort((a, b) => a.getBoundingClientRect().top - b.getBoundingClientRect().top)[0]!.id,
    );
    await expect(page.evaluate(() => location.hash)).resolves.toBe(`#${first}`);
    await page.context().close();
  });

  test('a link to a claim shows it even when a filter hides its kind', async () => {
    const id = comparison.claims.find((c) => c.status !== 'shared')!.id;
    const page = await open(base);
    await page.locator('#f-differs').check();
    await page.locator(`.coverage-down a[href="#${id}"]`).first().click();
    await expect(page.locator(`[id="${id}"]`).isVisible()).resolves.toBe(true);
    await page.context().close();
  });

  test('pages need no script to read, and any script is under 5 KB gzip', async () => {
    const { gzipSync } = await import('node:zlib');
    for (const route of ['', `compare/${slug}`, `compare/${slug}/nyt`, 'methodology']) {
      const html = readFileSync(path.join(SEED_SITE, route, 'index.html'), 'utf8');
      const inline = [...html.matchAll(/<script[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]!).join('');
      const external = [...html.matchAll(/<script[^>]*src="([^"]+)"/g)].map((m) => readFileSync(path.join(SEED_SITE, m[1]!), 'utf8')).join('');
      expect(gzipSync(inline + external).length, route).toBeLessThan(5 * 1024);
    }
  });
});

describe('accessibility (axe-core)', () => {
  test.each([
    ['home', '/'],
    ['comparison', base],
    ['reading view', `${base}nyt/`],
    ['methodology', '/methodology/'],
    ['claim share', `${base}claims/${comparison.claims[0]!.id}/`],
  ])('%s page has no violations, light and dark, desktop and phone', async (name, route) => {
    for (const [dark, width] of [[false, 1280], [true, 1280], [false, 375]] as const) {
      // axe-core is injected as an inline script, which the site's policy rightly blocks.
      const page = await open(route, { dark, width, bypassCSP: true });
      await expect(axeViolations(page)).resolves.toEqual([]);
      await page.screenshot({ path: path.join(SCREENSHOTS, `page-${name.replace(/\s+/g, '-')}-${width === 375 ? 'phone' : 'desktop'}${dark ? '-dark' : ''}.png`), fullPage: true });
      await page.context().close();
    }
  });

  test('at 640 px the sides of a claim stack; above it they stand side by side', async () => {
    for (const [width, stacked] of [[640, true], [641, false]] as const) {
      const page = await open(`${base}#${claimIdOf('burns-cairo')}`, { width });
      const [left, right] = await page.locator(`[id="${claimIdOf('burns-cairo')}"] .claim-side`).all();
      const [a, b] = await Promise.all([left!.boundingBox(), right!.boundingBox()]);
      expect(b!.y > a!.y + a!.height - 1, `${width}px`).toBe(stacked);
      await page.context().close();
    }
  });
});
