import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { describe, expect, test } from 'vitest';
import { OUTLETS_SITE, ROOT, SEED_SITE, XSS_SITE } from '../helpers/paths.ts';

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.html'))
    .map((f) => path.join(dir, f))
    .sort();
}

/** The file a site path serves, or null: `/a/` → a/index.html, `/a.png` → a.png. */
function resolveTarget(site: string, urlPath: string): string | null {
  const file = path.join(site, decodeURIComponent(urlPath));
  if (existsSync(file) && statSync(file).isFile()) return file;
  const index = path.join(file, 'index.html');
  return existsSync(index) ? index : null;
}

describe.each([
  ['seed site', SEED_SITE, []],
  // The escaping fixture's titles are full of markup that is escaped: html-validate
  // counts "&lt;script&gt;" toward the 70-character limit, though the title a
  // reader sees fits it (fitTitle measures the decoded text).
  ['escaping fixture site', XSS_SITE, ['long-title']],
  // Claim ids may start with a figure ("1957-gigante-…"): HTML allows it, so
  // .htmlvalidate.json relaxes valid-id; titles with an apostrophe are
  // escaped, and html-validate counts the escape toward 70 characters.
  ['stories of three and four outlets', OUTLETS_SITE, ['long-title']],
])('the built %s', (_name, site, ignored) => {
  test('html-validate finds no errors in any page', async () => {
    // The project's .htmlvalidate.json is found by walking up from each file.
    const validator = new HtmlValidate(new FileSystemConfigLoader());
    const problems: string[] = [];
    for (const file of htmlFiles(site)) {
      const report = await validator.validateFile(file);
      for (const result of report.results) {
        for (const m of result.messages.filter((x) => !ignored.includes(x.ruleId))) problems.push(`${path.relative(site, file)}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
      }
    }
    expect(problems).toEqual([]);
  });

  test('every page carries a Content-Security-Policy that runs no inline script, and no page has an inline handler', () => {
    for (const file of htmlFiles(site)) {
      const html = readFileSync(file, 'utf8');
      const policy = /<meta http-equiv="content-security-policy" content="([^"]+)"/.exec(html)?.[1];
      expect(policy, path.relative(site, file)).toBeDefined();
      const scripts = /(?:^|;)\s*script-src ([^;]*)/.exec(policy!)?.[1] ?? '';
      expect(scripts).not.toMatch(/unsafe-inline|(?<!wasm-)unsafe-eval|\*|data:/);
      expect(policy).toMatch(/object-src 'none'/);
      // Attributes only: text is escaped, so "onerror=" in an article (or inside a quoted attribute value) is inert.
      expect(html.replace(/="[^"]*"/g, '=""').match(/<[a-z][^>]*\son[a-z]+=/gi) ?? [], path.relative(site, file)).toEqual([]);
    }
  });

  test('every internal link, fragment and asset resolves', () => {
    const broken: string[] = [];
    const ids = new Map<string, Set<string>>();
    const idsOf = (file: string) => {
      if (!ids.has(file)) ids.set(file, new Set([...readFileSync(file, 'utf8').matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!)));
      return ids.get(file)!;
    };
    for (const file of htmlFiles(site)) {
      const html = readFileSync(file, 'utf8');
      const pagePath = `/${path.relative(site, path.dirname(file)).split(path.sep).join('/')}/`.replace(/\/+/g, '/');
      for (const [, url] of html.matchAll(/\s(?:href|src)="([^"]+)"/g)) {
        if (/^(?:[a-z]+:|\/\/)/i.test(url!)) continue; // external: checked by no one here, and never fetched
        const resolved = new URL(url!, `http://site${pagePath}`);
        const target = resolveTarget(site, resolved.pathname);
        if (!target) {
          broken.push(`${path.relative(site, file)} → ${url} (no such file)`);
          continue;
        }
        const fragment = decodeURIComponent(resolved.hash.slice(1));
        if (fragment && target.endsWith('.html') && !idsOf(target).has(fragment)) broken.push(`${path.relative(site, file)} → ${url} (no element with id "${fragment}")`);
      }
    }
    expect(broken).toEqual([]);
  });
});

test('the stylesheet holds no utility that only a word in a story, a test or the engine’s word lists asked for', () => {
  const css = readdirSync(path.join(SEED_SITE, '_astro')).filter((f) => f.endsWith('.css')).map((f) => readFileSync(path.join(SEED_SITE, '_astro', f), 'utf8')).join('\n');
  // Single-word classes ("table", "static", "fixed"): the ones a stray word in a text file generates.
  const classes = new Set([...css.matchAll(/(?<![\w\\-])\.([a-z]+)(?=[\s{,:.[>~+)])/g)].map((m) => m[1]!));
  const templates = ['components', 'layouts', 'pages'].flatMap((dir) =>
    readdirSync(path.join(ROOT, 'src', dir), { recursive: true, encoding: 'utf8' }).map((f) => path.join(ROOT, 'src', dir, f)).filter((f) => statSync(f).isFile()),
  );
  const templateWords = new Set(templates.flatMap((f) => readFileSync(f, 'utf8').split(/[^a-z]+/)));
  const unexplained = [...classes].filter((c) => !templateWords.has(c));
  expect(classes.size).toBeGreaterThan(5);
  expect(unexplained).toEqual([]);
});
