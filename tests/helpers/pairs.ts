import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArticle } from '../../src/lib/ingest/parse-article.ts';
import type { Story } from '../../src/lib/schemas.ts';
import { ROOT } from './paths.ts';

export const PAIRS = path.join(ROOT, 'tests/fixtures/pairs');

export interface ExpectedPair {
  description: string;
  shared: { left: string[]; right: string[]; differences?: { kind: string; left: string; right: string }[] }[];
  leftOnly: string[];
  rightOnly: string[];
}

/** Names of the fixture pairs (folders under tests/fixtures/pairs). */
export function pairNames(): string[] {
  return readdirSync(PAIRS, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort();
}

/** A fixture pair as a story, with its expected alignment. */
export function loadPair(name: string): { story: Story; expected: ExpectedPair } {
  const read = (file: string) => parseArticle(readFileSync(path.join(PAIRS, name, file), 'utf8'), { file, story: name });
  const story: Story = { slug: name, title: name, date: '2025-01-01', articles: [read('left.txt'), read('right.txt')] };
  return { story, expected: JSON.parse(readFileSync(path.join(PAIRS, name, 'expected.json'), 'utf8')) as ExpectedPair };
}
