import type { Page } from 'playwright-core';

/** WCAG relative luminance of an sRGB colour given as "rgb(r, g, b)" or "rgba(…)". */
export function luminance(rgb: string): number {
  const [r, g, b] = rgb.match(/[\d.]+/g)!.slice(0, 3).map((c) => {
    const v = Number(c) / 255;
    return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

/** WCAG contrast ratio of two colours. */
export function contrast(a: string, b: string): number {
  const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p);
  return (x! + 0.05) / (y! + 0.05);
}

/** What a non-text indicator is drawn with, per the kind of element. */
export type Paint = 'border-left-color' | 'fill' | 'stroke' | 'text-decoration-color' | 'background-color';

/**
 * The contrast against the page of each element's indicator colour (WCAG
 * 1.4.11, non-text contrast), as "selector: ratio" for those under `min`.
 * Colours are read from computed styles, so light and dark mode both count.
 */
export async function lowContrast(page: Page, checks: readonly { selector: string; paint: Paint }[], min = 3): Promise<string[]> {
  const found = await page.evaluate((list) => {
    const paper = getComputedStyle(document.documentElement).backgroundColor;
    return list.flatMap(({ selector, paint }) =>
      [...document.querySelectorAll(selector)].map((el) => ({ selector, paint, colour: getComputedStyle(el).getPropertyValue(paint), paper })),
    );
  }, checks);
  return found
    .filter((f) => f.colour !== '' && f.colour !== 'none' && !/rgba\([^)]*,\s*0\)/.test(f.colour))
    .map((f) => ({ ...f, ratio: contrast(f.colour, f.paper) }))
    .filter((f) => f.ratio < min)
    .map((f) => `${f.selector} ${f.paint} ${f.colour} on ${f.paper}: ${f.ratio.toFixed(2)}`);
}
