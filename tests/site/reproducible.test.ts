import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test } from 'vitest';
import { buildSite } from '../helpers/build-site.ts';
import { ROOT } from '../helpers/paths.ts';

function tree(dir: string): Map<string, Buffer> {
  const files = readdirSync(dir, { recursive: true, encoding: 'utf8', withFileTypes: false }).sort();
  return new Map(files.flatMap((f) => {
    try {
      return [[f, readFileSync(path.join(dir, f))] as const];
    } catch {
      return []; // a folder
    }
  }));
}

test('two clean builds of the same content give byte-identical sites', () => {
  const sites = [1, 2].map(() => {
    const scratch = mkdtempSync(path.join(tmpdir(), 'parallax-repro-'));
    const out = path.join(scratch, 'dist');
    // A fresh cache each time: nothing carried over from an earlier build.
    const { status, output } = buildSite(path.join(ROOT, 'content/stories'), out, { PARALLAX_CACHE_DIR: path.join(scratch, 'cache') });
    expect(status, output).toBe(0);
    return tree(out);
  });
  const [a, b] = sites as [Map<string, Buffer>, Map<string, Buffer>];
  expect([...b.keys()]).toEqual([...a.keys()]);
  const differing = [...a].filter(([f, bytes]) => !bytes.equals(b.get(f)!)).map(([f]) => f);
  expect(differing).toEqual([]);
  expect(a.size).toBeGreaterThan(50);
}, 180_000);
