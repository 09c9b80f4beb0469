// Differences inside one shared claim: what is and is not reported.
import { describe, expect, test } from 'vitest';
import type { Difference } from '../../../src/lib/schemas.ts';
import { compareTexts } from '../../helpers/compare-texts.ts';

/** The differences of the one shared claim two one-sentence articles make. */
function differences(left: string, right: string): Difference[] {
  const c = compareTexts(left, right);
  const shared = c.claims.filter((x) => x.status === 'shared');
  expect(shared).toHaveLength(1);
  return shared[0]!.differences;
}

describe('findDifferences', () => {
  test('one outlet quoting a run of the other’s quotation word for word is not a reworded quotation', () => {
    const d = differences(
      '“This is the most important economic agreement our two countries have signed in a generation,” Prime Minister Lise Armand said in Tarn.',
      'Prime Minister Lise Armand called it “the most important economic agreement our two countries have signed in a generation” at a news conference in Tarn.',
    );
    expect(d.filter((x) => x.kind === 'quote')).toEqual([]);
  });

  test('a quotation with words changed is still reported', () => {
    const d = differences(
      '“This is the most important economic agreement our two countries have signed,” Prime Minister Lise Armand said in Tarn.',
      '“This is the biggest trade agreement our two countries have ever signed,” Prime Minister Lise Armand said in Tarn.',
    );
    expect(d.filter((x) => x.kind === 'quote')).toHaveLength(1);
  });

  test('a synonym in a less common WordNet sense is a paraphrase, not a wording difference (duties / tariffs)', () => {
    const d = differences(
      'Galdova will scrap its tariffs on Estrian machinery and car parts when the Galdovan parliament approves the deal.',
      'Galdova will scrap its duties on Estrian machinery and car parts when the Galdovan parliament approves the deal.',
    );
    expect(d).toEqual([]);
  });

  test('a figure written in words and in digits is neither a number nor a wording difference', () => {
    const d = differences(
      'Police in Tarn detained fourteen demonstrators who tried to break through the metal barriers outside the farm ministry.',
      'Police in Tarn detained 14 protesters who tried to break through the metal barriers outside the farm ministry.',
    );
    expect(d).toEqual([]);
  });

  test('a changed word that carries meaning is still a wording difference', () => {
    const d = differences(
      'Police in Tarn detained 14 protesters who tried to break through the metal barriers outside the farm ministry.',
      'Police in Tarn released 14 protesters who tried to break through the metal barriers outside the farm ministry.',
    );
    expect(d).toContainEqual(expect.objectContaining({ kind: 'wording', left: 'detained', right: 'released' }));
  });
});

describe('what the summary counts as a factual difference', () => {
  test('a name spelt two ways is a name difference but not a factual one; a different figure is', () => {
    const spelt = compareTexts(
      'Prime Minister Lise Armand met the envoy Piotr Kowalsky in Tarn on Monday to discuss the trade agreement.',
      'Prime Minister Lise Armand met the envoy Piotr Kowalski in Tarn on Monday to discuss the trade agreement.',
    );
    expect(spelt.claims.flatMap((c) => c.differences.map((d) => d.kind))).toEqual(['name']);
    expect(spelt.summary.differing).toBe(0);
    const figure = compareTexts(
      'Prime Minister Lise Armand said 40 workers lost their jobs when the plant in Tarn closed on Monday.',
      'Prime Minister Lise Armand said 45 workers lost their jobs when the plant in Tarn closed on Monday.',
    );
    expect(figure.claims.flatMap((c) => c.differences.map((d) => d.kind))).toContain('number');
    expect(figure.summary.differing).toBe(1);
  });
});
