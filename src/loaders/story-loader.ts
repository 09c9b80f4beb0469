import type { Loader } from 'astro/loaders';
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { compareStory } from '../lib/compare.ts';
import { plainPages } from '../lib/config.ts';
import { IngestError } from '../lib/ingest/errors.ts';
import { loadStoryFolders } from '../lib/ingest/load-stories.ts';
import type { Comparison, Story } from '../lib/schemas.ts';
import { WorkerPool } from '../lib/workers/pool.ts';

// Folders of src/lib that shape how a page or a card looks, not what a comparison says.
const NOT_ENGINE = /^(?:present|og|workers)\//;

/**
 * Every engine source file's text, in path order: part of each story's cache
 * key, so that any change to the engine re-aligns every story, and nothing
 * depends on remembering to bump a version. Presentation code is left out: a
 * new badge wording must not re-align an archive.
 */
async function engineSource(libDir: string): Promise<string> {
  const files = (await readdir(libDir, { recursive: true }))
    .map((f) => f.split(path.sep).join('/'))
    .filter((f) => f.endsWith('.ts') && !NOT_ENGINE.test(f))
    .sort();
  const texts = await Promise.all(files.map((f) => readFile(path.join(libDir, f), 'utf8')));
  return files.map((f, i) => `${f}\n${texts[i]}`).join('\n');
}

// Below this many stories to align, starting worker threads (each loads the
// language model and WordNet, about a second) costs more than it saves.
const PARALLEL_FROM = 16;

/**
 * Compares stories on one worker thread per core when there are enough of
 * them, else on this thread; results come back in the stories' order.
 */
async function compareAll(stories: readonly Story[], workerFile: string): Promise<Comparison[]> {
  if (stories.length < PARALLEL_FROM || !existsSync(workerFile)) return stories.map((story) => compareStory(story));
  const pool = new WorkerPool<Story, Comparison>(workerFile, Math.min(availableParallelism(), stories.length), 'comparison');
  try {
    return await Promise.all(stories.map((story) => pool.run(story).catch((error: Error) => Promise.reject(new Error(`story ${story.slug}: ${error.message}`)))));
  } finally {
    await pool.close();
  }
}

export interface StoryLoaderOptions {
  /** Folder holding one sub-folder per story. */
  root: string;
}

/**
 * Loads every story folder under `root`, with its comparison, into the
 * collection. A story whose files are byte for byte those of the last build,
 * with the same engine source, keeps its stored entry: it is neither parsed
 * nor aligned again. Any bad input throws, which stops the
 * build before a page is written.
 */
export function storyLoader({ root }: StoryLoaderOptions) {
  return {
    name: 'parallax-story-loader',
    load: async ({ store, parseData, generateDigest, logger, watcher, config }) => {
      const sync = async () => {
        const plain = plainPages();
        // The parser is part of the engine even for plain pages: a parser change must re-read every story.
        const engine = generateDigest({ source: await engineSource(fileURLToPath(new URL('src/lib/', config.root))), plain });
        // A story whose files and engine are unchanged is taken from the store as it is: not parsed, not aligned.
        const digestOf = (fingerprint: string) => generateDigest({ fingerprint, engine });
        const stored = new Map<string, Story>();
        for (const entry of store.values()) if (entry.digest !== undefined) stored.set(String(entry.digest), entry.data as unknown as Story);
        let loaded;
        try {
          loaded = await loadStoryFolders(root, { previous: (fingerprint) => stored.get(digestOf(fingerprint)) });
        } catch (error) {
          if (error instanceof IngestError) logger.error(error.message);
          throw error;
        }
        const current = new Set(loaded.map((l) => l.story.slug));
        for (const id of store.keys()) if (!current.has(id)) store.delete(id);
        // A reused story came from the store entry with its digest, which already holds its comparison.
        const changed = loaded.filter((l) => !l.reused);
        const comparisons = plain ? null : await compareAll(changed.map((l) => l.story), fileURLToPath(new URL('src/lib/compare-worker.ts', config.root)));
        for (const [k, { story, fingerprint }] of changed.entries()) {
          const data = await parseData({ id: story.slug, data: { ...story, comparison: comparisons?.[k] ?? null } });
          store.set({ id: story.slug, data, digest: digestOf(fingerprint) });
        }
        const aligned = changed.length;
        const counted = `${loaded.length} ${loaded.length === 1 ? 'story' : 'stories'} from ${root}`;
        logger.info(plain ? `loaded ${counted} (plain pages: no alignment)` : `loaded ${counted}; aligned ${aligned}, ${loaded.length - aligned} unchanged`);
      };
      await sync();
      if (!watcher) return;
      // In dev, re-read the stories when any file under the content root changes.
      const rootDir = path.resolve(fileURLToPath(config.root), root);
      watcher.add(rootDir);
      watcher.on('all', (_event, file) => {
        if (!path.resolve(file).startsWith(rootDir + path.sep)) return;
        sync().catch((error: unknown) => logger.error(error instanceof Error ? error.message : String(error)));
      });
    },
  } satisfies Loader;
}
