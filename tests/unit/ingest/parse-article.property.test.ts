import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { decodeArticleBytes } from '../../../src/lib/ingest/decode.ts';
import { IngestError } from '../../../src/lib/ingest/errors.ts';
import { parseArticle } from '../../../src/lib/ingest/parse-article.ts';
import { articleSchema } from '../../../src/lib/schemas.ts';

/** Text that looks like news: words, abbreviations, quotes, artifacts, frames. */
const newsish = fc
  .array(
    fc.oneof(
      fc.constantFrom('Mr.', 'U.S.', 'C.I.A.', 'J.', '“', '”', '"', '’s', '.', ' .', '. .', '!', '?', ',', '—', '\n', '\n\n', 'CNN\n—\n', 'The post X appeared first on Y.', 'Ana Lima contributed reporting.', 'el-Sisi', '48-hour'),
      fc.string({ unit: 'grapheme', maxLength: 12 }),
      fc.stringMatching(/^[A-Z][a-z]{1,8}$/),
    ),
    { maxLength: 60 },
  )
  .map((parts) => parts.join(' '));

const squeeze = (s: string) => s.replace(/\s+/g, '');

/** Parses or fails with an IngestError; anything else is a crash. */
function parseOrExplain(text: string) {
  try {
    return parseArticle(text, { file: 'random.txt', story: 'random', overrides: { outlet: { name: 'Outlet' } } });
  } catch (error) {
    expect(error).toBeInstanceOf(IngestError);
    expect((error as IngestError).message.startsWith('random.txt: ')).toBe(true);
    return null;
  }
}

describe('parseArticle on random input', () => {
  test('parses into a valid article whose sentences come from the text, or fails with an IngestError', () => {
    fc.assert(
      fc.property(fc.oneof(newsish, fc.string({ unit: 'binary', maxLength: 400 })), (text) => {
        const article = parseOrExplain(text);
        if (!article) return;
        expect(articleSchema.safeParse(article).success).toBe(true);
        for (const p of article.paragraphs) {
          for (const s of p.sentences) {
            // Hard wraps become spaces, so compare with white space squeezed out.
            expect(squeeze(text)).toContain(squeeze(s.text));
            expect(s.text.trim()).toBe(s.text);
          }
        }
      }),
      { numRuns: 3000 },
    );
  });

  test('random bytes decode or fail with an IngestError naming the file', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        try {
          const text = decodeArticleBytes(bytes, 'bytes.txt');
          parseOrExplain(text);
        } catch (error) {
          expect(error).toBeInstanceOf(IngestError);
          expect((error as Error).message.startsWith('bytes.txt: ')).toBe(true);
        }
      }),
      { numRuns: 2000 },
    );
  });
});
