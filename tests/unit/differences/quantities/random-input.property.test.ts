import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { compareQuantities, findQuantities } from '../../../../src/lib/differences/quantities/index.ts';

/** Text with many quantity-like pieces among random words, marks and Unicode. */
const newsish = fc
  .array(
    fc.oneof(
      fc.constantFrom(
        'about', 'more than', 'less than the', 'over', 'the', 'a', 'an', 'of', 'and', 'half', 'one', 'Two', 'six', 'twenty-five',
        'two-thirds', 'tens', 'thousands', 'hundred', 'dozen', 'weeks', 'week', 'month-long', '48-hour', 'six-week', 'years old',
        'Thursday', 'evening', 'last', 'this', 'earlier in the', 'Oct.', 'October', 'May', 'mid-May', '31st', '2024', '1990s',
        '1,200', '2.5', '3-1', '9/11', '$', '%', 'p.m.', 'a.m.', ':', '.', ',', '“', '’s', 'constructor', '__proto__', 'toString',
      ),
      fc.string({ unit: 'grapheme', maxLength: 10 }),
      fc.integer({ min: 0, max: 3000 }).map(String),
    ),
    { maxLength: 40 },
  )
  .map((parts) => parts.join(' '));

const anyText = fc.oneof(newsish, fc.string({ unit: 'binary', maxLength: 300 }), fc.string({ maxLength: 300 }));

describe('on random input', () => {
  test('findQuantities never throws, and every offset pair recovers its text, in order', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        let previousEnd = 0;
        for (const q of findQuantities(text)) {
          expect(text.slice(q.start, q.end)).toBe(q.text);
          expect(q.text.length).toBeGreaterThan(0);
          expect(q.start).toBeGreaterThanOrEqual(previousEnd);
          previousEnd = q.end;
        }
      }),
      { numRuns: 500 },
    );
  });

  test('compareQuantities never throws and quotes each sentence exactly', () => {
    fc.assert(
      fc.property(newsish, newsish, (left, right) => {
        for (const d of compareQuantities(left, right)) {
          expect(left).toContain(d.left);
          expect(right).toContain(d.right);
        }
        expect(compareQuantities(left, left)).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });
});
