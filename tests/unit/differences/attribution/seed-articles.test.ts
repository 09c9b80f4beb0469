import { beforeAll, describe, expect, test } from 'vitest';
import { findSources } from '../../../../src/lib/differences/attribution/index.ts';
import { loadStories } from '../../../../src/lib/ingest/load-stories.ts';
import type { Source } from '../../../../src/lib/schemas.ts';

describe('the seed articles', () => {
  let nyt: Source[];
  let cnn: Source[];
  beforeAll(async () => {
    const stories = await loadStories(new URL('../../../../content/stories/', import.meta.url).pathname);
    const story = stories.find((s) => s.slug === 'us-envoys-cease-fire-push-2024-10-31')!;
    nyt = findSources(story.articles[0]);
    cnn = findSources(story.articles[1]);
  });
  const find = (sources: Source[], label: RegExp) => sources.find((s) => label.test(s.label));

  test.each<{ outlet: 'nyt' | 'cnn'; label: RegExp; kind: Source['kind']; description?: RegExp; sentences: string[] }>([
    { outlet: 'nyt', label: /^a U\.S\. official$/, kind: 'anonymous', sentences: ['nyt-p03-s1'] },
    { outlet: 'nyt', label: /^officials briefed on Israel’s internal thinking$/, kind: 'anonymous', sentences: ['nyt-p04-s1'] },
    { outlet: 'nyt', label: /el-Sisi’s office/, kind: 'organization', sentences: ['nyt-p05-s1'] },
    { outlet: 'nyt', label: /^a person briefed on the discussions$/, kind: 'anonymous', sentences: ['nyt-p08-s2'] },
    { outlet: 'nyt', label: /Gallant’s office/, kind: 'organization', sentences: ['nyt-p09-s1'] },
    { outlet: 'nyt', label: /^Osama Hamdan$/, kind: 'person', description: /senior Hamas official/, sentences: ['nyt-p10-s3'] },
    { outlet: 'nyt', label: /^some U\.S\. officials$/, kind: 'anonymous', sentences: ['nyt-p11-s1'] },
    { outlet: 'nyt', label: /Netanyahu’s office/, kind: 'organization', sentences: ['nyt-p13-s1'] },
    { outlet: 'nyt', label: /^Sean Savett$/, kind: 'person', description: /National Security Council spokesman/, sentences: ['nyt-p14-s1', 'nyt-p15-s1', 'nyt-p15-s2'] },
    { outlet: 'nyt', label: /^Kassem Kassir$/, kind: 'person', description: /Lebanese expert on Hezbollah/, sentences: ['nyt-p16-s2', 'nyt-p17-s1'] },
    { outlet: 'cnn', label: /^people familiar with the idea$/, kind: 'anonymous', sentences: ['cnn-p01-s1'] },
    { outlet: 'cnn', label: /^U\.S\. officials$/, kind: 'anonymous', sentences: ['cnn-p01-s2', 'cnn-p24-s1'] },
    { outlet: 'cnn', label: /^Najib Mikati$/, kind: 'person', description: /Prime Minister/, sentences: ['cnn-p02-s1', 'cnn-p03-s1', 'cnn-p26-s1'] },
    { outlet: 'cnn', label: /^Benjamin Netanyahu$/, kind: 'person', description: /Prime Minister/, sentences: ['cnn-p08-s1', 'cnn-p09-s1', 'cnn-p09-s2'] },
    { outlet: 'cnn', label: /Harris$/, kind: 'person', description: /Vice President/, sentences: ['cnn-p14-s1', 'cnn-p15-s1', 'cnn-p15-s2'] },
    { outlet: 'cnn', label: /^people familiar with the talks$/, kind: 'anonymous', sentences: ['cnn-p21-s1'] },
    { outlet: 'cnn', label: /^two sources familiar with the negotiations$/, kind: 'anonymous', sentences: ['cnn-p22-s1', 'cnn-p22-s2'] },
    { outlet: 'cnn', label: /^a diplomat familiar with the talks$/, kind: 'anonymous', sentences: ['cnn-p23-s2'] },
    { outlet: 'cnn', label: /^the Israeli Prime Minister’s Office$/, kind: 'organization', sentences: ['cnn-p28-s1'] },
    { outlet: 'cnn', label: /^Sean Savet$/, kind: 'person', description: /National Security Council spokesman/, sentences: ['cnn-p29-s2'] },
  ])('$outlet: $label', ({ outlet, label, kind, description, sentences }) => {
    const source = find(outlet === 'nyt' ? nyt : cnn, label);
    expect(source, `no source matches ${label}`).toBeDefined();
    expect(source!.kind).toBe(kind);
    if (description) expect(source!.description).toMatch(description);
    expect(source!.sentences).toEqual(sentences);
  });

  test('the pronoun follow-ups are not sources of their own', () => {
    for (const sources of [nyt, cnn]) {
      expect(sources.filter((s) => /^(?:he|she|they|it)$/i.test(s.label))).toEqual([]);
    }
    expect(nyt.filter((s) => s.sentences.includes('nyt-p17-s1')).map((s) => s.label)).toEqual(['Kassem Kassir']);
  });

  test('sources come in order of first appearance, each sentence credited once', () => {
    for (const sources of [nyt, cnn]) {
      const firsts = sources.map((s) => s.sentences[0]!);
      const order = (id: string) => id.replace(/\d+/g, (n) => n.padStart(3, '0'));
      expect(firsts.map(order)).toEqual([...firsts].map(order).sort());
      const all = sources.flatMap((s) => s.sentences);
      expect(new Set(all).size).toBe(all.length);
    }
  });

  test('sentences with no attribution credit no one', () => {
    const credited = new Set([...nyt, ...cnn].flatMap((s) => s.sentences));
    for (const id of ['nyt-p01-s1', 'nyt-p03-s2', 'nyt-p12-s1', 'nyt-p13-s2', 'nyt-p16-s1', 'cnn-p04-s1', 'cnn-p27-s1', 'cnn-p29-s1']) {
      expect(credited.has(id), id).toBe(false);
    }
  });
});
