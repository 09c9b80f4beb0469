import type { Loader } from 'astro/loaders';
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { outletsClaimSentences, withAliases, withOutletAliases } from '../lib/align/claim-aliases.ts';
import { Analysis } from '../lib/analysis/context.ts';
import { coalesce } from '../lib/build/coalesce.ts';
import { sourceDigest } from '../lib/build/source-digest.ts';
import { compareOutletsStory, compareStory } from '../lib/compare.ts';
import { plainPages } from '../lib/config.ts';
import { IngestError } from '../lib/ingest/errors.ts';
import { loadStoryFolders, type LoadedStory } from '../lib/ingest/load-stories.ts';
import { PUBLISHED_FILE, recordClaims, writePublished } from '../lib/ingest/published.ts';
import type { Comparison, Story, StoryEntry } from '../lib/schemas.ts';
import { WorkerPool } from '../lib/workers/pool.ts';

// Below this many stories to align, starting worker threads (each loads the
// language model and WordNet, about a second) costs more than it saves.
const PARALLEL_FROM = 16;
// A story with more sentences than this is named in the log before it is aligned: it may take a while.
const LARGE_STORY = 2_000;

type Logger = Parameters<Loader['load']>[0]['logger'];

const sentencesOf = (story: Story) => story.articles.reduce((n, a) => n + a.paragraphs.reduce((m, p) => m + p.sentences.length, 0), 0);

/**
 * Compares stories on one worker thread per core when there are enough of
 * them, else on this thread; results come back in the stories' order.
 */
async function compareAll(stories: readonly Story[], workerFile: string, logger: Logger): Promise<Comparison[]> {
  for (const story of stories) {
    const n = sentencesOf(story);
    if (n > LARGE_STORY) logger.info(`aligning ${story.slug}: ${n.toLocaleString('en-US')} sentences, this may take a while`);
  }
  const here = () => {
    const analysis = new Analysis();
    return stories.map((story) => compareStory(story, { analysis }));
  };
  if (stories.length < PARALLEL_FROM) return here();
  if (!existsSync(workerFile)) {
    logger.warn(`${workerFile} is missing: comparing ${stories.length} stories on one thread instead of ${availableParallelism()}`);
    return here();
  }
  const pool = new WorkerPool<Story, Comparison>(workerFile, Math.min(availableParallelism(), stories.length), 'comparison');
  try {
    return await Promise.all(stories.map((story) => pool.run(story).catch((error: Error) => Promise.reject(new Error(`story ${story.slug}: ${error.message}`)))));
  } finally {
    await pool.close();
  }
}

/**
 * Adds this build's claim ids to each story's record of published ids
 * (`published-claims.json`, committed with the story), so that a later
 * build, on any clone, still serves or redirects every id published now.
 */
async function recordPublished(loaded: readonly LoadedStory[], claims: readonly (Parameters<typeof recordClaims>[1] | null)[], logger: Logger): Promise<void> {
  for (const [k, { dir, published, story }] of loaded.entries()) {
    const record = claims[k] ? recordClaims(published, claims[k]) : null;
    if (!record) continue;
    try {
      await writePublished(dir, record);
      logger.info(`${story.slug}: recorded new claim ids in ${PUBLISHED_FILE}; commit it, so their links keep working`);
    } catch (error) {
      logger.warn(`${story.slug}: could not update ${PUBLISHED_FILE} (${(error as Error).message}); links to the claims this build adds may break after an engine change`);
    }
  }
}

export interface StoryLoaderOptions {
  /** Folder holding one sub-folder per story. */
  root: string;
}

/**
 * Loads every story folder under `root`, with its comparison, into the
 * collection. A story whose files are byte for byte those of the last build,
 * with the same engine (its source and packages), keeps its comparison: it
 * is neither parsed nor aligned again. Any bad input throws, which stops
 * the build before a page is written.
 */
export function storyLoader({ root }: StoryLoaderOptions) {
  return {
    name: 'parallax-story-loader',
    load: async ({ store, meta, parseData, generateDigest, logger, watcher, config }) => {
      const rootDir = fileURLToPath(config.root);
      const sync = async () => {
        const plain = plainPages();
        // Everything the loader reaches shapes what it stores: the engine's source, the packages it uses and their data, the runtime's Unicode tables.
        const entries = ['src/loaders/story-loader.ts', 'src/lib/compare-worker.ts'].map((f) => path.join(rootDir, f));
        const engine = await sourceDigest(entries, rootDir, [`icu ${process.versions.icu}`, `unicode ${process.versions.unicode}`, `plain ${plain}`]);
        const keyOf = (fingerprint: string) => generateDigest({ fingerprint, engine });
        // The key each stored story was computed under; its published record is applied afresh every time.
        const stored = new Map<string, StoryEntry>();
        for (const slug of store.keys()) {
          const key = meta.get(`aligned:${slug}`);
          const entry = store.get<StoryEntry>(slug);
          if (key && entry) stored.set(key, entry.data);
        }
        let loaded: LoadedStory[];
        try {
          loaded = await loadStoryFolders(root, { previous: (fingerprint) => stored.get(keyOf(fingerprint)) });
        } catch (error) {
          if (error instanceof IngestError) logger.error(error.message);
          throw error;
        }
        const current = new Set(loaded.map((l) => l.story.slug));
        for (const id of store.keys()) {
          if (current.has(id)) continue;
          store.delete(id);
          meta.delete(`aligned:${id}`);
        }
        // Two-outlet stories are compared on the worker pool; stories of three outlets or more, pair by pair, here.
        const changed = loaded.filter((l) => !l.reused && l.story.articles.length === 2);
        const fresh = plain ? [] : await compareAll(changed.map((l) => l.story), path.join(rootDir, 'src/lib/compare-worker.ts'), logger);
        const analysis = new Analysis();
        const outlets = loaded.map((l) => {
          if (plain || l.story.articles.length === 2) return null;
          const found = l.reused ? (l.story as StoryEntry).outlets : compareOutletsStory(l.story, { analysis });
          return found && withOutletAliases(found, l.published);
        });
        const comparisons = loaded.map((l) => {
          const comparison = l.reused ? (l.story as StoryEntry).comparison : (fresh[changed.indexOf(l)] ?? null);
          return comparison && withAliases(comparison, l.published);
        });
        for (const [k, l] of loaded.entries()) {
          const { articles, slug, title, date } = l.story;
          const data = await parseData({ id: slug, data: { slug, title, date, articles, comparison: comparisons[k], outlets: outlets[k] } });
          store.set({ id: slug, data, digest: generateDigest({ key: keyOf(l.fingerprint), aliases: comparisons[k]?.aliases ?? outlets[k]?.aliases ?? [] }) });
          meta.set(`aligned:${slug}`, keyOf(l.fingerprint));
        }
        await recordPublished(loaded, comparisons.map((c, k) => c?.claims ?? (outlets[k] ? outletsClaimSentences(outlets[k].claims) : null)), logger);
        const counted = `${loaded.length} ${loaded.length === 1 ? 'story' : 'stories'} from ${root}`;
        const aligned = loaded.filter((l) => !l.reused).length;
        logger.info(plain ? `loaded ${counted} (plain pages: no alignment)` : `loaded ${counted}; aligned ${aligned}, ${loaded.length - aligned} unchanged`);
      };
      await sync();
      if (!watcher) return;
      // In dev, re-read the stories when any file under the content root
      // changes, one sync at a time (see `coalesce`).
      const contentDir = path.resolve(rootDir, root);
      const resync = coalesce(sync, (error) => logger.error(error instanceof Error ? error.message : String(error)));
      watcher.add(contentDir);
      watcher.on('all', (_event, file) => {
        if (path.resolve(file).startsWith(contentDir + path.sep) && !file.endsWith('.tmp')) void resync();
      });
    },
  } satisfies Loader;
}
