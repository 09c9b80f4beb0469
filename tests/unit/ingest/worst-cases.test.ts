// Legal input under the size limit that once took minutes. Each test counts
// the work done (characters handed to string and pattern methods, reads of
// an array), not the time, so it holds on any machine; `npm run bench` times
// the full-size shapes (bench/worst-cases.ts).
import { describe, expect, test } from 'vitest';
import { splitParagraphs } from '../../../src/lib/ingest/paragraphs.ts';
import { findQuotationEnds, splitSentences } from '../../../src/lib/ingest/sentences.ts';
import { charactersThrough } from '../../helpers/count-work.ts';

describe('ingest does work in proportion to the text', () => {
  test('hard-wrapped lines: each line is tested once (the sentence-end pattern re-ran over the growing paragraph)', () => {
    const body = Array.from({ length: 2_000 }, (_, i) => `wrapped words of line ${i}`).join('\n');
    const work = charactersThrough('test', () => expect(splitParagraphs(body)).toHaveLength(1));
    expect(work).toBeLessThan(6 * body.length);
  });

  test('quotations that never close: each sentence is read once (each scanned on to the paragraph’s end)', () => {
    splitSentences('Load the model first. Then count.');
    const paragraph = Array.from({ length: 2_000 }, (_, i) => `He said “item ${i} stays open.`).join(' ');
    const work = charactersThrough('slice', () => expect(splitSentences(paragraph)).toHaveLength(2_000));
    expect(work).toBeLessThan(10 * paragraph.length);
  });

  test('findQuotationEnds reads each depth a bounded number of times and finds where each quotation closes', () => {
    let reads = 0;
    const depths = new Proxy(Array.from({ length: 10_000 }, () => 1), {
      get: (target, key, receiver) => {
        if (typeof key === 'string' && /^\d+$/.test(key)) reads++;
        return Reflect.get(target, key, receiver);
      },
    });
    expect(findQuotationEnds(depths).every((end) => end === -1)).toBe(true);
    expect(reads).toBeLessThan(3 * 10_000);
  });

  test.each<{ depths: number[]; ends: number[] }>([
    { depths: [1, 0, -1, 0], ends: [2, -1, -1, -1] },
    { depths: [1, 1, -1, -1], ends: [3, 2, -1, -1] },
    { depths: [1, 0, 0], ends: [-1, -1, -1] },
    { depths: [2, -1, -1, 1, -1], ends: [2, -1, -1, 4, -1] },
    { depths: [0, -1, 1, -2], ends: [-1, -1, 3, -1] },
  ])('quotation ends of $depths', ({ depths, ends }) => {
    expect(findQuotationEnds(depths)).toEqual(ends);
  });
});
