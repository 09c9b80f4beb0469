import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { init, parse } from 'es-module-lexer';

/** What a set of entry modules is made of: their own source files and the packages they import. */
export interface ImportClosure {
  /** Absolute paths of every local module reached, and of the data files they read beside them (`new URL('./x', import.meta.url)`), sorted. */
  files: string[];
  /** Names of the npm packages imported anywhere on the way, sorted ("wink-nlp", "@napi-rs/canvas"). */
  packages: string[];
}

/** The npm package a bare import names ("zod/v4" → "zod"), or null for Node built-ins and virtual modules. */
export function packageOf(specifier: string): string | null {
  if (/^(?:node|astro|virtual):/.test(specifier) || specifier.startsWith('.') || path.isAbsolute(specifier)) return null;
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]!;
}

/**
 * Every local module the entries reach through their imports (static, and
 * dynamic ones with a literal specifier), with the packages they use. What
 * is reached is what shapes the output, so a cache keyed on it can neither
 * miss a file (the card renderer imported `text/excerpt.ts` from outside the
 * folder its key covered) nor be thrown away by an unrelated one.
 */
export async function importClosure(entries: readonly string[]): Promise<ImportClosure> {
  await init;
  const files = new Set<string>();
  const packages = new Set<string>();
  const queue = entries.map((e) => path.resolve(e));
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (files.has(file)) continue;
    files.add(file);
    const source = await readFile(file, 'utf8');
    // A data file a module reads from beside itself shapes its output as much as its code does.
    for (const [, relative] of source.matchAll(/new URL\('(\.{1,2}\/[^']+)', import\.meta\.url\)/g)) {
      const data = path.resolve(path.dirname(file), relative!);
      if (!data.endsWith('.ts') && existsSync(data)) files.add(data);
    }
    const [imports] = parse(source, file);
    for (const { n: specifier, ss, se } of imports) {
      // Type-only imports are erased: they shape no output.
      if (specifier === undefined || /^(?:import|export)\s+type\s/.test(source.slice(ss, se))) continue;
      if (specifier.startsWith('.')) {
        const target = path.resolve(path.dirname(file), specifier);
        if (!existsSync(target)) throw new Error(`${file} imports ${specifier}, which does not exist`);
        queue.push(target);
        continue;
      }
      const name = packageOf(specifier);
      if (name) packages.add(name);
    }
  }
  return { files: [...files].sort(), packages: [...packages].sort() };
}

/**
 * A digest of what the entries are made of: the text of every module they
 * reach (paths relative to `root`), the installed version of every package
 * they import, and `extra` (anything else that shapes the output). Upgrading
 * wink-nlp, its model or WordNet changes it, as editing a source file does.
 */
export async function sourceDigest(entries: readonly string[], root: string, extra: readonly (string | Uint8Array)[] = []): Promise<string> {
  const { files, packages } = await importClosure(entries);
  const hash = createHash('sha256');
  for (const file of files) hash.update(path.relative(root, file).split(path.sep).join('/')).update('\0').update(await readFile(file)).update('\0');
  for (const name of packages) {
    const manifest = path.join(root, 'node_modules', name, 'package.json');
    const { version } = JSON.parse(await readFile(manifest, 'utf8').catch(() => Promise.reject(new Error(`the package ${name} is imported but not installed (run npm install)`)))) as { version: string };
    hash.update(`${name}@${version}\0`);
  }
  for (const part of extra) hash.update(part).update('\0');
  return hash.digest('hex');
}
