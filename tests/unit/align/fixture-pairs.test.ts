import { describe, expect, test } from 'vitest';
import { compareStory } from '../../../src/lib/compare.ts';
import { comparisonSchema, type Comparison } from '../../../src/lib/schemas.ts';
import { loadPair, pairNames } from '../../helpers/pairs.ts';

const claimKey = (left: string[], right: string[]) => `${[...left].sort().join('+')} <> ${[...right].sort().join('+')}`;
const sharedKeys = (c: Comparison) =>
  c.claims.filter((x) => x.status === 'shared').map((x) => claimKey(x.left.map((s) => s.id), x.right.map((s) => s.id))).sort();
const onlyIds = (c: Comparison, status: string) => c.claims.filter((x) => x.status === status).flatMap((x) => [...x.left, ...x.right].map((s) => s.id)).sort();

describe.each(pairNames())('fixture pair %s', (name) => {
  const { story, expected } = loadPair(name);
  const comparison = compareStory(story);

  test('is valid against the published JSON schema', () => {
    expect(comparisonSchema.safeParse(comparison).success).toBe(true);
  });

  test('aligns as labelled: shared claims, left-only and right-only sentences', () => {
    expect(sharedKeys(comparison)).toEqual(expected.shared.map((s) => claimKey(s.left, s.right)).sort());
    expect(onlyIds(comparison, 'left-only')).toEqual([...expected.leftOnly].sort());
    expect(onlyIds(comparison, 'right-only')).toEqual([...expected.rightOnly].sort());
  });

  test('every sentence of both articles is in exactly one claim', () => {
    const ids = comparison.claims.flatMap((c) => [...c.left, ...c.right].map((s) => s.id));
    const all = story.articles.flatMap((a) => a.paragraphs.flatMap((p) => p.sentences.map((s) => s.id)));
    expect(ids.sort()).toEqual(all.sort());
  });

  test('reports the planted differences, and no factual difference where none was planted', () => {
    for (const claim of expected.shared) {
      const got = comparison.claims.find((c) => claimKey(c.left.map((s) => s.id), c.right.map((s) => s.id)) === claimKey(claim.left, claim.right));
      const factual = (got?.differences ?? []).filter((d) => d.kind !== 'wording');
      for (const want of claim.differences ?? []) {
        expect(factual, `${want.kind} ${want.left}/${want.right}`).toContainEqual(
          expect.objectContaining({ kind: want.kind, left: expect.stringContaining(want.left), right: expect.stringContaining(want.right) }),
        );
      }
      expect(factual.length, claimKey(claim.left, claim.right)).toBe((claim.differences ?? []).length);
    }
  });
});
