import { createCanvas, loadImage } from '@napi-rs/canvas';
import { describe, expect, test } from 'vitest';
import { encodePalettePng } from '../../../src/lib/og/png.ts';
import { CARD_HEIGHT, CARD_WIDTH, renderCard, wrapText } from '../../../src/lib/og/render-card.ts';

// Every character one unit wide: line widths are character counts.
const measure = (s: string) => s.length;

describe('wrapText', () => {
  test.each([
    ['short text stays on one line', 'one two', 10, 3, ['one two']],
    ['breaks between words', 'one two three four', 9, 3, ['one two', 'three', 'four']],
    ['cuts to the last line with an ellipsis after a whole word, dropping its comma', 'alpha beta, gamma delta epsilon', 12, 1, ['alpha beta…']],
    ['a word wider than the line is broken between letters', 'abcdefghij', 4, 5, ['abcd', 'efgh', 'ij']],
    ['collapses runs of white space', '  one \n two  ', 20, 2, ['one two']],
  ])('%s', (_, text, width, max, lines) => {
    expect(wrapText(measure, text, width, max)).toEqual(lines);
  });

  test('no line is wider than asked, and the words are kept in order', () => {
    const text = 'The quick brown fox jumps over the lazy dog while the cat watches from the windowsill';
    const lines = wrapText(measure, text, 16, 10);
    expect(Math.max(...lines.map(measure))).toBeLessThanOrEqual(16);
    expect(lines.join(' ')).toBe(text);
  });
});

describe('encodePalettePng', () => {
  const decode = async (png: Buffer, w: number, h: number) => {
    const ctx = createCanvas(w, h).getContext('2d');
    ctx.drawImage(await loadImage(png), 0, 0);
    return ctx.getImageData(0, 0, w, h).data;
  };

  test('an image of 256 colours or fewer comes back exactly, as a palette PNG', async () => {
    const pixels = new Uint8ClampedArray(7 * 5 * 4).map((_, i) => (i % 4 === 3 ? 255 : (i * 37) % 256));
    const png = encodePalettePng(7, 5, pixels);
    expect(png[25]).toBe(3); // colour type: palette
    expect([...(await decode(png, 7, 5))]).toEqual([...pixels]);
  });

  test('more colours than 256 are drawn with the nearest of the commonest, and the file is the same each time', async () => {
    const w = 64;
    const h = 64;
    // A flat background and a gradient of 4,096 greys and blues, as text edges make.
    const pixels = new Uint8ClampedArray(w * h * 4).map((_, i) => (i % 4 === 3 ? 255 : i < (w * h * 4) / 2 ? 240 : (i * 7) % 256));
    const png = encodePalettePng(w, h, pixels);
    expect(encodePalettePng(w, h, pixels).equals(png)).toBe(true);
    const back = await decode(png, w, h);
    let worst = 0;
    for (let i = 0; i < pixels.length; i++) worst = Math.max(worst, Math.abs(back[i]! - pixels[i]!));
    expect(back.slice(0, 4)).toEqual(Uint8ClampedArray.from([240, 240, 240, 255]));
    expect(worst).toBeLessThan(64);
  });

  test('refuses a pixel buffer of the wrong size', () => {
    expect(() => encodePalettePng(2, 2, new Uint8Array(12))).toThrow(/12 bytes for 2×2/);
  });
});

describe('renderCard', () => {
  const card = { kicker: 'Kicker', title: 'A title', left: { outlet: 'Left Outlet', text: 'Left words. '.repeat(60) }, right: { outlet: 'Right', text: 'Right words.' }, footer: 'Footer', host: 'example.org' };

  test('draws a 1200×630 PNG, the same bytes each time', async () => {
    const png = renderCard(card);
    const image = await loadImage(png);
    expect([image.width, image.height]).toEqual([CARD_WIDTH, CARD_HEIGHT]);
    expect(renderCard(card).equals(png)).toBe(true);
  });

  test('keeps overlong text inside its side: the strip under the sides is background', async () => {
    const canvas = createCanvas(CARD_WIDTH, CARD_HEIGHT);
    const ctx = canvas.getContext('2d');
    ctx.drawImage(await loadImage(renderCard(card)), 0, 0);
    // Between the sides' bottom edge and the footer only the paper colour shows.
    const strip = ctx.getImageData(0, CARD_HEIGHT - 36 - 24 - 12, CARD_WIDTH, 6).data;
    const colours = new Set<string>();
    for (let i = 0; i < strip.length; i += 4) colours.add(`${strip[i]},${strip[i + 1]},${strip[i + 2]}`);
    expect([...colours]).toEqual(['243,241,235']);
  });
});

describe('wrapText on hostile text', () => {
  test('a long run with no spaces is cut quickly, to the lines asked for, each within the width', () => {
    const lines = wrapText(measure, 'x'.repeat(200_000), 30, 3);
    expect(lines).toHaveLength(3);
    expect(Math.max(...lines.map(measure))).toBeLessThanOrEqual(30);
    expect(lines[2]!.endsWith('…')).toBe(true);
  });

  test('a card of very long unbroken text draws', () => {
    const long = { kicker: 'k', title: 'y'.repeat(5000), left: { outlet: 'L', text: 'z'.repeat(20_000) }, right: { outlet: 'R', text: '漢'.repeat(20_000) }, footer: 'f', host: 'h' };
    expect(renderCard(long).length).toBeGreaterThan(1000);
  });
});
