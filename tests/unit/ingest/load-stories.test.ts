import { describe, expect, test } from 'vitest';
import { IngestError } from '../../../src/lib/ingest/errors.ts';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { loadStories, loadStoryFolders } from '../../../src/lib/ingest/load-stories.ts';
import type { Story } from '../../../src/lib/schemas.ts';
import { makeContentRoot, storyFiles, type StoryFiles } from '../../helpers/story-dir.ts';

describe('loadStories', () => {
  test('reads a valid story: manifest, two articles, inferred metadata', async () => {
    const [story] = await loadStories(makeContentRoot({ 'bridge-closes': storyFiles() }));
    expect(story).toMatchObject({ slug: 'bridge-closes', title: 'Bridge closes', date: '2025-03-01' });
    const [left, right] = story!.articles;
    expect(left).toMatchObject({ id: 'bridge-closes/rg', outlet: { name: 'Riverside Gazette', id: 'rg' }, headline: 'Council Closes Bridge' });
    expect(right).toMatchObject({ id: 'bridge-closes/bbc', outlet: { name: 'BBC', id: 'bbc' }, headline: null });
    expect(right.paragraphs[0]!.sentences[0]).toEqual({
      id: 'bbc-p01-s1',
      text: 'The council voted to shut the bridge on Monday.',
      normalized: 'the council voted to shut the bridge on monday.',
    });
  });

  test('the manifest overrides what the text says, and orders the articles', async () => {
    const manifest = {
      title: 'Bridge closes',
      date: '2025-03-01',
      slug: 'bridge',
      articles: [
        { file: 'b.txt', outlet: { name: 'BBC News', id: 'bbc-news' }, headline: 'Bridge shut', url: 'https://example.com/b', published: '2025-03-02', contributors: ['Ana Lima'] },
        { file: 'a.txt' },
      ],
    };
    const [story] = await loadStories(makeContentRoot({ folder: storyFiles({ 'story.json': JSON.stringify(manifest) }) }));
    expect(story!.slug).toBe('bridge');
    expect(story!.articles[0]).toMatchObject({
      id: 'bridge/bbc-news', outlet: { name: 'BBC News', id: 'bbc-news' }, headline: 'Bridge shut',
      url: 'https://example.com/b', published: '2025-03-02', contributors: ['Ana Lima'],
    });
    expect(story!.articles[1]!.outlet.id).toBe('rg');
  });

  // One case per kind of bad input: each must fail with the file and the problem.
  test.each<{ name: string; stories: Record<string, StoryFiles>; error: RegExp }>([
    { name: 'an empty article file', stories: { s: storyFiles({ 'b.txt': '' }) }, error: /s[/\\]b\.txt: file is empty/ },
    { name: 'invalid UTF-8', stories: { s: storyFiles({ 'b.txt': Uint8Array.from([0x41, 0x20, 0xc0, 0x0a]) }) }, error: /s[/\\]b\.txt: not valid UTF-8: byte 0xc0 at offset 2 \(line 1\)/ },
    { name: 'a folder with one article', stories: { s: { 'story.json': '{"title":"T","date":"2025-01-01"}', 'a.txt': 'Text.\nThe post H appeared first on X.' } }, error: /s: a story compares 2 to 12 articles; found only 1/ },
    {
      name: 'more than twelve articles',
      stories: { s: { 'story.json': '{"title":"T","date":"2025-01-01"}', ...Object.fromEntries(Array.from({ length: 13 }, (_, k) => [`a${String(k).padStart(2, '0')}.txt`, `Text ${k}.\nThe post H appeared first on Outlet ${k}.`])) } },
      error: /s: a story compares 2 to 12 articles; found 13/,
    },
    { name: 'a third article of an outlet already in the story', stories: { s: storyFiles({ 'c.txt': 'More text.\nThe post H appeared first on Riverside Gazette.' }) }, error: /s[/\\]c\.txt and .*a\.txt both have the outlet id "rg"/ },
    { name: 'a manifest naming a missing file', stories: { s: storyFiles({ 'story.json': JSON.stringify({ title: 'T', date: '2025-01-01', articles: [{ file: 'a.txt' }, { file: 'gone.txt' }] }) }) }, error: /s[/\\]story\.json: articles\.1\.file names "gone\.txt", which is not in/ },
    { name: 'a manifest with a bad date', stories: { s: storyFiles({ 'story.json': JSON.stringify({ title: 'T', date: '31/10/2024' }) }) }, error: /s[/\\]story\.json: invalid manifest: date: Invalid ISO date/ },
    { name: 'a manifest with a bad nested field', stories: { s: storyFiles({ 'story.json': JSON.stringify({ title: 'T', date: '2025-01-01', articles: [{ file: 'a.txt', url: 'not a url' }, { file: 'b.txt' }] }) }) }, error: /story\.json: invalid manifest: articles\.0\.url: must be an http:\/\/ or https:\/\/ address/ },
    { name: 'a manifest with an unknown field', stories: { s: storyFiles({ 'story.json': JSON.stringify({ title: 'T', date: '2025-01-01', tilte: 'typo' }) }) }, error: /story\.json: invalid manifest: \(root\): Unrecognized key: "tilte"/ },
    { name: 'a manifest that is not JSON', stories: { s: storyFiles({ 'story.json': '{ title: T }' }) }, error: /s[/\\]story\.json: not valid JSON/ },
    { name: 'a folder without a manifest', stories: { s: { 'a.txt': 'A.', 'b.txt': 'B.' } }, error: /s: no story\.json/ },
    { name: 'two stories with the same slug', stories: { one: storyFiles({ 'story.json': JSON.stringify({ title: 'T', date: '2025-01-01', slug: 'same' }) }), two: storyFiles({ 'story.json': JSON.stringify({ title: 'U', date: '2025-01-02', slug: 'same' }) }) }, error: /two: story slug "same" is already used by .*one; slugs must be unique/ },
    { name: 'a file over 2 MB', stories: { s: storyFiles({ 'b.txt': 'a'.repeat(2 * 1024 * 1024 + 1) }) }, error: /s[/\\]b\.txt: file is 2\.0 MB; the limit for one article is 2 MB/ },
    { name: 'an article whose outlet cannot be told', stories: { s: storyFiles({ 'b.txt': 'Just a sentence.' }) }, error: /s[/\\]b\.txt: cannot tell which outlet published this article/ },
    { name: 'two articles from the same outlet id', stories: { s: storyFiles({ 'b.txt': 'Text.\nThe post H appeared first on Riverside Gazette.' }) }, error: /story\.json: .*b\.txt and .*a\.txt both have the outlet id "rg"/ },
    { name: 'an article with nothing but its frame', stories: { s: storyFiles({ 'b.txt': 'CNN\n—\n' }) }, error: /s[/\\]b\.txt: no article text is left/ },
  ])('fails on $name', async ({ stories, error }) => {
    const root = makeContentRoot(stories);
    const attempt = loadStories(root);
    await expect(attempt).rejects.toBeInstanceOf(IngestError);
    await expect(loadStories(root)).rejects.toThrow(error);
  });

  test('a story of three articles loads them in the order of their files', async () => {
    const root = makeContentRoot({ s: storyFiles({ 'c.txt': 'The bridge will reopen in May.\nThe post H appeared first on Valley Courier.' }) });
    const [story] = await loadStories(root);
    expect(story!.articles.map((a) => a.outlet.id)).toEqual(['rg', 'bbc', 'vc']);
  });

  test('a missing content folder is named', async () => {
    await expect(loadStories('/nonexistent/parallax')).rejects.toThrow(/\/nonexistent\/parallax: content folder not found/);
  });
});

describe('loadStoryFolders', () => {
  test('hands back a story read before from the same bytes, and parses a folder whose bytes changed', async () => {
    const root = makeContentRoot({ one: storyFiles(), two: storyFiles() });
    const first = await loadStoryFolders(root);
    expect(first.map((l) => l.reused)).toEqual([false, false]);
    // Same bytes, other folder name: the slug is part of the fingerprint.
    expect(first[0]!.fingerprint).not.toBe(first[1]!.fingerprint);
    const known = new Map<string, Story>(first.map((l) => [l.fingerprint, l.story]));
    writeFileSync(path.join(root, 'two', 'b.txt'), 'BBC\n—\nThe council voted to shut the old bridge on Monday.\n');
    const again = await loadStoryFolders(root, { previous: (fingerprint) => known.get(fingerprint) });
    expect(again.map((l) => l.reused)).toEqual([true, false]);
    expect(again[0]!.story).toBe(first[0]!.story);
    expect(again[1]!.story.articles[1].paragraphs[0]!.sentences[0]!.text).toContain('old bridge');
  });

  test('a reused story still has its folder checked: a file grown past the limit fails', async () => {
    const root = makeContentRoot({ s: storyFiles() });
    const [first] = await loadStoryFolders(root);
    writeFileSync(path.join(root, 's', 'b.txt'), 'a'.repeat(2 * 1024 * 1024 + 1));
    await expect(loadStoryFolders(root, { previous: () => first!.story })).rejects.toThrow(/file is 2\.0 MB/);
  });
});
