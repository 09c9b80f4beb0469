// Worker thread that compares stories for the loader (see src/loaders/story-loader.ts).
import { compareStory } from './compare.ts';
import type { Story } from './schemas.ts';
import { serveTasks } from './workers/pool.ts';

serveTasks((story: Story) => compareStory(story));
