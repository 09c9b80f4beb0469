// Regressions from the engine review: each case names what broke.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { tokenizeAll } from '../../../src/lib/analysis/tokens.ts';
import { diffText, leftOf, rightOf } from '../../../src/lib/differences/word-diff.ts';
import { splitParagraphs } from '../../../src/lib/ingest/paragraphs.ts';
import type { Comparison } from '../../../src/lib/schemas.ts';
import { compareTexts as compare } from '../../helpers/compare-texts.ts';
import { ROOT } from '../../helpers/paths.ts';

describe('engine review regressions', () => {
  test('evidence and claim ids are published words, not internal keys (phrase keys such as "mayor_resign" leaked)', () => {
    const c = compare('THE MAYOR RESIGNED TODAY.', 'The mayor resigned today.');
    const claim = c.claims[0]!;
    expect(claim.status).toBe('shared');
    for (const w of [...claim.evidence!.names, ...claim.evidence!.terms, ...claim.evidence!.numbers]) expect(claim.left[0]!.text).toContain(w);
    expect(claim.id).toMatch(/^(?:[a-z0-9]+-){1,4}[0-9a-f]{6}$/);
  });

  test('one hyphenated name is one shared word, not two (al-Amin opened a claim alone)', () => {
    const c = compare('Al-Amin came overnight in the north.', 'Critics doubt that al-Amin can last.');
    expect(c.claims.every((x) => x.status !== 'shared')).toBe(true);
  });

  test('a quotation one side splits is compared whole, as exact text of each side', () => {
    const left = 'Lima said “we will fight on,” and added “we will win the war against them.”';
    const right = '“We will fight on and we will win this war,” Lima said.';
    const c = compare(left, right);
    const quote = c.claims.flatMap((x) => x.differences).find((d) => d.kind === 'quote')!;
    expect(left).toContain(quote.left);
    expect(right).toContain(quote.right);
    expect(quote.left).toMatch(/^we will fight on.*against them\.$/);
  });

  test('a very long changed sentence does not stall the diff; both texts still rebuild exactly', () => {
    const words = (seed: number) => Array.from({ length: 4000 }, (_, i) => `w${(i * seed) % 997}`).join(' ');
    const [a, b] = [words(7), words(13)];
    const segments = diffText(a, b);
    expect(leftOf(segments)).toBe(a);
    expect(rightOf(segments)).toBe(b);
  });

  test('token offsets stay inside their sentence when a sentence ends in a hyphen (the blank line between sentences became a token)', () => {
    const texts = ['They agreed to a cease-', 'Fire deal on Monday.'];
    tokenizeAll(texts).forEach((tokens, i) => {
      for (const t of tokens) {
        expect(t.end).toBeLessThanOrEqual(texts[i]!.length);
        expect(texts[i]!.slice(t.start, t.end)).toBe(t.text);
      }
    });
  });

  test('punctuation before the first paragraph is kept, not dropped', () => {
    expect(splitParagraphs('“”\nThe council met.')).toEqual(['“” The council met.']);
  });

  test('npm run compare keeps sentence ids apart for two files from one outlet (CNN 2 derived the id "cnn" again)', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'parallax-cli-'));
    writeFileSync(path.join(dir, 'a.txt'), 'CNN\n—\nThe council met on Monday.\n');
    writeFileSync(path.join(dir, 'b.txt'), 'CNN\n—\nThe council met on Tuesday.\n');
    const result = spawnSync(process.execPath, [path.join(ROOT, 'scripts/compare.ts'), path.join(dir, 'a.txt'), path.join(dir, 'b.txt')], { encoding: 'utf8' });
    expect(result.status).toBe(0);
    const c = JSON.parse(result.stdout) as Comparison;
    expect(c.articles.left.outlet.id).not.toBe(c.articles.right.outlet.id);
    const ids = c.claims.flatMap((x) => [...x.left, ...x.right].map((s) => s.id));
    expect(new Set(ids).size).toBe(ids.length);
  });
});
