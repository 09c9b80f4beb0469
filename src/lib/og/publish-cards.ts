import { createHash, randomUUID } from 'node:crypto';
import { copyFile, link, mkdir, rename, stat, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Card } from './render-card.ts';

/** A share card and where the site publishes it, relative to the output folder ("og/slug.png"). */
export interface CardJob {
  card: Card;
  file: string;
}

export interface PublishOptions {
  outDir: string;
  cacheDir: string;
  /** Digest of the renderer's source: a changed renderer draws every card again. */
  renderer: string;
  draw: (card: Card) => Promise<Buffer>;
  /** Cards in flight at once. */
  concurrency?: number;
}

const exists = (file: string) => stat(file).then(() => true, () => false);

/** The cache file of a card: a digest of what it shows and of the renderer. */
export function cardKey(card: Card, renderer: string): string {
  return createHash('sha256').update(JSON.stringify(card)).update(renderer).digest('hex').slice(0, 32);
}

/** Errors of `link` that mean "no hard link here", not "something is wrong": another file system, or one without hard links. */
const NO_HARD_LINKS = new Set(['EXDEV', 'EPERM', 'ENOTSUP', 'EOPNOTSUPP']);

/** Puts one card in the cache if it is not there yet, then links it at each of its places; says whether it was drawn and how many places got a copy. */
async function publishOne(card: Card, key: string, files: readonly string[], options: PublishOptions): Promise<{ drawn: boolean; copied: number }> {
  const cached = path.join(options.cacheDir, `${key}.png`);
  const drawn = !(await exists(cached));
  if (drawn) {
    const png = await options.draw(card).catch((error: Error) => Promise.reject(new Error(`${files[0]}: ${error.message}`)));
    // Write then rename, so a build that stops midway never leaves half a PNG
    // in the cache; the temporary name is this writer's own, so two builds
    // sharing a cache never rename each other's file.
    const tmp = `${cached}.${process.pid}.${randomUUID()}.tmp`;
    await writeFile(tmp, png);
    await rename(tmp, cached);
  }
  let copied = 0;
  for (const file of files) {
    const target = path.join(options.outDir, file);
    await mkdir(path.dirname(target), { recursive: true });
    await unlink(target).catch((error: NodeJS.ErrnoException) => (error.code === 'ENOENT' ? undefined : Promise.reject(error)));
    // A hard link costs no copy: an archive's cards are gigabytes. Across
    // file systems, copy (and the build says so); any other error is one.
    await link(cached, target).catch(async (error: NodeJS.ErrnoException) => {
      if (!NO_HARD_LINKS.has(error.code ?? '')) throw error;
      await copyFile(cached, target);
      copied++;
    });
  }
  return { drawn, copied };
}

/**
 * Puts each card's PNG at its place in the output folder, drawing only cards
 * not already in the cache folder (keyed by `cardKey`), so a rebuild draws
 * just the cards that changed and links the rest. A card shown in two places
 * is drawn once.
 */
export async function publishCards(jobs: readonly CardJob[], options: PublishOptions): Promise<{ drawn: number; reused: number; copied: number }> {
  await mkdir(options.cacheDir, { recursive: true });
  const byKey = new Map<string, { card: Card; files: string[] }>();
  for (const { card, file } of jobs) {
    const key = cardKey(card, options.renderer);
    const group = byKey.get(key);
    if (group) group.files.push(file);
    else byKey.set(key, { card, files: [file] });
  }
  const groups = [...byKey];
  const width = options.concurrency ?? 16;
  let drawn = 0;
  let copied = 0;
  for (let at = 0; at < groups.length; at += width) {
    const done = await Promise.all(groups.slice(at, at + width).map(([key, { card, files }]) => publishOne(card, key, files, options)));
    drawn += done.filter((d) => d.drawn).length;
    copied += done.reduce((n, d) => n + d.copied, 0);
  }
  return { drawn, reused: jobs.length - drawn, copied };
}
