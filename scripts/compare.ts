// npm run compare -- <left-file> <right-file> [--title T] [--date YYYY-MM-DD] [--left-outlet NAME] [--right-outlet NAME] [--corrections FILE]
// Prints the comparison JSON of two raw article files, without building the site.
import path from 'node:path';
import { parseArgs } from 'node:util';
import { compareStory } from '../src/lib/compare.ts';
import { decodeArticleBytes, MAX_ARTICLE_BYTES } from '../src/lib/ingest/decode.ts';
import { IngestError } from '../src/lib/ingest/errors.ts';
import { parseArticle } from '../src/lib/ingest/parse-article.ts';
import { readRegularFile } from '../src/lib/ingest/read-file.ts';
import { correctionsSchema, isoDateSchema, type Article } from '../src/lib/schemas.ts';
import type { Corrections } from '../src/lib/align/corrections.ts';
import { formatIssues } from '../src/lib/ingest/manifest.ts';
import { MAX_MANIFEST_BYTES } from '../src/lib/ingest/load-stories.ts';

const USAGE = 'usage: npm run compare -- <left-file> <right-file> [--title T] [--date YYYY-MM-DD] [--left-outlet NAME] [--right-outlet NAME] [--corrections FILE]';

/** A corrections file: `{ "pair": [[id, id], …], "unpair": [[id, id], …] }`, as in story.json's "corrections". */
async function readCorrections(file: string): Promise<Corrections> {
  const bytes = await readRegularFile(file, { display: file, maxBytes: MAX_MANIFEST_BYTES, what: 'a corrections file' });
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder().decode(bytes));
  } catch (error) {
    throw new IngestError(file, `not valid JSON (${(error as Error).message})`);
  }
  const result = correctionsSchema.safeParse(json);
  if (!result.success) throw new IngestError(file, `invalid corrections: ${formatIssues(result.error)}`);
  return result.data;
}

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      title: { type: 'string' },
      date: { type: 'string' },
      'left-outlet': { type: 'string' },
      'right-outlet': { type: 'string' },
      corrections: { type: 'string' },
    },
  });
  if (positionals.length !== 2) throw new Error(USAGE);
  if (values.date !== undefined && !isoDateSchema.safeParse(values.date).success) {
    throw new Error(`--date "${values.date}" is not a calendar date; give it as YYYY-MM-DD (e.g. 2024-10-31)`);
  }
  for (const option of ['title', 'left-outlet', 'right-outlet'] as const) {
    if (values[option] !== undefined && !/\S/.test(values[option])) throw new Error(`--${option} is blank; give it some text or leave it out`);
  }
  const read = async (file: string, outlet: string | undefined, id?: string): Promise<Article> => {
    // Type and size are checked before any byte is read: a FIFO or /dev/zero would never end.
    const bytes = await readRegularFile(file, { display: file, maxBytes: MAX_ARTICLE_BYTES, what: 'one article' });
    const overrides = { outlet: { ...(outlet ? { name: outlet } : {}), ...(id ? { id } : {}) } };
    return parseArticle(decodeArticleBytes(bytes, file), { file, story: 'compare', overrides });
  };
  const left = await read(positionals[0]!, values['left-outlet']);
  let right = await read(positionals[1]!, values['right-outlet']);
  if (right.outlet.id === left.outlet.id) {
    // Two articles from one outlet: keep the ids (and so the sentence ids) apart.
    right = await read(positionals[1]!, values['right-outlet'], `${right.outlet.id}-2`);
  }
  const date = values.date ?? left.published ?? new Date().toISOString().slice(0, 10);
  const title = values.title ?? left.headline ?? `${path.basename(positionals[0]!)} and ${path.basename(positionals[1]!)}`;
  const corrections = values.corrections === undefined ? {} : { corrections: { ...(await readCorrections(values.corrections)), file: values.corrections } };
  const comparison = compareStory({ slug: 'compare', title, date, articles: [left, right], ...corrections });
  process.stdout.write(`${JSON.stringify(comparison, null, 2)}\n`);
}

main().catch((error: unknown) => {
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`compare: ${message}\n`);
  if (error instanceof IngestError && /cannot tell which outlet/.test(message)) {
    process.stderr.write('Name it with --left-outlet or --right-outlet.\n');
  }
  process.exit(1);
});
