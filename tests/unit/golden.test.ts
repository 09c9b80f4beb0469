// The engine's whole output, pinned: the comparison JSON of the seed story,
// every labelled pair and every fixture pair, byte for byte. A refactor must
// leave these files as they are; a change meant to alter the output shows
// here as a diff to read, and is accepted with `npx vitest run -u`.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { compareStory } from '../../src/lib/compare.ts';
import { loadStories } from '../../src/lib/ingest/load-stories.ts';
import { parseArticle } from '../../src/lib/ingest/parse-article.ts';
import type { Story } from '../../src/lib/schemas.ts';
import { loadPair, pairNames } from '../helpers/pairs.ts';
import { ROOT } from '../helpers/paths.ts';

const LABELLED = path.join(ROOT, 'tests/fixtures/labelled');

/** A labelled pair as a story. */
function labelled(name: string): Story {
  const read = (f: string) => parseArticle(readFileSync(path.join(LABELLED, name, f), 'utf8'), { file: f, story: name });
  return { slug: name, title: name, date: '2025-01-01', articles: [read('left.txt'), read('right.txt')] };
}

const stories: [string, () => Promise<Story> | Story][] = [
  ['seed', async () => (await loadStories(path.join(ROOT, 'content/stories')))[0]!],
  ...readdirSync(LABELLED, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => [`labelled-${d.name}`, () => labelled(d.name)] as [string, () => Story]),
  ...pairNames().map((name) => [`pair-${name}`, () => loadPair(name).story] as [string, () => Story]),
];

describe('the engine’s output is unchanged', () => {
  test.each(stories)('%s', async (name, story) => {
    const json = `${JSON.stringify(compareStory(await story()), null, 2)}\n`;
    await expect(json).toMatchFileSnapshot(path.join(ROOT, 'tests/fixtures/golden', `${name}.json`));
  });
});
