// Story folders are untrusted input (stories come from other people, and CI
// builds pull requests). Each case here once read a file outside its story,
// hung, crashed or published something broken; each must now load correctly
// or stop with an error naming the file and the problem, and no error may
// tell anything about a file outside the story.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { IngestError } from '../../../src/lib/ingest/errors.ts';
import { loadStories } from '../../../src/lib/ingest/load-stories.ts';
import { MAX_OUTLET_ID_LENGTH } from '../../../src/lib/schemas.ts';
import { goodManifest, leftText, makeContentRoot, rightText, storyFiles } from '../../helpers/story-dir.ts';

/** A secret outside every story folder, to show that no path reaches it. */
const SECRET = 'SECRET-OUTSIDE-THE-STORY';
const outside = mkdtempSync(path.join(tmpdir(), 'parallax-outside-'));
writeFileSync(path.join(outside, 'secret.txt'), `${SECRET}\nThe post Leak appeared first on Leaky Times.`);

const manifest = (articles: object[], extra: object = {}) => JSON.stringify({ ...goodManifest, ...extra, articles });

/** Builds a content root, then lets a case add links, pipes and folders to its story folder `s`. */
function rootWith(files: Record<string, string | Uint8Array | null>, setup: (dir: string, root: string) => void = () => undefined): string {
  const root = makeContentRoot({ s: files });
  setup(path.join(root, 's'), root);
  return root;
}

describe('a story folder cannot read outside itself', () => {
  test.each<{ name: string; root: () => string; error: RegExp }>([
    {
      name: 'a "file" climbing out with ..',
      root: () => rootWith(storyFiles({ 'story.json': manifest([{ file: `../../../../../..${outside}/secret.txt` }, { file: 'b.txt' }]) })),
      error: /s[/\\]story\.json: invalid manifest: articles\.0\.file: must be the name of a file in the story folder/,
    },
    {
      name: 'an absolute "file"',
      root: () => rootWith(storyFiles({ 'story.json': manifest([{ file: `${outside}/secret.txt` }, { file: 'b.txt' }]) })),
      error: /articles\.0\.file: must be the name of a file in the story folder/,
    },
    {
      name: 'a "file" in another story folder',
      root: () => rootWith(storyFiles({ 'story.json': manifest([{ file: '../other/a.txt' }, { file: 'b.txt' }]) })),
      error: /articles\.0\.file: must be the name of a file in the story folder/,
    },
    {
      name: 'an article that is a symbolic link to a file elsewhere',
      root: () => rootWith(storyFiles({ 'a.txt': null }), (dir) => symlinkSync(path.join(outside, 'secret.txt'), path.join(dir, 'a.txt'))),
      error: /s[/\\]a\.txt: is a symbolic link that leads outside its story folder/,
    },
    {
      name: 'an article linked to a system file',
      root: () => rootWith(storyFiles({ 'a.txt': null }), (dir) => symlinkSync('/proc/self/status', path.join(dir, 'a.txt'))),
      error: /s[/\\]a\.txt: is a symbolic link that leads outside its story folder/,
    },
    {
      name: 'a manifest that is a symbolic link to a file elsewhere',
      root: () => rootWith(storyFiles({ 'story.json': null }), (dir) => symlinkSync(path.join(outside, 'secret.txt'), path.join(dir, 'story.json'))),
      error: /s[/\\]story\.json: is a symbolic link that leads outside its story folder/,
    },
    {
      name: 'a link to another story’s file',
      root: () => rootWith(storyFiles({ 'a.txt': null }), (dir, root) => {
        mkdirSync(path.join(root, 'z-other'));
        writeFileSync(path.join(root, 'z-other', 'a.txt'), leftText);
        symlinkSync('../z-other/a.txt', path.join(dir, 'a.txt'));
      }),
      error: /s[/\\]a\.txt: is a symbolic link that leads outside its story folder/,
    },
    {
      name: 'a dangling link (the same message: nothing is told of the target)',
      root: () => rootWith(storyFiles({ 'a.txt': null }), (dir) => symlinkSync(path.join(outside, 'no-such-file'), path.join(dir, 'a.txt'))),
      error: /s[/\\]a\.txt: is a symbolic link that leads outside its story folder \(or to nothing\)/,
    },
    {
      name: 'a story folder that is a link to a folder elsewhere',
      root: () => {
        const root = makeContentRoot({});
        const elsewhere = makeContentRoot({ real: storyFiles() });
        symlinkSync(path.join(elsewhere, 'real'), path.join(root, 'linked'));
        return root;
      },
      error: /linked: is a symbolic link that leads outside the content folder/,
    },
  ])('$name', async ({ root, error }) => {
    const attempt = loadStories(root());
    await expect(attempt).rejects.toBeInstanceOf(IngestError);
    const message = await attempt.catch((e: Error) => e.message);
    expect(message).toMatch(error);
    expect(message).not.toContain(SECRET);
    expect(message).not.toContain(outside);
  });

  test('a link that stays inside the story folder is followed', async () => {
    const root = rootWith(
      { 'story.json': manifest([{ file: 'left.txt' }, { file: 'b.txt' }]), 'a.txt': leftText, 'b.txt': rightText },
      (dir) => symlinkSync('a.txt', path.join(dir, 'left.txt')),
    );
    const [story] = await loadStories(root);
    expect(story!.articles[0].outlet.name).toBe('Riverside Gazette');
  });

  test('a story folder linked from inside the content folder is loaded, not skipped', async () => {
    const root = makeContentRoot({ real: storyFiles() });
    symlinkSync(path.join(root, 'real'), path.join(root, 'linked'));
    const stories = await loadStories(root);
    expect(stories.map((s) => s.slug)).toEqual(['linked', 'real']);
  });
});

describe('only regular files are read, and their type is checked first', () => {
  test.each<{ name: string; root: () => string; error: RegExp }>([
    {
      name: 'a manifest that is a named pipe (the build hung for ever)',
      root: () => rootWith(storyFiles({ 'story.json': null }), (dir) => execFileSync('mkfifo', [path.join(dir, 'story.json')])),
      error: /s[/\\]story\.json: is a named pipe \(FIFO\), not a file/,
    },
    {
      name: 'an article that is a named pipe',
      root: () => rootWith(storyFiles({ 'a.txt': null }), (dir) => execFileSync('mkfifo', [path.join(dir, 'a.txt')])),
      error: /s[/\\]a\.txt: is a named pipe \(FIFO\), not a file/,
    },
    {
      name: 'a .txt that is a folder (was "file not found")',
      root: () => rootWith(storyFiles({ 'b.txt': null }), (dir) => mkdirSync(path.join(dir, 'b.txt'))),
      error: /s[/\\]b\.txt: is a folder, not a file/,
    },
    {
      name: 'a story.json that is a folder (was "no story.json")',
      root: () => rootWith(storyFiles({ 'story.json': null }), (dir) => mkdirSync(path.join(dir, 'story.json'))),
      error: /s[/\\]story\.json: is a folder, not a file/,
    },
  ])('$name', async ({ root, error }) => {
    await expect(loadStories(root())).rejects.toThrow(error);
  });
});

describe('odd but legal input loads, or gets a clear message', () => {
  test('a manifest with a UTF-8 byte-order mark loads (was "not valid JSON" with an invisible character)', async () => {
    const root = rootWith(storyFiles({ 'story.json': `\ufeff${JSON.stringify(goodManifest)}` }));
    const [story] = await loadStories(root);
    expect(story!.title).toBe(goodManifest.title);
  });

  test('a long outlet name without an id gets a short one (was ENAMETOOLONG)', async () => {
    const name = `${'Verylongoutletname'.repeat(20)}`;
    const root = rootWith(storyFiles({ 'story.json': manifest([{ file: 'a.txt', outlet: { name } }, { file: 'b.txt' }]) }));
    const [story] = await loadStories(root);
    const id = story!.articles[0].outlet.id;
    expect(id.length).toBeLessThanOrEqual(MAX_OUTLET_ID_LENGTH);
    expect(id).toMatch(/^verylongoutletname[a-z]*-[0-9a-f]{6}$/);
  });

  test.each<{ name: string; files: Record<string, string | Uint8Array | null>; folder?: string; error: RegExp }>([
    { name: 'a javascript: URL', files: storyFiles({ 'story.json': manifest([{ file: 'a.txt', url: 'javascript:alert(document.domain)' }, { file: 'b.txt' }]) }), error: /articles\.0\.url: must be an http:\/\/ or https:\/\/ address/ },
    { name: 'a data: URL', files: storyFiles({ 'story.json': manifest([{ file: 'a.txt' }, { file: 'b.txt', url: 'data:text/html,<script>alert(1)</script>' }]) }), error: /articles\.1\.url: must be an http:\/\/ or https:\/\/ address/ },
    { name: 'a blank title', files: storyFiles({ 'story.json': JSON.stringify({ title: '   ', date: '2025-01-01' }) }), error: /story\.json: invalid manifest: title: must not be blank/ },
    { name: 'a blank outlet name', files: storyFiles({ 'story.json': manifest([{ file: 'a.txt', outlet: { name: ' \t' } }, { file: 'b.txt' }]) }), error: /articles\.0\.outlet\.name: must not be blank/ },
    { name: 'a blank headline', files: storyFiles({ 'story.json': manifest([{ file: 'a.txt', headline: '  ' }, { file: 'b.txt' }]) }), error: /articles\.0\.headline: must not be blank/ },
    { name: 'an outlet id too long to be a path', files: storyFiles({ 'story.json': manifest([{ file: 'a.txt', outlet: { id: 'x'.repeat(40) } }, { file: 'b.txt' }]) }), error: /articles\.0\.outlet\.id: must be at most 32 characters/ },
    { name: 'a slug too long to be a path', files: storyFiles({ 'story.json': JSON.stringify({ ...goodManifest, slug: 'a'.repeat(81) }) }), error: /slug: must be at most 80 characters/ },
    { name: 'a folder name with a space (was a four-line schema message)', folder: 'My story', files: storyFiles(), error: /My story: the folder name "My story" cannot be the story's URL: .*\(e\.g\. "my-story"\), or set "slug" in .*story\.json/ },
  ])('$name', async ({ files, folder = 's', error }) => {
    await expect(loadStories(makeContentRoot({ [folder]: files }))).rejects.toThrow(error);
  });

  test('a blank headline in a syndication footer is no headline, not an empty one', async () => {
    const root = rootWith(storyFiles({ 'a.txt': 'The council voted.\nThe post    appeared first on Riverside Gazette.' }));
    const [story] = await loadStories(root);
    expect(story!.articles[0].headline).toBeNull();
  });
});
