import { createHash } from 'node:crypto';
import { readdir, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { slugify } from '../text/slugify.ts';
import { decodeArticleBytes, decodeUtf8, MAX_ARTICLE_BYTES } from './decode.ts';
import { IngestError } from './errors.ts';
import { parseManifest, type ArticleOverrides } from './manifest.ts';
import { parseArticle } from './parse-article.ts';
import { readPublished, type PublishedClaims } from './published.ts';
import { describeFsError, isInside, readRegularFile } from './read-file.ts';
import { MAX_SLUG_LENGTH, slugSchema, type Story } from '../schemas.ts';

export const MANIFEST_FILE = 'story.json';
/** Largest manifest accepted: a hand-written file of a few hundred bytes. */
export const MAX_MANIFEST_BYTES = 256 * 1024;
/** The most articles a story compares: beyond a dozen outlets, the table of who reports what stops being readable. */
export const MAX_ARTICLES = 12;

/** A path as people see it in messages: relative to the working directory when inside it. */
function display(file: string): string {
  const rel = path.relative(process.cwd(), file);
  return rel && !rel.startsWith('..') ? rel : file;
}

/** Reads an article file of a story folder (a real path): a regular file inside it, under the size limit. */
function readArticle(dir: string, name: string): Promise<Buffer> {
  const file = path.join(dir, name);
  return readRegularFile(file, { display: display(file), maxBytes: MAX_ARTICLE_BYTES, what: 'one article', within: dir });
}

/** The story's manifest text, or null when the folder has none. */
async function readManifest(dir: string): Promise<string | null> {
  const file = path.join(dir, MANIFEST_FILE);
  const bytes = await readRegularFile(file, { display: display(file), maxBytes: MAX_MANIFEST_BYTES, what: MANIFEST_FILE, within: dir }).catch(
    (error: unknown) => (error instanceof IngestError && error.problem === 'file not found' ? null : Promise.reject(error)),
  );
  return bytes && decodeUtf8(bytes, display(file), MAX_MANIFEST_BYTES, MANIFEST_FILE);
}

/** The slug of a story folder without a "slug" in its manifest: the folder name, which must be one. */
function folderSlug(dir: string, manifestFile: string): string {
  const name = path.basename(dir);
  if (slugSchema.safeParse(name).success) return name;
  const suggestion = slugify(name).slice(0, 60).replace(/-+$/, '') || 'my-story';
  throw new IngestError(
    display(dir),
    `the folder name "${name}" cannot be the story's URL: use lowercase letters, digits and single hyphens, at most ${MAX_SLUG_LENGTH} characters (e.g. "${suggestion}"), or set "slug" in ${manifestFile}`,
  );
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
  /** The story folder's real path. */
  dir: string;
  /** The folder's record of claim ids published by earlier builds (not part of the fingerprint: it does not change the comparison). */
  published: PublishedClaims;
}

async function listArticleFiles(dir: string, manifestFile: string, listed?: ArticleOverrides[]): Promise<ArticleOverrides[]> {
  if (listed) {
    // Every name is a plain file name (the manifest schema), so a name not listed in the folder is simply not there.
    const names = new Set(await readdir(dir));
    for (const [i, entry] of listed.entries()) {
      if (!names.has(entry.file)) throw new IngestError(manifestFile, `articles.${i}.file names "${entry.file}", which is not in ${display(dir)}`);
    }
    return listed;
  }
  const files = (await readdir(dir)).filter((f) => f.endsWith('.txt')).sort();
  return files.map((file) => ({ file }));
}

/**
 * Reads one story folder: its manifest and its two article files. Nothing
 * outside the folder is read: file names are plain names, and a symbolic
 * link that leads out of the folder is refused.
 */
export async function loadStory(folder: string, options: LoadOptions = {}): Promise<LoadedStory> {
  const dir = await realpath(folder).catch((error: unknown) => Promise.reject(describeFsError(error, display(folder))));
  const manifestFile = display(path.join(folder, MANIFEST_FILE));
  const manifestText = await readManifest(dir);
  if (manifestText === null) {
    throw new IngestError(display(folder), `no ${MANIFEST_FILE}; every story folder needs one with at least a "title" and a "date"`);
  }
  const manifest = parseManifest(manifestText, manifestFile);
  const slug = manifest.slug ?? folderSlug(folder, manifestFile);
  const entries = await listArticleFiles(dir, manifestFile, manifest.articles);
  if (entries.length < 2 || entries.length > MAX_ARTICLES) {
    const found = entries.length < 2 ? `only ${entries.length}` : `${entries.length}`;
    throw new IngestError(display(folder), `a story compares 2 to ${MAX_ARTICLES} articles; found ${found} (list them in ${MANIFEST_FILE} "articles", in the order to show them)`);
  }
  const files = entries.map((entry) => path.join(folder, entry.file));
  const bytes = await Promise.all(entries.map((entry) => readArticle(dir, entry.file)));
  const hash = createHash('sha256').update(slug).update('\0').update(manifestText);
  for (const [k, b] of bytes.entries()) hash.update('\0').update(entries[k]!.file).update('\0').update(b);
  const fingerprint = hash.digest('hex');
  const published = await readPublished(dir, display(folder));
  const previous = options.previous?.(fingerprint);
  if (previous) return { story: previous, fingerprint, reused: true, dir, published };
  const articles = entries.map((entry, k) => parseArticle(decodeArticleBytes(bytes[k]!, display(files[k]!)), { file: display(files[k]!), story: slug, overrides: entry }));
  for (const [k, article] of articles.entries()) {
    const earlier = articles.slice(0, k).find((a) => a.outlet.id === article.outlet.id);
    if (earlier) throw new IngestError(manifestFile, `${display(files[k]!)} and ${earlier.file} both have the outlet id "${article.outlet.id}"; give one a different "outlet": { "id": … }`);
  }
  if (articles.length > 2 && manifest.corrections) throw new IngestError(manifestFile, 'corrections are for stories of two articles; a story of more has none yet');
  const corrections = manifest.corrections ? { corrections: { ...manifest.corrections, file: manifestFile } } : {};
  return { story: { slug, title: manifest.title, date: manifest.date, articles: articles as Story['articles'], ...corrections }, fingerprint, reused: false, dir, published };
}

/**
 * The name of a story folder in the content root, or null for anything else
 * (a README beside the stories). A symbolic link to a folder is a story
 * folder when it stays inside the content root; one that leads out stops the
 * build rather than being skipped without a word.
 */
async function storyFolderName(root: string, name: string, symlink: boolean, directory: boolean): Promise<string | null> {
  if (!symlink) return directory ? name : null;
  const link = path.join(root, name);
  const [realRoot, target] = await Promise.all([realpath(root), realpath(link).catch(() => null)]);
  if (target === null || !isInside(realRoot, target)) {
    throw new IngestError(display(link), 'is a symbolic link that leads outside the content folder (or to nothing); move the story folder into the content folder');
  }
  return (await stat(target)).isDirectory() ? name : null;
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
  const dirs = (await Promise.all(entries.filter((e) => !e.name.startsWith('.')).map((e) => storyFolderName(root, e.name, e.isSymbolicLink(), e.isDirectory()))))
    .filter((name) => name !== null)
    .sort();
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
