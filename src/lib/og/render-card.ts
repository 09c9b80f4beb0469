import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';
import { excerpt } from '../text/excerpt.ts';

/** What a share image shows: a kicker, a title, and the two outlets' wording side by side. */
export interface Card {
  kicker: string;
  title: string;
  left: { outlet: string; text: string };
  right: { outlet: string; text: string };
  footer: string;
}

export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;
const MAX_SIDE_CHARS = 230;

const require = createRequire(import.meta.url);
const FONT_FILES = [
  ['Source Serif 4', 400, '@fontsource/source-serif-4/files/source-serif-4-latin-400-normal.woff'],
  ['Source Serif 4', 600, '@fontsource/source-serif-4/files/source-serif-4-latin-600-normal.woff'],
  ['Inter', 400, '@fontsource/inter/files/inter-latin-400-normal.woff'],
  ['Inter', 600, '@fontsource/inter/files/inter-latin-600-normal.woff'],
] as const;

// Read once per build, not once per card.
let rendererDigest: Promise<string> | undefined;
let fonts: Promise<{ name: string; weight: 400 | 600; data: Buffer; style: 'normal' }[]> | undefined;

/** The bundled fonts (from @fontsource packages: no network), read once. */
function loadFonts() {
  fonts ??= Promise.all(FONT_FILES.map(async ([name, weight, file]) => ({ name, weight, style: 'normal' as const, data: await readFile(require.resolve(file)) })));
  return fonts;
}

type Node = { type: string; props: { style?: Record<string, string | number>; children?: (Node | string)[] | Node | string } };
const el = (type: string, style: Record<string, string | number>, children?: Node['props']['children']): Node => ({ type, props: { style, ...(children !== undefined ? { children } : {}) } });

function side(outlet: string, text: string, accent: string): Node {
  return el('div', { display: 'flex', flexDirection: 'column', flexGrow: 1, flexShrink: 1, flexBasis: 0, minWidth: 0, paddingTop: 22, paddingBottom: 22, paddingLeft: 30, paddingRight: 30, borderTop: `8px solid ${accent}`, background: '#ffffff', borderRadius: 8 }, [
    el('div', { fontFamily: 'Inter', fontWeight: 600, fontSize: 22, letterSpacing: 1, color: '#5c5a55', textTransform: 'uppercase' }, outlet),
    el('div', { marginTop: 12, fontFamily: 'Source Serif 4', fontSize: 28, lineHeight: 1.3, color: '#1c1b19' }, excerpt(text, MAX_SIDE_CHARS)),
  ]);
}

/** Draws a card as a 1200×630 PNG (satori lays out, resvg rasterises). */
export async function renderCard(card: Card): Promise<Buffer> {
  // satori sizes boxes content-box: the root's size is the card less its padding.
  const [PX, PT, PB] = [52, 40, 36];
  const tree = el('div', { display: 'flex', flexDirection: 'column', width: CARD_WIDTH - 2 * PX, height: CARD_HEIGHT - PT - PB, paddingTop: PT, paddingBottom: PB, paddingLeft: PX, paddingRight: PX, background: '#f3f1eb', fontFamily: 'Inter' }, [
    el('div', { fontSize: 22, fontWeight: 600, color: '#1d4ed8' }, card.kicker),
    el('div', { marginTop: 8, fontFamily: 'Source Serif 4', fontWeight: 600, fontSize: 38, lineHeight: 1.2, color: '#1c1b19' }, excerpt(card.title, 110)),
    el('div', { display: 'flex', gap: 28, marginTop: 22, flexGrow: 1, flexShrink: 1, minHeight: 0, overflow: 'hidden' }, [side(card.left.outlet, card.left.text, '#6b7280'), side(card.right.outlet, card.right.text, '#d97706')]),
    el('div', { marginTop: 18, fontSize: 20, color: '#5c5a55' }, card.footer),
  ]);
  const svg = await satori(tree as Parameters<typeof satori>[0], { width: CARD_WIDTH, height: CARD_HEIGHT, fonts: await loadFonts() });
  return Buffer.from(new Resvg(svg, { fitTo: { mode: 'width', value: CARD_WIDTH }, font: { loadSystemFonts: false } }).render().asPng());
}

/**
 * The card's PNG from the cache folder when this exact card was drawn before
 * (the key is a digest of the card and the renderer's source), else drawn and
 * stored. An unchanged claim is never drawn twice across builds.
 */
export async function cachedCard(card: Card, cacheDir: string): Promise<Buffer> {
  rendererDigest ??= readFile(new URL(import.meta.url)).then((code) => createHash('sha256').update(code).digest('hex'), () => '');
  const key = createHash('sha256').update(JSON.stringify(card)).update(await rendererDigest).digest('hex').slice(0, 32);
  const file = path.join(cacheDir, `${key}.png`);
  const hit = await readFile(file).catch(() => null);
  if (hit) return hit;
  const png = await renderCard(card);
  await mkdir(cacheDir, { recursive: true });
  // Write then rename, so a build that stops midway never leaves half a PNG in the cache.
  await writeFile(`${file}.tmp`, png);
  await rename(`${file}.tmp`, file);
  return png;
}
