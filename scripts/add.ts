// npm run add -- <left> <right> [--slug S] [--title T] [--date YYYY-MM-DD] [--force]
// Writes a story folder under the content root (PARALLAX_CONTENT, default
// content/stories) from two plain text files or two web pages saved from a
// browser (.html): the article text, and a story.json with what could be
// inferred. Asks for nothing; prints what it inferred and the comparison's
// summary line.
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { compareStory } from '../src/lib/compare.ts';
import { contentRoot } from '../src/lib/config.ts';
import { decodeArticleBytes, MAX_ARTICLE_BYTES } from '../src/lib/ingest/decode.ts';
import { IngestError } from '../src/lib/ingest/errors.ts';
import { extractArticle, type ExtractedArticle } from '../src/lib/ingest/extract-html.ts';
import { deriveOutletId } from '../src/lib/ingest/outlet.ts';
import { parseArticle } from '../src/lib/ingest/parse-article.ts';
import { readRegularFile } from '../src/lib/ingest/read-file.ts';
import { summarize } from '../src/lib/present/describe.ts';
import { isoDateSchema, slugSchema, type Article } from '../src/lib/schemas.ts';
import { slugify } from '../src/lib/text/slugify.ts';
import { fail } from './story-from-files.ts';

const USAGE = 'usage: npm run add -- <left> <right> [--slug S] [--title T] [--date YYYY-MM-DD] [--force]';

interface Source {
  file: string;
  /** The text stored in the story folder. */
  text: string;
  /** What a web page says about itself; null for a text file (its frame says it, read at build time). */
  page: ExtractedArticle | null;
}

/** Reads one input: a saved web page (by its name or its first bytes) or a text file. */
async function readSource(file: string): Promise<Source> {
  const bytes = await readRegularFile(file, { display: file, maxBytes: MAX_ARTICLE_BYTES, what: 'one article' });
  const text = decodeArticleBytes(bytes, file);
  const html = /\.x?html?$/i.test(file) || /^\s*<(?:!doctype html|html[\s>])/i.test(text);
  if (!html) return { file, text, page: null };
  const page = extractArticle(text, file);
  return { file, text: page.text, page };
}

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { slug: { type: 'string' }, title: { type: 'string' }, date: { type: 'string' }, force: { type: 'boolean', default: false } },
  });
  if (positionals.length !== 2) throw new Error(USAGE);
  if (values.date !== undefined && !isoDateSchema.safeParse(values.date).success) throw new Error(`--date "${values.date}" is not a calendar date; give it as YYYY-MM-DD (e.g. 2024-10-31)`);
  if (values.title !== undefined && !/\S/.test(values.title)) throw new Error('--title is blank; give it some text or leave it out');
  const sources = await Promise.all(positionals.map(readSource));
  // Each article as the build will read it: a page's outlet and headline go to story.json.
  const overrides = sources.map((s) => {
    const outlet = s.page?.outlet ? { name: s.page.outlet, id: deriveOutletId(s.page.outlet) } : undefined;
    return {
      ...(outlet ? { outlet } : {}),
      ...(s.page?.headline ? { headline: s.page.headline } : {}),
      ...(s.page?.url ? { url: s.page.url } : {}),
      ...(s.page?.published ? { published: s.page.published } : {}),
      ...(s.page && s.page.contributors.length > 0 ? { contributors: s.page.contributors } : {}),
    };
  });
  const articles = sources.map((s, k) => parseArticle(s.text, { file: s.file, story: 'add', overrides: overrides[k]! })) as [Article, Article];
  if (articles[0].outlet.id === articles[1].outlet.id) throw new IngestError(sources[1]!.file, `has the same outlet as ${sources[0]!.file} ("${articles[0].outlet.name}"); compare two outlets`);
  const title = values.title ?? articles[0].headline ?? articles[1].headline;
  if (!title) throw new Error('no headline found in either article; give the story a title with --title');
  const date = values.date ?? [articles[0].published, articles[1].published].filter((d) => d !== null).sort()[0] ?? new Date().toISOString().slice(0, 10);
  const slug = values.slug ?? slugify(title).slice(0, 80).replace(/-+$/, '');
  if (!slugSchema.safeParse(slug).success) throw new Error(`--slug "${slug}" is not a URL slug; use lowercase letters, digits and single hyphens`);
  const dir = path.join(contentRoot(), slug);
  if (existsSync(dir)) {
    if (!values.force) throw new Error(`${dir} already exists; choose another --slug, or replace it with --force`);
    rmSync(dir, { recursive: true });
  }
  const files = articles.map((a) => `${a.outlet.id}.txt`);
  const manifest = {
    title,
    date,
    articles: articles.map((a, k) => ({ file: files[k], ...overrides[k], outlet: { name: a.outlet.name, id: a.outlet.id } })),
  };
  mkdirSync(dir, { recursive: true });
  sources.forEach((s, k) => writeFileSync(path.join(dir, files[k]!), s.text));
  writeFileSync(path.join(dir, 'story.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  const comparison = compareStory({ slug, title, date, articles });
  const lines = [
    `Wrote ${dir}`,
    `  title: ${title}${values.title ? '' : ' (from the headline)'}`,
    `  date: ${date}${values.date ? '' : ' (inferred)'}`,
    ...articles.map((a, k) => `  ${files[k]}: ${a.outlet.name}${a.headline ? ` · “${a.headline}”` : ''}${a.published ? ` · ${a.published}` : ''}${a.contributors.length > 0 ? ` · by ${a.contributors.join(', ')}` : ''}${a.url ? ` · ${a.url}` : ''}`),
    summarize(comparison).replace(/[\u2066-\u2069]/g, ''),
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
}

main().catch((error: unknown) => fail('add', error));
