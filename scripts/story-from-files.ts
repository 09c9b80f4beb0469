// Shared by `npm run compare` and `npm run review`: a story from two raw
// article files given on the command line, and a corrections file.
import path from 'node:path';
import { decodeArticleBytes, MAX_ARTICLE_BYTES } from '../src/lib/ingest/decode.ts';
import { IngestError } from '../src/lib/ingest/errors.ts';
import { MAX_MANIFEST_BYTES } from '../src/lib/ingest/load-stories.ts';
import { formatIssues } from '../src/lib/ingest/manifest.ts';
import { parseArticle } from '../src/lib/ingest/parse-article.ts';
import { readRegularFile } from '../src/lib/ingest/read-file.ts';
import { correctionsSchema, isoDateSchema, type Article, type Story } from '../src/lib/schemas.ts';

/** The options both commands take for two files. */
export const FILE_OPTIONS = {
  title: { type: 'string' },
  date: { type: 'string' },
  'left-outlet': { type: 'string' },
  'right-outlet': { type: 'string' },
  corrections: { type: 'string' },
} as const;

export interface FileOptions {
  title?: string | undefined;
  date?: string | undefined;
  'left-outlet'?: string | undefined;
  'right-outlet'?: string | undefined;
  corrections?: string | undefined;
}

/** A corrections file: `{ "pair": [[id, id], …], "unpair": [[id, id], …] }`, as in story.json's "corrections". */
export async function readCorrections(file: string): Promise<NonNullable<Story['corrections']>> {
  const bytes = await readRegularFile(file, { display: file, maxBytes: MAX_MANIFEST_BYTES, what: 'a corrections file' });
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder().decode(bytes));
  } catch (error) {
    throw new IngestError(file, `not valid JSON (${(error as Error).message})`);
  }
  const result = correctionsSchema.safeParse(json);
  if (!result.success) throw new IngestError(file, `invalid corrections: ${formatIssues(result.error)}`);
  return { ...result.data, file };
}

/** A story of two raw files: outlets, title and date from the options or the text; corrections from `--corrections`. */
export async function storyFromFiles(files: readonly [string, string], values: FileOptions): Promise<Story> {
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
  const left = await read(files[0], values['left-outlet']);
  let right = await read(files[1], values['right-outlet']);
  if (right.outlet.id === left.outlet.id) {
    // Two articles from one outlet: keep the ids (and so the sentence ids) apart.
    right = await read(files[1], values['right-outlet'], `${right.outlet.id}-2`);
  }
  const date = values.date ?? left.published ?? new Date().toISOString().slice(0, 10);
  const title = values.title ?? left.headline ?? `${path.basename(files[0])} and ${path.basename(files[1])}`;
  const corrections = values.corrections === undefined ? {} : { corrections: await readCorrections(values.corrections) };
  return { slug: 'compare', title, date, articles: [left, right], ...corrections };
}

/** Prints an error as `<command>: <message>` and exits with status 1. */
export function fail(command: string, error: unknown): never {
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`${command}: ${message}\n`);
  if (command !== 'add' && error instanceof IngestError && /cannot tell which outlet/.test(message)) {
    process.stderr.write('Name it with --left-outlet or --right-outlet.\n');
  }
  process.exit(1);
}
