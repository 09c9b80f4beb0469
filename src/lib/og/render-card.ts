import { createRequire } from 'node:module';
import { createCanvas, GlobalFonts, type Canvas, type SKRSContext2D } from '@napi-rs/canvas';
import { excerpt } from '../text/excerpt.ts';
import { encodePalettePng } from './png.ts';

/** What a share image shows: a kicker, a title, and the two outlets' wording side by side. */
export interface Card {
  kicker: string;
  title: string;
  left: { outlet: string; text: string };
  right: { outlet: string; text: string };
  /** A third outlet's wording, for a story told by three outlets or more. */
  third?: { outlet: string; text: string };
  /** How many more outlets report it than the card shows. */
  more?: number;
  footer: string;
  /** The site's host, set at the footer's right end. */
  host: string;
}

export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;

const SERIF = 'Parallax Serif';
const SANS = 'Parallax Sans';
const require = createRequire(import.meta.url);
/** The bundled fonts: family name and module path of each file. */
export const FONT_FILES: [string, string][] = [
  [SERIF, '@fontsource/source-serif-4/files/source-serif-4-latin-400-normal.woff'],
  [SERIF, '@fontsource/source-serif-4/files/source-serif-4-latin-600-normal.woff'],
  [SANS, '@fontsource/inter/files/inter-latin-400-normal.woff'],
  [SANS, '@fontsource/inter/files/inter-latin-600-normal.woff'],
];
const INK = '#1c1b19';
const MUTED = '#5c5a55';
const PAPER = '#f3f1eb';
// Both outlets in the same neutral grey: a colour on one side alone reads as "this one differs".
const ACCENT = { side: '#6b7280', kicker: '#1d4ed8' };
// Outer padding, the gap between the sides, and the padding inside each side.
const [PX, PT, PB, GAP, SX, SY, BAR] = [52, 40, 36, 28, 30, 22, 8];

let fontsReady = false;
let surface: Canvas | undefined;

/** Registers the bundled fonts (from @fontsource packages: no network) once per thread. */
function loadFonts(): void {
  if (fontsReady) return;
  for (const [family, file] of FONT_FILES) GlobalFonts.registerFromPath(require.resolve(file), family);
  fontsReady = true;
}

interface Type {
  font: string;
  size: number;
  lineHeight: number;
  color: string;
}
const type = (weight: number, family: string, size: number, leading: number, color: string): Type => ({ font: `${weight} ${size}px "${family}"`, size, lineHeight: Math.round(size * leading), color });
const KICKER = type(600, SANS, 22, 1.2, ACCENT.kicker);
const TITLE = type(600, SERIF, 38, 1.2, INK);
const LABEL = type(600, SANS, 22, 1.2, MUTED);
const BODY = type(400, SERIF, 28, 1.3, INK);
const FOOTER = type(400, SANS, 20, 1.2, MUTED);

/**
 * Breaks text into lines no wider than `width`, at most `max` of them; a cut
 * text ends in an ellipsis, after a whole word. A word wider than the line is
 * broken between letters. Each word is measured once and a line's width is
 * the sum of its words and spaces (kerning across a space is nil in text
 * faces), which keeps this linear in the text's length.
 */
export function wrapText(measure: (s: string) => number, text: string, width: number, max: number): string[] {
  const space = measure(' ');
  const lines: string[] = [];
  let line = '';
  let used = 0;
  // Lines past max + 1 are never shown: stop there (article text is untrusted and may be long).
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (lines.length > max) break;
    const w = measure(word);
    if (line && used + space + w <= width) {
      line += ` ${word}`;
      used += space + w;
      continue;
    }
    if (line) lines.push(line);
    [line, used] = [word, w];
    while (used > width && lines.length <= max) {
      // The longest prefix that fits, found by bisection: a run of letters with no space may be very long.
      let [lo, hi] = [1, line.length - 1];
      while (lo < hi) {
        const mid = Math.ceil((lo + hi) / 2);
        if (measure(line.slice(0, mid)) <= width) lo = mid;
        else hi = mid - 1;
      }
      lines.push(line.slice(0, lo));
      line = line.slice(lo);
      used = measure(line);
    }
  }
  if (line && lines.length <= max) lines.push(line);
  if (lines.length <= max) return lines;
  const kept = lines.slice(0, max);
  const trim = (s: string) => `${s.replace(/[\s,.;:–—-]+$/u, '')}…`;
  let last = `${kept[max - 1]} ${lines[max]}`;
  while (last.includes(' ') && measure(trim(last)) > width) last = last.slice(0, last.lastIndexOf(' '));
  while (last.length > 1 && measure(trim(last)) > width) last = last.slice(0, -1);
  kept[max - 1] = trim(last);
  return kept;
}

/** Draws lines of one type from `top`; returns the y below them. */
function drawLines(ctx: SKRSContext2D, t: Type, lines: readonly string[], x: number, top: number): number {
  ctx.font = t.font;
  ctx.fillStyle = t.color;
  // Each line box centres its text, as CSS does with a line height.
  lines.forEach((line, k) => ctx.fillText(line, x, top + k * t.lineHeight + t.lineHeight / 2));
  return top + lines.length * t.lineHeight;
}

// More characters than any side of a card can show: longer text is cut before it is measured.
const MAX_CHARS = 1000;

function fit(ctx: SKRSContext2D, t: Type, text: string, width: number, max: number): string[] {
  ctx.font = t.font;
  return wrapText((s) => ctx.measureText(s).width, excerpt(text, MAX_CHARS), width, Math.max(1, max));
}

function drawSide(ctx: SKRSContext2D, side: Card['left'], accent: string, x: number, top: number, width: number, bottom: number): void {
  ctx.save();
  ctx.beginPath();
  ctx.roundRect(x, top, width, bottom - top, 8);
  ctx.clip();
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(x, top, width, bottom - top);
  ctx.fillStyle = accent;
  ctx.fillRect(x, top, width, BAR);
  ctx.restore();
  ctx.letterSpacing = '1px';
  const inner = width - 2 * SX;
  const labelBottom = drawLines(ctx, LABEL, fit(ctx, LABEL, side.outlet.toUpperCase(), inner, 1), x + SX, top + BAR + SY);
  ctx.letterSpacing = '0px';
  const textTop = labelBottom + 12;
  drawLines(ctx, BODY, fit(ctx, BODY, side.text, inner, Math.floor((bottom - SY - textTop) / BODY.lineHeight)), x + SX, textTop);
}

/** Draws a card as a 1200×630 PNG: text set in the bundled fonts with Skia (@napi-rs/canvas). */
export function renderCard(card: Card): Buffer {
  loadFonts();
  // One drawing surface per thread, painted over whole for each card: a new
  // canvas per card leaves megabytes of native memory for the collector.
  surface ??= createCanvas(CARD_WIDTH, CARD_HEIGHT);
  const ctx = surface.getContext('2d');
  ctx.letterSpacing = '0px';
  ctx.textAlign = 'left';
  ctx.textBaseline = 'middle';
  ctx.fillStyle = PAPER;
  ctx.fillRect(0, 0, CARD_WIDTH, CARD_HEIGHT);
  const width = CARD_WIDTH - 2 * PX;
  let y = drawLines(ctx, KICKER, fit(ctx, KICKER, card.kicker, width, 1), PX, PT);
  y = drawLines(ctx, TITLE, fit(ctx, TITLE, card.title, width, 2), PX, y + 8);
  const footerTop = CARD_HEIGHT - PB - FOOTER.lineHeight;
  ctx.font = FOOTER.font;
  const hostWidth = card.host ? ctx.measureText(card.host).width + 24 : 0;
  ctx.textAlign = 'right';
  drawLines(ctx, FOOTER, [card.host], CARD_WIDTH - PX, footerTop);
  ctx.textAlign = 'left';
  const footer = card.more ? `${card.footer} · and ${card.more} more ${card.more === 1 ? 'outlet' : 'outlets'}` : card.footer;
  drawLines(ctx, FOOTER, fit(ctx, FOOTER, footer, width - hostWidth, 1), PX, footerTop);
  const sides = [card.left, card.right, ...(card.third ? [card.third] : [])];
  const sideWidth = (width - GAP * (sides.length - 1)) / sides.length;
  for (const [k, side] of sides.entries()) drawSide(ctx, side, ACCENT.side, PX + k * (sideWidth + GAP), y + 22, sideWidth, footerTop - 18);
  return encodePalettePng(CARD_WIDTH, CARD_HEIGHT, ctx.getImageData(0, 0, CARD_WIDTH, CARD_HEIGHT).data);
}
