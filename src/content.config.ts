import { defineCollection } from 'astro:content';
import { storyLoader } from './loaders/story-loader.ts';
import { storyEntrySchema } from './lib/schemas.ts';
import { contentRoot } from './lib/config.ts';

export const collections = {
  stories: defineCollection({ loader: storyLoader({ root: contentRoot() }), schema: storyEntrySchema }),
};
