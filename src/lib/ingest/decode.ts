import { IngestError } from './errors.ts';

/** Largest raw article accepted; real articles are a few tens of kilobytes. */
export const MAX_ARTICLE_BYTES = 2 * 1024 * 1024;

/** Line number (1-based) of a byte offset, counting LF bytes before it. */
function lineOfByte(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < bytes.length; i++) if (bytes[i] === 0x0a) line++;
  return line;
}

/** Offset of the first byte that is not valid UTF-8 (the decoder does not report it). */
function firstInvalidByte(bytes: Uint8Array): number {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let lo = 0;
  let hi = bytes.length;
  // Smallest prefix length that fails to decode, by bisection; a prefix may
  // also fail because it cuts a valid sequence short, so step back to its start.
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    try {
      decoder.decode(bytes.subarray(0, mid + 1));
      lo = mid + 1;
    } catch {
      hi = mid;
    }
  }
  let offset = lo;
  while (offset > 0 && ((bytes[offset] ?? 0) & 0xc0) === 0x80) offset--;
  return offset;
}

/**
 * Turns a raw article file into text: rejects oversize, binary, non-UTF-8 and
 * empty input with an error naming the file; drops a byte-order mark.
 */
export function decodeArticleBytes(bytes: Uint8Array, file: string): string {
  if (bytes.length > MAX_ARTICLE_BYTES) {
    const mb = (bytes.length / 1024 / 1024).toFixed(1);
    throw new IngestError(file, `file is ${mb} MB; the limit for one article is 2 MB`);
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    const offset = firstInvalidByte(bytes);
    const hex = (bytes[offset] ?? 0).toString(16).padStart(2, '0');
    throw new IngestError(
      file,
      `not valid UTF-8: byte 0x${hex} at offset ${offset} (line ${lineOfByte(bytes, offset)}); save the file as UTF-8`,
    );
  }
  const nul = text.indexOf('\u0000');
  if (nul !== -1) {
    throw new IngestError(file, `contains a NUL character (line ${text.slice(0, nul).split('\n').length}); this looks like a binary file, not article text`);
  }
  if (text.trim() === '') throw new IngestError(file, 'file is empty; expected the text of an article');
  return text;
}
