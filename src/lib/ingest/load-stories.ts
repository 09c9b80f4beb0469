import { createHash } from 'node:crypto';
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { decodeArticleBytes, MAX_ARTICLE_BYTES } from './decode.ts';
import { IngestError } from './errors.ts';
import { parseManifest, type ArticleOverrides } from './manifest.ts';
import { parseArticle } from './parse-article.ts';
import type { Article, Story } from '../schemas.ts';

export const MANIFEST_FILE = 'story.json';

/** A path as people see it in messages: relative to the working directory when inside it. */
function display(file: string): string {
  const rel = path.relative(process.cwd(), file);
  return rel && !rel.startsWith('..') ? rel : file;
}

async function readBytes(file: string): Promise<Buffer> {
  const info = await stat(file).catch(() => null);
  if (!info?.isFile()) throw new IngestError(display(file), 'file not found');
  if (info.size > MAX_ARTICLE_BYTES) {
    throw new IngestError(display(file), `file is ${(info.size / 1024 / 1024).toFixed(1)} MB; the limit for one article is 2 MB`);
  }
  return readFile(file);
}

export interface LoadOptions {
  /**
   * The story read before from a folder with this fingerprint, if any: it is
   * returned as it was instead of being parsed again (a rebuild of a large
   * archive parses only the stories that changed).
   */
  previous?: (fingerprint: string) => Story | undefined;
}

/** A story as read from its folder, with the fingerprint of the bytes it came from. */
export interface LoadedStory {
  story: Story;
  /** Digest of the manifest and both article files, bytes as delivered. */
  fingerprint: string;
  /** Whether `previous` supplied it. */
  reused: boolean;
}

async function listArticleFiles(dir: string, manifestFile: string, listed?: ArticleOverrides[]): Promise<ArticleOverrides[]> {
  if (listed) {
    for (const [i, entry] of listed.entries()) {
      const info = await stat(path.join(dir, entry.file)).catch(() => null);
      if (!info?.isFile()) {
        throw new IngestError(manifestFile, `articles.${i}.file names "${entry.file}", which does not exist in ${display(dir)}`);
      }
    }
    return listed;
  }
  const files = (await readdir(dir)).filter((f) => f.endsWith('.txt')).sort();
  return files.map((file) => ({ file }));
}

/** Reads one story folder: its manifest and its two article files. */
export async function loadStory(dir: string, options: LoadOptions = {}): Promise<LoadedStory> {
  const manifestPath = path.join(dir, MANIFEST_FILE);
  const manifestFile = display(manifestPath);
  const manifestText = await readFile(manifestPath, 'utf8').catch(() => null);
  if (manifestText === null) {
    throw new IngestError(display(dir), `no ${MANIFEST_FILE}; every story folder needs one with at least a "title" and a "date"`);
  }
  const manifest = parseManifest(manifestText, manifestFile);
  const slug = manifest.slug ?? path.basename(dir);
  const entries = await listArticleFiles(dir, manifestFile, manifest.articles);
  if (entries.length !== 2) {
    const found = entries.length < 2 ? `only ${entries.length}` : `${entries.length}`;
    throw new IngestError(display(dir), `a story compares exactly two articles; found ${found} (list the two in ${MANIFEST_FILE} "articles", left first)`);
  }
  const files = entries.map((entry) => path.join(dir, entry.file));
  const bytes = await Promise.all(files.map(readBytes));
  const hash = createHash('sha256').update(slug).update('\0').update(manifestText);
  for (const [k, b] of bytes.entries()) hash.update('\0').update(entries[k]!.file).update('\0').update(b);
  const fingerprint = hash.digest('hex');
  const previous = options.previous?.(fingerprint);
  if (previous) return { story: previous, fingerprint, reused: true };
  const articles = entries.map((entry, k) => parseArticle(decodeArticleBytes(bytes[k]!, display(files[k]!)), { file: display(files[k]!), story: slug, overrides: entry }));
  const [left, right] = articles as [Article, Article];
  if (left.outlet.id === right.outlet.id) {
    throw new IngestError(manifestFile, `both articles have the outlet id "${left.outlet.id}"; give one a different "outlet": { "id": … }`);
  }
  return { story: { slug, title: manifest.title, date: manifest.date, articles: [left, right] }, fingerprint, reused: false };
}

/** Reads every story folder under `root`; any bad input throws an IngestError naming the file. */
export async function loadStories(root: string): Promise<Story[]> {
  return (await loadStoryFolders(root)).map((loaded) => loaded.story);
}

/** Reads every story folder under `root`, with fingerprints, reusing what `previous` knows; see `loadStories`. */
export async function loadStoryFolders(root: string, options: LoadOptions = {}): Promise<LoadedStory[]> {
  const entries = await readdir(root, { withFileTypes: true }).catch(() => {
    throw new IngestError(display(root), 'content folder not found');
  });
  const dirs = entries.filter((e) => e.isDirectory() && !e.name.startsWith('.')).map((e) => e.name).sort();
  const stories: LoadedStory[] = [];
  const seen = new Map<string, string>();
  for (const name of dirs) {
    const dir = path.join(root, name);
    const loaded = await loadStory(dir, options);
    const { story } = loaded;
    const other = seen.get(story.slug);
    if (other !== undefined) {
      throw new IngestError(display(dir), `story slug "${story.slug}" is already used by ${other}; slugs must be unique`);
    }
    seen.set(story.slug, display(dir));
    stories.push(loaded);
  }
  return stories;
}
