import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchBrowser, serveSite, type StaticServer } from '../helpers/browser.ts';
import { SCREENSHOTS, SEED_SITE, XSS_SITE } from '../helpers/paths.ts';

let browser: Browser;
let seed: StaticServer;
let xss: StaticServer;

beforeAll(async () => {
  mkdirSync(SCREENSHOTS, { recursive: true });
  [browser, seed, xss] = await Promise.all([launchBrowser(), serveSite(SEED_SITE), serveSite(XSS_SITE)]);
});

afterAll(async () => {
  await browser?.close();
  await seed?.close();
  await xss?.close();
});

async function newPage(width = 1280, height = 900): Promise<Page> {
  const context = await browser.newContext({ viewport: { width, height } });
  return context.newPage();
}

async function screenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage: true });
}

describe('in Chromium', () => {
  test('home → article: the NYT headline and first sentence are shown', async () => {
    const page = await newPage();
    await page.goto(`${seed.url}/`);
    await expect(page.locator('h1').textContent()).resolves.toBe('Stories');
    await screenshot(page, 'home-desktop');
    await page.getByRole('link', { name: 'New York Times' }).click();
    await page.waitForURL(/\/compare\/[^/]+\/nyt\/$/);
    await expect(page.locator('h1').textContent()).resolves.toBe('Top U.S. Officials Are in the Middle East to Try to Jumpstart Cease-Fire Talks');
    await expect(page.locator('#nyt-p01-s1').textContent()).resolves.toMatch(/^Top Biden administration negotiators were back in the Middle East on Thursday/);
    await screenshot(page, 'article-desktop');
    await page.context().close();
  });

  test('CNN article on a phone: contributors shown, nothing scrolls sideways', async () => {
    const page = await newPage(375, 800);
    await page.goto(`${seed.url}/`);
    await screenshot(page, 'home-phone');
    await page.getByRole('link', { name: 'CNN' }).click();
    await page.waitForURL(/\/cnn\/$/);
    await expect(page.locator('header').last().textContent()).resolves.toContain('Lauren Izso, Alex Marquardt and Mostafa Salem');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBe(0);
    await screenshot(page, 'article-phone');
    await page.context().close();
  });

  test('hostile article text shows as text and runs nothing', async () => {
    const page = await newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${xss.url}/compare/escaping-check/lo/`);
    await expect(page.locator('#lo-p01').textContent()).resolves.toContain('<script>window.__pwned = "body"</script>');
    await expect(page.locator('#lo-p02').textContent()).resolves.toContain('<img src=x onerror=');
    await expect(page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).resolves.toBeUndefined();
    await expect(page.locator('main img, main script').count()).resolves.toBe(0);
    expect(errors).toEqual([]);
    await screenshot(page, 'escaping-desktop');
    await page.context().close();
  });

  test('the Content-Security-Policy stops an inline handler that reaches the page, and the page’s own script still runs', async () => {
    const page = await newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${seed.url}/compare/us-envoys-cease-fire-push-2024-10-31/`);
    // The island ran: it shows the live count of claims.
    await expect(page.locator('[data-shown]').innerText()).resolves.toMatch(/^Showing \d+ of \d+ claims\.$/);
    const violated = page.evaluate(
      () => new Promise<string>((resolve) => document.addEventListener('securitypolicyviolation', (e) => resolve(e.violatedDirective), { once: true })),
    );
    await page.evaluate(() => document.body.insertAdjacentHTML('beforeend', '<img src="/missing.png" onerror="window.__pwned = 1" alt="">'));
    await expect(violated).resolves.toMatch(/^script-src/);
    await expect(page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).resolves.toBeUndefined();
    expect(errors).toEqual([]);
    await page.context().close();
  });

  test('a right-to-left override in an outlet name stays inside the name: the site’s own words still read left to right', async () => {
    const page = await newPage();
    await page.goto(`${xss.url}/compare/escaping-check/`);
    // "· 1 sources" follows the name in the sources panel; unisolated, the override reversed it.
    const order = await page.evaluate(() => {
      const heading = [...document.querySelectorAll('#sources-title ~ div h3')].find((h) => h.textContent?.includes('leaked override'))!;
      const text = [...heading.childNodes].find((n) => n.nodeType === Node.TEXT_NODE && /sources/.test(n.textContent ?? ''))!;
      const at = (i: number) => {
        const range = document.createRange();
        range.setStart(text, i);
        range.setEnd(text, i + 1);
        return range.getBoundingClientRect().left;
      };
      const start = text.textContent!.indexOf('sources');
      return [at(start), at(start + 6)];
    });
    expect(order[0]).toBeLessThan(order[1]!);
    await page.context().close();
  });
});
