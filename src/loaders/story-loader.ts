import type { Loader } from 'astro/loaders';
import { IngestError } from '../lib/ingest/errors.ts';
import { loadStories } from '../lib/ingest/load-stories.ts';

export interface StoryLoaderOptions {
  /** Folder holding one sub-folder per story. */
  root: string;
}

/**
 * Loads every story folder under `root` into the collection. Any bad input
 * throws, which stops the build before a page is written.
 */
export function storyLoader({ root }: StoryLoaderOptions) {
  return {
    name: 'parallax-story-loader',
    load: async ({ store, parseData, generateDigest, logger, watcher }) => {
      let stories;
      try {
        stories = await loadStories(root);
      } catch (error) {
        if (error instanceof IngestError) logger.error(error.message);
        throw error;
      }
      store.clear();
      for (const story of stories) {
        const data = await parseData({ id: story.slug, data: story });
        store.set({ id: story.slug, data, digest: generateDigest(data) });
      }
      logger.info(`loaded ${stories.length} ${stories.length === 1 ? 'story' : 'stories'} from ${root}`);
      watcher?.add(root);
    },
  } satisfies Loader;
}
