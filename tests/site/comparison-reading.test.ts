// The comparison page read as a reader would (issue 13): what differs first,
// a page of reasonable length, neutral marks, keys and filters, contrast.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import type { Comparison } from '../../src/lib/schemas.ts';
import { siteSession } from '../helpers/browser.ts';
import { lowContrast } from '../helpers/contrast.ts';
import { SCREENSHOTS, SEED_SITE } from '../helpers/paths.ts';

const slug = readFileSync(path.join(SEED_SITE, 'sitemap-0.xml'), 'utf8').match(/\/compare\/([^/]+)\//)![1]!;
const comparison = JSON.parse(readFileSync(path.join(SEED_SITE, `api/comparisons/${slug}.json`), 'utf8')) as Comparison;
const base = `/compare/${slug}/`;
// Measured before this work at 1280 px: 16,113 px for the seed comparison.
const HEIGHT_BEFORE = 16_113;

const session = siteSession(SEED_SITE);
const open = session.open;

const hash = (page: Page) => page.evaluate(() => decodeURIComponent(location.hash.slice(1)));

describe('what differs, at a glance', () => {
  test('at 1280 px the page is at most half its former height, and "What differs" comes before the first claim', async () => {
    const page = await open(base);
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    expect(height).toBeLessThanOrEqual(HEIGHT_BEFORE / 2);
    const [list, first] = await Promise.all([page.locator('.what-differs').boundingBox(), page.locator('.claim').first().boundingBox()]);
    expect(list!.y + list!.height).toBeLessThan(first!.y);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'issue13-comparison-desktop.png'), fullPage: true });
    await page.context().close();
  });

  test('each factual difference is one line linking to its claim; spellings are listed apart and not counted', async () => {
    const page = await open(base);
    const factual = comparison.claims.flatMap((c) => c.differences.filter((d) => !['wording', 'name'].includes(d.kind)).map(() => c.id));
    const links = await page.locator('.what-differs [data-difference-link]').evaluateAll((els) => els.map((e) => e.getAttribute('href')!.slice(1)));
    expect([...links].sort()).toEqual([...factual].sort());
    // A claim whose only difference is a spelling is not in the summary's count.
    const spellingOnly = comparison.claims.filter((c) => c.differences.some((d) => d.kind === 'name') && !c.differences.some((d) => !['wording', 'name'].includes(d.kind)));
    expect(spellingOnly.length).toBeGreaterThan(0);
    expect(comparison.summary.differing).toBe(new Set(factual).size);
    await expect(page.locator('.what-differs').innerText()).resolves.toMatch(/Names spelled differently[^]*el-Sisi \/ el-Sissi/);
    await page.locator('.what-differs [data-difference-link]').first().click();
    await expect(hash(page)).resolves.toBe(links[0]);
    await page.context().close();
  });

  test('on a 375 × 812 phone the first claim starts within the first two screens', async () => {
    const page = await open(base, { width: 375, height: 812 });
    const first = await page.locator('.claim').first().boundingBox();
    expect(first!.y).toBeLessThanOrEqual(2 * 812);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'issue13-comparison-phone.png'), fullPage: false });
    await page.context().close();
  });

  test('one-sided claims are one-column rows with no "Not reported" half, listed once; long runs are collapsed', async () => {
    const page = await open(base);
    const oneSided = comparison.claims.filter((c) => c.status !== 'shared');
    await expect(page.locator('.claim-one').count()).resolves.toBe(oneSided.length);
    await expect(page.locator('.claim-one .claim-side').count()).resolves.toBe(0);
    await expect(page.getByText(/Not reported by/).count()).resolves.toBe(0);
    // No second list of the same claims: each one-sided sentence is on the page once.
    const text = await page.locator('main').evaluate((main) => {
      const copy = main.cloneNode(true) as HTMLElement;
      // Screen-reader labels and a near miss's candidate (the other article's sentence, for comparison) are not a second listing.
      for (const hidden of copy.querySelectorAll('.sr-only, .near-miss')) hidden.remove();
      return copy.textContent ?? '';
    });
    for (const c of oneSided) expect(text.split([...c.left, ...c.right][0]!.text).length - 1, c.id).toBe(1);
    const summaries = await page.locator('details.run > summary').allInnerTexts();
    expect(summaries.length).toBeGreaterThan(0);
    for (const s of summaries) expect(s).toMatch(/^Show \d+ more only in (New York Times|CNN)$/);
    await page.context().close();
  });
});

describe('marks and confidence', () => {
  test('no strike-through anywhere; both sides are marked the same way', async () => {
    const page = await open(base);
    await expect(page.locator('del, ins, s, strike').count()).resolves.toBe(0);
    const struck = await page.locator('main *').evaluateAll((els) => els.filter((e) => getComputedStyle(e).textDecorationLine.includes('line-through')).length);
    expect(struck).toBe(0);
    const styles = await page.locator('.claim-side mark.diff-changed').evaluateAll((els) => [...new Set(els.map((e) => { const s = getComputedStyle(e); return `${s.backgroundColor} ${s.textDecorationLine}`; }))]);
    expect(styles).toHaveLength(1);
    await page.context().close();
  });

  test('a weak match says so where the pair is shown, with its similarity', async () => {
    const weak = comparison.claims.find((c) => c.status === 'shared' && (c.similarity ?? 1) < 0.25)!;
    const strong = comparison.claims.find((c) => c.status === 'shared' && (c.similarity ?? 0) >= 0.25)!;
    const page = await open(base);
    await expect(page.locator(`[id="${weak.id}"] h3`).innerText()).resolves.toMatch(new RegExp(`a weak match, ${Math.round(weak.similarity! * 100)}% alike`));
    await expect(page.locator(`[id="${strong.id}"] h3`).innerText()).resolves.not.toMatch(/weak/);
    await page.context().close();
  });

  test('the translated fragments have no claim of their own, and the note on translation is the CNN article’s, not the site’s', async () => {
    expect(comparison.claims.flatMap((c) => [...c.left, ...c.right]).map((s) => s.text)).not.toContain('He will be president.');
    const page = await open(base);
    await expect(page.locator('main > header').innerText()).resolves.toMatch(/A note on this text/);
    await expect(page.locator('body > footer').innerText()).resolves.not.toMatch(/translation/);
    const home = await open('/');
    await expect(home.locator('body').innerText()).resolves.not.toMatch(/translation artifacts/);
    await page.context().close();
    await home.context().close();
  });
});

describe('filters, order and keys', () => {
  test.each([
    ['#f-differs', comparison.summary.differing],
    ['#f-shared', comparison.summary.shared],
    ['#f-one', comparison.summary.leftOnly + comparison.summary.rightOnly],
    ['#f-all', comparison.claims.length],
  ])('the filter %s shows %i claims and says so in a live region', async (filter, count) => {
    const page = await open(base);
    await page.locator(filter).check();
    const status = page.getByRole('status');
    await expect(status.innerText()).resolves.toBe(`Showing ${count} of ${comparison.claims.length} claims.`);
    await expect(status.getAttribute('aria-live')).resolves.toBe('polite');
    // The map fades what the filter hides.
    const faded = await page.locator('.coverage-down .map-mark').evaluateAll((els) => els.filter((e) => getComputedStyle(e).opacity !== '1').length);
    if (filter === '#f-all') expect(faded).toBe(0);
    else expect(faded).toBeGreaterThan(0);
    await page.context().close();
  });

  test('at most about two Tab stops per claim, and Tab follows the chosen reading order', async () => {
    const page = await open(base);
    await page.locator('#o-right').check();
    // Tab from the order switch through the whole page, noting where focus lands.
    const stops: { claim: string | null; top: number }[] = [];
    for (let i = 0; i < 4 * comparison.claims.length; i++) {
      await page.keyboard.press('Tab');
      const at = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (!el || el === document.body) return null;
        const claim = el.closest('.claim');
        return { claim: claim?.id ?? null, top: (claim ?? el).getBoundingClientRect().top + scrollY };
      });
      if (!at) break;
      stops.push(at);
    }
    const inClaims = stops.filter((s) => s.claim !== null);
    expect(inClaims.length).toBeLessThanOrEqual(2 * comparison.claims.length);
    // Down the page, never back up: focus follows the rows as they stand (a row's own controls count as the row).
    const tops = inClaims.map((s) => s.top);
    expect(tops).toEqual([...tops].sort((a, b) => a - b));
    // And the rows stand in the CNN article's order.
    const order = await page.locator('.claim-wrap').evaluateAll((els) => els.map((e) => Number((e as HTMLElement).dataset.rightOrder)));
    expect(order).toEqual([...order].sort((a, b) => a - b));
    await page.context().close();
  });

  test('n and p jump between claims that differ; j/k keep one claim highlighted, not the one a link opened', async () => {
    const differing = comparison.claims.filter((c) => c.differences.some((d) => !['wording', 'name'].includes(d.kind))).map((c) => c.id);
    const start = comparison.claims.find((c) => c.status !== 'shared')!.id;
    const page = await open(`${base}#${start}`);
    const outlined = () => page.locator('.claim').evaluateAll((els) => els.filter((e) => getComputedStyle(e).outlineStyle !== 'none').map((e) => e.id));
    await expect(outlined()).resolves.toEqual([start]);
    await page.keyboard.press('j');
    const next = await hash(page);
    expect(next).not.toBe(start);
    await expect(outlined()).resolves.toEqual([next]);
    await page.goto(`${session.url}${base}`);
    await page.keyboard.press('n');
    await expect(hash(page)).resolves.toBe(differing[0]);
    await page.keyboard.press('n');
    await expect(hash(page)).resolves.toBe(differing[1]);
    await page.keyboard.press('p');
    await expect(hash(page)).resolves.toBe(differing[0]);
    await page.context().close();
  });

  test('a link to an earlier id of a claim highlights the claim; a malformed address stops nothing', async () => {
    const alias = comparison.aliases.find((a) => a.claim !== null)!;
    const page = await open(`${base}#${alias.id}`);
    const outlined = await page.locator('.claim').evaluateAll((els) => els.filter((e) => getComputedStyle(e).outlineStyle !== 'none').map((e) => e.id));
    expect(outlined).toEqual([alias.claim]);
    await page.context().close();
    const malformed = await open(`${base}#100%`);
    await expect(malformed.getByRole('status').innerText()).resolves.toMatch(/^Showing \d+ of \d+ claims\.$/);
    await malformed.keyboard.press('j');
    await expect(hash(malformed)).resolves.toBe(comparison.claims[0]!.id);
    await malformed.context().close();
  });

  test('every control shows where focus is', async () => {
    const page = await open(base);
    const missing: string[] = [];
    for (let i = 0; i < 30; i++) {
      await page.keyboard.press('Tab');
      const style = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement;
        const s = getComputedStyle(el);
        return { tag: `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}`, outline: s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2 };
      });
      if (!style.outline) missing.push(style.tag);
    }
    expect(missing).toEqual([]);
    await page.context().close();
  });
});

describe('contrast and print', () => {
  const INDICATORS = [
    { selector: '.claim', paint: 'border-left-color' },
    { selector: '.legend-edge', paint: 'border-left-color' },
    { selector: '.coverage-down .map-mark:not(.tone-one-sided)', paint: 'fill' },
    { selector: '.coverage-down .map-mark.tone-one-sided', paint: 'stroke' },
    { selector: '.coverage-down .map-line', paint: 'stroke' },
  ] as const;

  test.each([false, true])('every claim edge, map mark and line has 3:1 against the page (dark: %s)', async (dark) => {
    const page = await open(base, { dark });
    await expect(lowContrast(page, INDICATORS)).resolves.toEqual([]);
    const reading = await open(`${base}nyt/`, { dark });
    await expect(lowContrast(reading, [{ selector: '.sentence-shared', paint: 'text-decoration-color' }])).resolves.toEqual([]);
    await page.screenshot({ path: path.join(SCREENSHOTS, `issue13-comparison-desktop${dark ? '-dark' : ''}-top.png`) });
    await page.context().close();
    await reading.context().close();
  });

  test('printing from a dark-mode browser prints on white', async () => {
    const page = await open(base, { dark: true });
    await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
    const [paper, badge] = await page.evaluate(() => [getComputedStyle(document.documentElement).backgroundColor, getComputedStyle(document.querySelector('.badge')!).backgroundColor]);
    expect(paper).toBe('rgb(255, 255, 255)');
    expect(badge).toBe('rgb(255, 255, 255)');
    // Claims collapsed on screen print whole, and the map's column is gone.
    await expect(page.locator('details.run .claim').first().isVisible()).resolves.toBe(true);
    await expect(page.locator('.claims-layout').evaluate((el) => getComputedStyle(el).display)).resolves.toBe('block');
    await page.context().close();
  });
});

describe('share pages', () => {
  test('each claim page has its own title stating the claim, and links to the claims before and after it', async () => {
    const titles = new Set<string>();
    for (const c of comparison.claims.slice(0, 8)) {
      const html = readFileSync(path.join(SEED_SITE, `compare/${slug}/claims/${c.id}/index.html`), 'utf8');
      titles.add(/<title>([^<]*)<\/title>/.exec(html)![1]!);
    }
    expect(titles.size).toBe(8);
    const middle = comparison.claims[1]!;
    const page = await open(`${base}claims/${middle.id}/`);
    await expect(page.locator('a[rel="prev"]').getAttribute('href')).resolves.toBe(`${base}claims/${comparison.claims[0]!.id}/`);
    await expect(page.locator('a[rel="next"]').getAttribute('href')).resolves.toBe(`${base}claims/${comparison.claims[2]!.id}/`);
    await page.context().close();
  });
});
