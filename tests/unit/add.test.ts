import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { extractArticle } from '../../src/lib/ingest/extract-html.ts';
import { loadStories } from '../../src/lib/ingest/load-stories.ts';
import { ROOT } from '../helpers/paths.ts';
import { leftText, rightText } from '../helpers/story-dir.ts';

const FIX = path.join(ROOT, 'tests/fixtures/add');
const run = (content: string, ...args: string[]) => spawnSync(process.execPath, [path.join(ROOT, 'scripts/add.ts'), ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, PARALLAX_CONTENT: content } });
const scratch = () => mkdtempSync(path.join(tmpdir(), 'parallax-add-'));

describe('extractArticle: a web page saved from a browser', () => {
  test('the body without navigation, footer or scripts, and the page’s own account of itself', () => {
    const page = extractArticle(readFileSync(path.join(FIX, 'harbor-ledger.html'), 'utf8'), 'harbor-ledger.html');
    expect(page.text.split('\n\n')).toHaveLength(4);
    expect(page.text).toMatch(/^The Tarn council voted on Monday/);
    expect(page.text).not.toMatch(/Home|Most read|©|__pwned/);
    expect(page).toMatchObject({ headline: 'Kestrel Bridge to Close for Eleven Weeks', contributors: ['Ana Lima'], published: '2025-03-03', outlet: 'Harbor Ledger', url: 'https://harbor-ledger.example/2025/03/03/kestrel-bridge-closes' });
  });

  test('meta tags and the one heading when the page has no JSON-LD', () => {
    const page = extractArticle(readFileSync(path.join(FIX, 'valley-courier.html'), 'utf8'), 'valley-courier.html');
    expect(page).toMatchObject({ headline: 'Tarn shuts Kestrel bridge for repairs', contributors: ['Sam Ortiz'], published: '2025-03-03', outlet: 'Valley Courier', url: 'https://valley-courier.example/tarn/kestrel-bridge' });
  });
});

describe('npm run add', () => {
  test('two saved web pages make a story folder the build reads, and it prints what it inferred and the summary', async () => {
    const content = scratch();
    const result = run(content, path.join(FIX, 'harbor-ledger.html'), path.join(FIX, 'valley-courier.html'));
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/title: Kestrel Bridge to Close for Eleven Weeks \(from the headline\)/);
    expect(result.stdout).toMatch(/^\d+ claims both report/m);
    const [story] = await loadStories(content);
    expect(story!.slug).toBe('kestrel-bridge-to-close-for-eleven-weeks');
    expect(story!.articles.map((a) => [a.outlet.name, a.published, a.contributors])).toEqual([
      ['Harbor Ledger', '2025-03-03', ['Ana Lima']],
      ['Valley Courier', '2025-03-03', ['Sam Ortiz']],
    ]);
    expect(story!.articles[0].paragraphs).toHaveLength(4);
  });

  test('two text files, with a slug, title and date given', async () => {
    const content = scratch();
    const dir = scratch();
    writeFileSync(path.join(dir, 'left.txt'), leftText);
    writeFileSync(path.join(dir, 'right.txt'), rightText);
    const result = run(content, path.join(dir, 'left.txt'), path.join(dir, 'right.txt'), '--slug', 'bridge', '--title', 'Bridge closes', '--date', '2025-03-01');
    expect(result.status, result.stderr).toBe(0);
    const [story] = await loadStories(content);
    expect([story!.slug, story!.title, story!.date]).toEqual(['bridge', 'Bridge closes', '2025-03-01']);
    // The text is stored as it was delivered.
    expect(readFileSync(path.join(content, 'bridge', `${story!.articles[0].outlet.id}.txt`), 'utf8')).toBe(leftText);
  });

  test.each([
    { name: 'a missing file', args: (d: string) => [path.join(d, 'gone.txt'), path.join(FIX, 'valley-courier.html')], message: /add: .*gone\.txt: file not found/ },
    { name: 'an empty file', args: (d: string) => (writeFileSync(path.join(d, 'empty.txt'), ''), [path.join(d, 'empty.txt'), path.join(FIX, 'valley-courier.html')]), message: /add: .*empty\.txt: file is empty/ },
    { name: 'a binary file', args: (d: string) => (writeFileSync(path.join(d, 'image.txt'), Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0xff, 0xfe])), [path.join(d, 'image.txt'), path.join(FIX, 'valley-courier.html')]), message: /add: .*image\.txt: / },
    { name: 'a page with no article', args: () => [path.join(FIX, 'not-an-article.html'), path.join(FIX, 'valley-courier.html')], message: /add: .*not-an-article\.html: no article body found/ },
    { name: 'an invalid date', args: () => [path.join(FIX, 'harbor-ledger.html'), path.join(FIX, 'valley-courier.html'), '--date', '2025-02-30'], message: /add: --date "2025-02-30" is not a calendar date/ },
  ])('fails clearly on $name', ({ args, message }) => {
    const content = scratch();
    const result = run(content, ...args(scratch()));
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(message);
  });

  test('an existing slug is never overwritten without --force', () => {
    const content = scratch();
    const pages = [path.join(FIX, 'harbor-ledger.html'), path.join(FIX, 'valley-courier.html')];
    expect(run(content, ...pages).status).toBe(0);
    const again = run(content, ...pages);
    expect(again.status).toBe(1);
    expect(again.stderr).toMatch(/already exists; choose another --slug, or replace it with --force/);
    expect(run(content, ...pages, '--force').status).toBe(0);
    expect(existsSync(path.join(content, 'kestrel-bridge-to-close-for-eleven-weeks', 'story.json'))).toBe(true);
  });
});
