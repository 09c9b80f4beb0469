// Worker thread that compares stories for the loader (see src/loaders/story-loader.ts).
import { Analysis } from './analysis/context.ts';
import { compareStory } from './compare.ts';
import type { Story } from './schemas.ts';
import { serveTasks } from './workers/pool.ts';

// One analysis for the worker's life: a sentence two stories share is read once.
const analysis = new Analysis();
serveTasks((story: Story) => compareStory(story, { analysis }));
