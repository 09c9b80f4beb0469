import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test } from 'vitest';
import { buildSite } from '../helpers/build-site.ts';
import { makeContentRoot, rightText, storyFiles } from '../helpers/story-dir.ts';

test('a rebuild re-aligns and redraws only the story that changed, and publishes what a clean build would', () => {
  const content = makeContentRoot({
    bridge: storyFiles(),
    ferry: storyFiles({ 'story.json': JSON.stringify({ title: 'Ferry resumes', date: '2025-03-02' }) }),
  });
  const scratch = mkdtempSync(path.join(tmpdir(), 'parallax-incremental-'));
  const env = { PARALLAX_CACHE_DIR: path.join(scratch, 'cache') };
  const build = () => {
    const { status, output } = buildSite(content, path.join(scratch, 'dist'), env);
    expect(status, output).toBe(0);
    return output;
  };
  const page = () => readFileSync(path.join(scratch, 'dist/compare/ferry/index.html'), 'utf8');

  expect(build()).toMatch(/aligned 2, 0 unchanged[\s\S]*share cards: drew \d+, 0 unchanged/);
  const first = page();
  expect(build()).toMatch(/aligned 0, 2 unchanged[\s\S]*share cards: drew 0, \d+ unchanged/);
  expect(page()).toBe(first);

  writeFileSync(path.join(content, 'ferry', 'b.txt'), rightText.replace('on Monday', 'on Tuesday'));
  expect(build()).toMatch(/aligned 1, 1 unchanged[\s\S]*share cards: drew [1-9]\d*, [1-9]\d* unchanged/);
  expect(page()).toContain('Tuesday');
}, 180_000);
