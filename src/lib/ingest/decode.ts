import { IngestError } from './errors.ts';

/** Largest raw article accepted; real articles are a few tens of kilobytes. */
export const MAX_ARTICLE_BYTES = 2 * 1024 * 1024;


/** A size for messages: "2.0 MB" for what was found, "2 MB" or "64 KB" for a round limit. */
export function formatSize(bytes: number): string {
  const mb = bytes / 1024 / 1024;
  if (Number.isInteger(mb)) return `${mb} MB`;
  if (mb >= 1) return `${mb.toFixed(1)} MB`;
  return `${Math.ceil(bytes / 1024)} KB`;
}

/** Line number (1-based) of a byte offset, counting LF bytes before it. */
function lineOfByte(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < bytes.length; i++) if (bytes[i] === 0x0a) line++;
  return line;
}

/**
 * Offset of the first byte that is not valid UTF-8 (the fatal decoder does
 * not say where). The lenient decoder puts U+FFFD where each bad sequence
 * starts; the text before it is valid, so its UTF-8 length is the offset. A
 * U+FFFD the file itself holds (EF BF BD) is skipped. Stepping back over
 * continuation bytes instead blamed the byte before a stray one
 * ("abc\x80def" named 0x63, the "c").
 */
function firstInvalidByte(bytes: Uint8Array): number {
  const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
  const encoder = new TextEncoder();
  let offset = 0;
  let from = 0;
  for (let at = text.indexOf('\ufffd'); at !== -1; at = text.indexOf('\ufffd', at + 1)) {
    offset += encoder.encode(text.slice(from, at)).length;
    const real = bytes[offset] === 0xef && bytes[offset + 1] === 0xbf && bytes[offset + 2] === 0xbd;
    if (!real) return offset;
    offset += 3;
    from = at + 1;
  }
  return bytes.length;
}

/**
 * Decodes a file's bytes as UTF-8 text: rejects oversize, binary and
 * non-UTF-8 input with an error naming the file (and the byte, offset and
 * line), and drops a byte-order mark, which would otherwise be an invisible
 * first character (a manifest with one failed as "not valid JSON").
 */
export function decodeUtf8(bytes: Uint8Array, file: string, maxBytes: number, what: string): string {
  if (bytes.length > maxBytes) {
    throw new IngestError(file, `file is ${formatSize(bytes.length)}; the limit for ${what} is ${formatSize(maxBytes)}`);
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
    throw new IngestError(file, `contains a NUL character (line ${text.slice(0, nul).split('\n').length}); this looks like a binary file, not text`);
  }
  return text;
}

/** Turns a raw article file into text (see `decodeUtf8`); an empty or blank file is an error too. */
export function decodeArticleBytes(bytes: Uint8Array, file: string): string {
  const text = decodeUtf8(bytes, file, MAX_ARTICLE_BYTES, 'one article');
  if (text.trim() === '') throw new IngestError(file, 'file is empty; expected the text of an article');
  return text;
}

