import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { comparisonSchema } from '../../../src/lib/schemas.ts';
import { ROOT } from '../../helpers/paths.ts';
import { PAIRS } from '../../helpers/pairs.ts';

const run = (...args: string[]) => spawnSync(process.execPath, [path.join(ROOT, 'scripts/compare.ts'), ...args], { cwd: ROOT, encoding: 'utf8' });

describe('npm run compare', () => {
  test('prints the comparison JSON of two raw files', () => {
    const result = run(path.join(PAIRS, 'planted-differences/left.txt'), path.join(PAIRS, 'planted-differences/right.txt'), '--date', '2025-02-03');
    expect(result.status).toBe(0);
    const comparison = comparisonSchema.parse(JSON.parse(result.stdout));
    expect(comparison.date).toBe('2025-02-03');
    expect(comparison.articles.left.outlet.name).toBe('Harbor Ledger');
    expect(comparison.summary.shared).toBeGreaterThan(0);
  });

  const left = path.join(PAIRS, 'planted-differences/left.txt');
  const right = path.join(PAIRS, 'planted-differences/right.txt');
  const fifo = path.join(mkdtempSync(path.join(tmpdir(), 'parallax-fifo-')), 'pipe.txt');
  execFileSync('mkfifo', [fifo]);

  test.each([
    { name: 'a missing file', args: ['missing.txt', 'other.txt'], message: /compare: missing\.txt: file not found/ },
    { name: 'one file only', args: ['a.txt'], message: /usage: npm run compare/ },
    { name: 'a folder (was "file not found")', args: [PAIRS, right], message: /compare: .*pairs: is a folder, not a file/ },
    { name: 'a named pipe (hung for ever)', args: [fifo, right], message: /compare: .*pipe\.txt: is a named pipe \(FIFO\), not a file/ },
    { name: 'a device that never ends (/dev/zero)', args: [left, '/dev/zero'], message: /compare: \/dev\/zero: is a device, not a file/ },
    { name: 'a date that is not a date', args: [left, right, '--date', 'not a date'], message: /compare: --date "not a date" is not a calendar date; give it as YYYY-MM-DD/ },
    { name: 'a day that does not exist', args: [left, right, '--date', '2024-02-30'], message: /--date "2024-02-30" is not a calendar date/ },
    { name: 'a blank outlet name', args: [left, right, '--left-outlet', '  '], message: /compare: --left-outlet is blank/ },
  ])('fails clearly on $name', ({ args, message }) => {
    const result = run(...args);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(message);
  });

  describe('--corrections FILE', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'parallax-corrections-'));
    const write = (name: string, text: string) => {
      const file = path.join(dir, name);
      writeFileSync(file, text);
      return file;
    };

    test('applies the corrections: the pair becomes a shared claim marked as the editor’s', () => {
      const engine = comparisonSchema.parse(JSON.parse(run(left, right).stdout));
      const l = engine.claims.find((c) => c.status === 'left-only')!.left[0]!.id;
      const r = engine.claims.find((c) => c.status === 'right-only')!.right[0]!.id;
      const result = run(left, right, '--corrections', write('pair.json', JSON.stringify({ pair: [[l, r]] })));
      expect(result.status).toBe(0);
      const corrected = comparisonSchema.parse(JSON.parse(result.stdout));
      const claim = corrected.claims.find((c) => c.left.some((s) => s.id === l))!;
      expect([claim.status, claim.origin, claim.right.map((s) => s.id)]).toEqual(['shared', 'editor', [r]]);
      expect(engine.claims.every((c) => c.origin === 'engine')).toBe(true);
    });

    test.each([
      { name: 'not JSON', text: '{ pair: ', message: /compare: .*bad\.json: not valid JSON/ },
      { name: 'a misspelt field', text: '{ "pairs": [] }', message: /compare: .*bad\.json: invalid corrections: \(root\): Unrecognized key: "pairs"/ },
      { name: 'an id that is no sentence id', text: '{ "pair": [["first", "second"]] }', message: /compare: .*bad\.json: invalid corrections: pair\.0\.0: must be a sentence id/ },
      { name: 'an unknown sentence', text: '{ "pair": [["hl-p99-s1", "cs-p01-s1"]] }', message: /compare: .*bad\.json: corrections\.pair\[0\]\[0\]: "hl-p99-s1" is not a sentence of either article/ },
    ])('fails clearly on $name', ({ text, message }) => {
      const result = run(left, right, '--corrections', write('bad.json', text));
      expect(result.status).toBe(1);
      expect(result.stderr).toMatch(message);
    });
  });
});
