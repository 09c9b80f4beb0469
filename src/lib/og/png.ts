import { crc32, deflateSync } from 'node:zlib';

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

function chunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(data, crc32(head.subarray(4))) >>> 0, 0);
  return Buffer.concat([head, data, crc]);
}

/** Colours a palette PNG holds at most. */
const PALETTE = 256;

/**
 * Encodes RGBA pixels as a palette PNG (colour type 3): the 256 commonest
 * colours of the image, each other colour drawn as the nearest of them. A
 * share card is flat colours and anti-aliased text: its few thousand
 * colours are nearly all text edges, so the loss does not show, and the
 * file is about half the size of 8-bit RGBA. An image of 256 colours or
 * fewer is encoded exactly. Pixels must be opaque (cards are).
 */
export function encodePalettePng(width: number, height: number, rgba: Uint8Array | Uint8ClampedArray): Buffer {
  if (rgba.length !== width * height * 4) throw new Error(`encodePalettePng: ${rgba.length} bytes for ${width}×${height} RGBA pixels`);
  const count = new Map<number, number>();
  const rgb = (i: number) => (rgba[i]! << 16) | (rgba[i + 1]! << 8) | rgba[i + 2]!;
  for (let i = 0; i < rgba.length; i += 4) count.set(rgb(i), (count.get(rgb(i)) ?? 0) + 1);
  // Commonest first; ties by colour value, so the same image always gives the same file.
  const palette = [...count].sort((a, b) => b[1] - a[1] || a[0] - b[0]).slice(0, PALETTE).map(([c]) => c);
  const index = new Map(palette.map((c, k) => [c, k]));
  const nearest = (c: number): number => {
    let best = 0;
    let bestDistance = Infinity;
    for (const [k, p] of palette.entries()) {
      const dr = ((c >> 16) & 255) - ((p >> 16) & 255);
      const dg = ((c >> 8) & 255) - ((p >> 8) & 255);
      const db = (c & 255) - (p & 255);
      const d = 2 * dr * dr + 4 * dg * dg + 3 * db * db;
      if (d < bestDistance) [best, bestDistance] = [k, d];
    }
    return best;
  };
  for (const c of count.keys()) if (!index.has(c)) index.set(c, nearest(c));
  const raw = Buffer.alloc((width + 1) * height); // byte 0 of each row: filter type 0 (none)
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) raw[y * (width + 1) + 1 + x] = index.get(rgb((y * width + x) * 4))!;
  }
  const plte = Buffer.alloc(palette.length * 3);
  palette.forEach((c, k) => plte.set([(c >> 16) & 255, (c >> 8) & 255, c & 255], k * 3));
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 3, 0, 0, 0], 8); // depth 8, colour type 3 (palette), deflate, adaptive filtering, no interlace
  return Buffer.concat([SIGNATURE, chunk('IHDR', header), chunk('PLTE', plte), chunk('IDAT', deflateSync(raw, { level: 6 })), chunk('IEND', Buffer.alloc(0))]);
}
