import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, test, vi } from 'vitest';

// `link` fails on demand with an errno code, to stand for another file system.
const linkFailure = vi.hoisted(() => ({ code: null as string | null }));
vi.mock('node:fs/promises', async (original) => {
  const fs = await original<typeof import('node:fs/promises')>();
  return {
    ...fs,
    link: (from: string, to: string) => (linkFailure.code ? Promise.reject(Object.assign(new Error(linkFailure.code), { code: linkFailure.code })) : fs.link(from, to)),
  };
});
import { publishCards, type CardJob } from '../../../src/lib/og/publish-cards.ts';
import type { Card } from '../../../src/lib/og/render-card.ts';

const card = (title: string): Card => ({ kicker: 'k', title, left: { outlet: 'L', text: 'l' }, right: { outlet: 'R', text: 'r' }, footer: 'f', host: 'h' });
const jobs: CardJob[] = [
  { card: card('one'), file: 'og/story.png' },
  { card: card('two'), file: 'og/story/claim-a.png' },
];

describe('publishCards', () => {
  test('draws each card once across builds, and puts every card in the output', async () => {
    const cacheDir = mkdtempSync(path.join(tmpdir(), 'cards-cache-'));
    const drawn: string[] = [];
    const draw = async (c: Card) => (drawn.push(c.title), Buffer.from(`png of ${c.title}`));
    const build = (renderer: string) => publishCards(jobs, { outDir: mkdtempSync(path.join(tmpdir(), 'cards-out-')), cacheDir, renderer, draw });

    await expect(build('v1')).resolves.toEqual({ drawn: 2, reused: 0, copied: 0 });
    const outDir = mkdtempSync(path.join(tmpdir(), 'cards-out-'));
    await expect(publishCards(jobs, { outDir, cacheDir, renderer: 'v1', draw })).resolves.toEqual({ drawn: 0, reused: 2, copied: 0 });
    expect(readFileSync(path.join(outDir, 'og/story/claim-a.png'), 'utf8')).toBe('png of two');
    // Linked from the cache, not copied.
    expect(statSync(path.join(outDir, 'og/story.png')).nlink).toBeGreaterThan(1);
    // Cards are drawn concurrently: each once, in no set order.
    expect([...drawn].sort()).toEqual(['one', 'two']);
    // A changed renderer draws everything again.
    await expect(build('v2')).resolves.toEqual({ drawn: 2, reused: 0, copied: 0 });
  });

  test('a card shown in two places is drawn once and published in both', async () => {
    const cacheDir = mkdtempSync(path.join(tmpdir(), 'cards-cache-'));
    const outDir = mkdtempSync(path.join(tmpdir(), 'cards-out-'));
    let draws = 0;
    const twice: CardJob[] = [jobs[0]!, { card: card('one'), file: 'og/other.png' }];
    const result = await publishCards(twice, { outDir, cacheDir, renderer: 'v1', draw: async () => (draws++, Buffer.from('png')) });
    expect([result, draws]).toEqual([{ drawn: 1, reused: 1, copied: 0 }, 1]);
    expect(readFileSync(path.join(outDir, 'og/other.png'), 'utf8')).toBe('png');
  });

  test.each([
    { code: 'EXDEV', result: 'copied' },
    { code: 'EIO', result: 'fails' },
  ])('when a hard link fails with $code, the card is $result (every error fell back to a copy)', async ({ code, result }) => {
    const outDir = mkdtempSync(path.join(tmpdir(), 'cards-out-'));
    const options = { outDir, cacheDir: mkdtempSync(path.join(tmpdir(), 'cards-cache-')), renderer: 'v1', draw: async () => Buffer.from('png') };
    linkFailure.code = code;
    try {
      if (result === 'copied') {
        await expect(publishCards(jobs, options)).resolves.toEqual({ drawn: 2, reused: 0, copied: 2 });
        expect(readFileSync(path.join(outDir, 'og/story.png'), 'utf8')).toBe('png');
      } else {
        await expect(publishCards(jobs, options)).rejects.toThrow(/EIO/);
      }
    } finally {
      linkFailure.code = null;
    }
  });
});
