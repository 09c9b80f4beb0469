import { describe, expect, test } from 'vitest';
import { decodeArticleBytes, MAX_ARTICLE_BYTES } from '../../../src/lib/ingest/decode.ts';
import { IngestError } from '../../../src/lib/ingest/errors.ts';

const bytes = (...parts: (string | number[])[]) =>
  Uint8Array.from(parts.flatMap((p) => (typeof p === 'string' ? [...new TextEncoder().encode(p)] : p)));

describe('decodeArticleBytes', () => {
  test('decodes UTF-8 and drops a byte-order mark', () => {
    expect(decodeArticleBytes(bytes([0xef, 0xbb, 0xbf], 'Caf\u00e9 talks.'), 'a.txt')).toBe('Caf\u00e9 talks.');
  });

  test.each([
    { name: 'empty file', input: bytes(''), problem: /a\.txt: file is empty/ },
    { name: 'only white space', input: bytes(' \n\t\n'), problem: /a\.txt: file is empty/ },
    { name: 'invalid UTF-8 names byte, offset and line', input: bytes('Line one.\nBad ', [0xff], ' byte.'), problem: /a\.txt: not valid UTF-8: byte 0xff at offset 14 \(line 2\)/ },
    { name: 'a truncated multi-byte sequence', input: bytes('Caf', [0xc3]), problem: /a\.txt: not valid UTF-8: byte 0xc3 at offset 3/ },
    { name: 'a stray continuation byte is named, not the byte before it (0x63 was blamed)', input: bytes('abc', [0x80], 'def'), problem: /a\.txt: not valid UTF-8: byte 0x80 at offset 3 \(line 1\)/ },
    { name: 'a U+FFFD the file really holds is not the bad byte', input: bytes('\ufffd ok\n', [0xfe]), problem: /not valid UTF-8: byte 0xfe at offset 7 \(line 2\)/ },
    { name: 'Latin-1 text', input: bytes('Caf', [0xe9], ' talks.'), problem: /not valid UTF-8: byte 0xe9 at offset 3/ },
    { name: 'binary content', input: bytes('PK', [0, 0, 1]), problem: /a\.txt: contains a NUL character/ },
    { name: 'over 2 MB', input: new Uint8Array(MAX_ARTICLE_BYTES + 1).fill(0x61), problem: /a\.txt: file is 2\.0 MB; the limit for one article is 2 MB/ },
  ])('$name', ({ input, problem }) => {
    expect(() => decodeArticleBytes(input, 'a.txt')).toThrow(IngestError);
    expect(() => decodeArticleBytes(input, 'a.txt')).toThrow(problem);
  });
});
