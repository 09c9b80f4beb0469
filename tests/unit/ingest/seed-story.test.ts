import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, test } from 'vitest';
import { loadStories } from '../../../src/lib/ingest/load-stories.ts';
import type { Article, Story } from '../../../src/lib/schemas.ts';

const root = new URL('../../../content/stories/', import.meta.url);
let story: Story;
let nyt: Article;
let cnn: Article;
const bodyText = (a: Article) => a.paragraphs.flatMap((p) => p.sentences.map((s) => s.text)).join('\n');

beforeAll(async () => {
  const stories = await loadStories(root.pathname);
  story = stories.find((s) => s.articles.some((a) => a.outlet.id === 'nyt'))!;
  [nyt, cnn] = story.articles;
});

describe('the seed story', () => {
  test('content files are the seeds byte for byte', () => {
    for (const [seed, file] of [['000_4fd5f07e856e3726.txt', nyt.file], ['001_d35c7db44e1067c2.txt', cnn.file]]) {
      const shared = new URL(`../../../../shared/seeds/${seed}`, import.meta.url);
      let original: Buffer;
      try {
        original = readFileSync(shared);
      } catch {
        continue; // shared/ is beside the repository on developer and CI machines; nothing to compare elsewhere.
      }
      expect(readFileSync(new URL(`../../../${file}`, import.meta.url)).equals(original)).toBe(true);
    }
  });

  test('the translated fragments are read with the sentence before them, not as sentences of their own', () => {
    const sentences = cnn.paragraphs.flatMap((p) => p.sentences);
    for (const fragment of ['He will be president.', 'Still strong.']) {
      expect(sentences.map((s) => s.text)).not.toContain(fragment);
      const holder = sentences.find((s) => s.text.endsWith(` ${fragment}`));
      // The fragment ends a sentence that has words of its own, and the text is as published.
      expect(holder?.text.length).toBeGreaterThan(fragment.length + 40);
      expect(readFileSync(new URL(`../../../${cnn.file}`, import.meta.url), 'utf8')).toContain(holder!.text);
    }
  });

  test('NYT headline and outlet come from the syndication footer, which leaves the body', () => {
    expect(nyt.headline).toBe('Top U.S. Officials Are in the Middle East to Try to Jumpstart Cease-Fire Talks');
    expect(nyt.outlet).toEqual({ name: 'New York Times', id: 'nyt' });
    expect(bodyText(nyt)).not.toContain('appeared first on');
  });

  test('CNN outlet comes from the header and contributors from the credit line, both out of the body', () => {
    expect(cnn.outlet).toEqual({ name: 'CNN', id: 'cnn' });
    expect(cnn.contributors).toEqual(['Lauren Izso', 'Alex Marquardt', 'Mostafa Salem']);
    expect(cnn.paragraphs[0]!.sentences[0]!.text.startsWith('As Israeli Prime Minister')).toBe(true);
    expect(bodyText(cnn)).not.toMatch(/^CNN$|^—$|contributed reporting/m);
  });

  test('sentence ids are stable and unique', () => {
    expect(nyt.paragraphs[1]!.sentences.map((s) => s.id)).toEqual(['nyt-p02-s1', 'nyt-p02-s2']);
    const ids = [...story.articles].flatMap((a) => a.paragraphs.flatMap((p) => p.sentences.map((s) => s.id)));
    expect(new Set(ids).size).toBe(ids.length);
  });

  test('text is kept as published; only the normalised copy loses artifacts', () => {
    const mikati = cnn.paragraphs.flatMap((p) => p.sentences).find((s) => s.text.includes('al-Jadeed'))!;
    expect(mikati.text.endsWith('on Wednesday. .')).toBe(true);
    expect(mikati.normalized.endsWith('on wednesday.')).toBe(true);
    const burns = nyt.paragraphs[1]!.sentences[0]!;
    expect(burns.text).toContain('William J. Burns, the C.I.A. director');
    expect(burns.normalized).toContain('william j. burns, the cia director');
  });

  test('every character of each body survives segmentation', () => {
    for (const [article, seed] of [[nyt, '000'], [cnn, '001']] as const) {
      const raw = readFileSync(new URL(`../../../${article.file}`, import.meta.url), 'utf8');
      const squeeze = (s: string) => s.replace(/\s/g, '');
      expect(squeeze(raw), seed).toContain(squeeze(bodyText(article)));
    }
  });
});
