// npm run review -- <story folder> [--limit N]
// npm run review -- <left-file> <right-file> [--corrections FILE] [--limit N] (and compare's options)
// Prints the engine's decisions nearest the line, most doubtful first, each
// with the correction to paste into story.json, then the story's corrections
// and whether each still changes anything.
import { parseArgs } from 'node:util';
import { CorrectionError } from '../src/lib/align/corrections.ts';
import { compareStory } from '../src/lib/compare.ts';
import { loadStory } from '../src/lib/ingest/load-stories.ts';
import { correctionStatuses, doubts, formatReview } from '../src/lib/review.ts';
import type { Story } from '../src/lib/schemas.ts';
import { fail, FILE_OPTIONS, storyFromFiles } from './story-from-files.ts';

const USAGE = 'usage: npm run review -- <story folder> [--limit N], or npm run review -- <left-file> <right-file> [--corrections FILE] [--limit N]';

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { ...FILE_OPTIONS, limit: { type: 'string', default: '15' } } });
  const limit = Number(values.limit);
  if (!Number.isInteger(limit) || limit < 1) throw new Error(`--limit "${values.limit}" is not a whole number of 1 or more`);
  let story: Story;
  if (positionals.length === 1) {
    const fileOnly = (['title', 'date', 'left-outlet', 'right-outlet', 'corrections'] as const).filter((o) => values[o] !== undefined);
    if (fileOnly.length > 0) throw new Error(`--${fileOnly[0]} is for two files; a story folder takes its own from story.json`);
    story = (await loadStory(positionals[0]!)).story;
  } else if (positionals.length === 2) story = await storyFromFiles([positionals[0]!, positionals[1]!], values);
  else throw new Error(USAGE);
  // The engine's own decisions are reviewed: corrections are checked against them, not applied first.
  const { corrections, ...engineOnly } = story;
  const engine = compareStory(engineOnly);
  const statuses = corrections ? correctionStatuses(engine, corrections) : [];
  // The corrections as a whole, as the build applies them: entries can contradict each other.
  let buildError: string | null = null;
  if (corrections) {
    try {
      compareStory(story);
    } catch (error) {
      if (!(error instanceof CorrectionError)) throw error;
      buildError = error.message;
    }
  }
  process.stdout.write(formatReview(engine, doubts(engine), statuses, limit, buildError));
}

main().catch((error: unknown) => fail('review', error));
