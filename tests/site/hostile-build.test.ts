// Hostile or odd story folders through the real build: each either builds a
// correct site or stops with a message naming the story, the file and the
// problem, and publishes nothing.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { buildSite } from '../helpers/build-site.ts';
import { goodManifest, leftText, makeContentRoot, storyFiles, type StoryFiles } from '../helpers/story-dir.ts';

const outDir = () => path.join(mkdtempSync(path.join(tmpdir(), 'parallax-hostile-')), 'dist');
const env = () => ({ PARALLAX_CACHE_DIR: mkdtempSync(path.join(tmpdir(), 'parallax-hostile-cache-')) });

/** Every path the build wrote, relative to the output folder. */
const written = (dir: string) => readdirSync(dir, { recursive: true, encoding: 'utf8' });

describe('odd text builds a correct site', () => {
  test('a 300-letter word, a 442-character tracking URL and a long outlet name (ENAMETOOLONG stopped the build)', () => {
    const url = `https://example.com/story?${'utm_campaign=a1b2c3d4&'.repeat(19)}x=1`.slice(0, 442);
    const content = makeContentRoot({
      long: storyFiles({
        'story.json': JSON.stringify({ ...goodManifest, articles: [{ file: 'a.txt' }, { file: 'b.txt', outlet: { name: 'Extraordinarily'.repeat(20) } }] }),
        'a.txt': `${leftText.split('\n')[0]} ${'x'.repeat(300)} appeared.\nRead more at ${url}\n${leftText.split('\n')[1]}`,
        'b.txt': `The council voted to shut the bridge on Monday, ${'y'.repeat(300)} said.\nRead more at ${url}\n`,
      }),
    });
    const out = outDir();
    const { status, output } = buildSite(content, out, env());
    expect(status, output).toBe(0);
    const longest = Math.max(...written(out).map((f) => f.length));
    expect(longest).toBeLessThan(200);
    expect(readFileSync(path.join(out, 'compare/long/index.html'), 'utf8')).toContain('x'.repeat(300));
  }, 120_000);
});

describe('hostile input stops the build and publishes nothing', () => {
  test.each<{ name: string; files: StoryFiles; setup?: (dir: string) => void; message: RegExp }>([
    {
      name: 'a file outside the story',
      files: storyFiles({ 'story.json': JSON.stringify({ ...goodManifest, articles: [{ file: '../../../../../../etc/passwd' }, { file: 'b.txt' }] }) }),
      message: /bad[/\\]story\.json: invalid manifest: articles\.0\.file: must be the name of a file in the story folder/,
    },
    {
      name: 'a javascript: URL',
      files: storyFiles({ 'story.json': JSON.stringify({ ...goodManifest, articles: [{ file: 'a.txt', url: 'javascript:alert(1)' }, { file: 'b.txt' }] }) }),
      message: /articles\.0\.url: must be an http:\/\/ or https:\/\/ address/,
    },
    {
      name: 'a story.json that is a named pipe (the build hung with no output)',
      files: storyFiles({ 'story.json': null }),
      setup: (dir) => execFileSync('mkfifo', [path.join(dir, 'story.json')]),
      message: /bad[/\\]story\.json: is a named pipe \(FIFO\), not a file/,
    },
  ])('$name', ({ files, setup, message }) => {
    const content = makeContentRoot({ bad: files });
    setup?.(path.join(content, 'bad'));
    const out = outDir();
    // A time limit only so that a hang fails the test instead of stalling the run.
    const result = buildSite(content, out, env(), { timeout: 90_000 });
    const output = result.output;
    expect(result.status, output).toBe(1);
    expect(output).toMatch(message);
    expect(output).not.toContain('root:x:0:0');
    expect(existsSync(out)).toBe(false);
  }, 120_000);
});
