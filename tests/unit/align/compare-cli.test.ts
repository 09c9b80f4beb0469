import { spawnSync } from 'node:child_process';
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

  test.each([
    { name: 'a missing file', args: ['missing.txt', 'other.txt'], message: /compare: missing\.txt: file not found/ },
    { name: 'one file only', args: ['a.txt'], message: /usage: npm run compare/ },
  ])('fails clearly on $name', ({ args, message }) => {
    const result = run(...args);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(message);
  });
});
