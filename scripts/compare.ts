// npm run compare -- <left-file> <right-file> [--title T] [--date YYYY-MM-DD] [--left-outlet NAME] [--right-outlet NAME] [--corrections FILE]
// Prints the comparison JSON of two raw article files, without building the site.
import { parseArgs } from 'node:util';
import { compareStory } from '../src/lib/compare.ts';
import { fail, FILE_OPTIONS, storyFromFiles } from './story-from-files.ts';

const USAGE = 'usage: npm run compare -- <left-file> <right-file> [--title T] [--date YYYY-MM-DD] [--left-outlet NAME] [--right-outlet NAME] [--corrections FILE]';

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: FILE_OPTIONS });
  if (positionals.length !== 2) throw new Error(USAGE);
  const comparison = compareStory(await storyFromFiles([positionals[0]!, positionals[1]!], values));
  process.stdout.write(`${JSON.stringify(comparison, null, 2)}\n`);
}

main().catch((error: unknown) => fail('compare', error));
