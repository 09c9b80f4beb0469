import { beforeAll, describe, expect, test } from 'vitest';
import { applyCorrections, CorrectionError, type Corrections } from '../../../src/lib/align/corrections.ts';
import { compareStory } from '../../../src/lib/compare.ts';
import { loadStories } from '../../../src/lib/ingest/load-stories.ts';
import type { Claim, Comparison, Story } from '../../../src/lib/schemas.ts';
import { articlePair } from '../../helpers/compare-texts.ts';

const FILE = 'content/stories/x/story.json';
let story: Story;
let engine: Comparison;
const holding = (c: Comparison, id: string) => c.claims.filter((x) => [...x.left, ...x.right].some((s) => s.id === id));
const corrected = (corrections: Partial<Corrections>) => compareStory({ ...story, corrections: { pair: [], unpair: [], ...corrections, file: FILE } });

beforeAll(async () => {
  // The seed story as the engine sees it, without the corrections its story.json carries.
  const [loaded] = (await loadStories(new URL('../../../content/stories/', import.meta.url).pathname)) as [Story];
  const { corrections: _editor, ...engineOnly } = loaded;
  story = engineOnly;
  engine = compareStory(story);
});

describe('corrections in story.json, applied after the engine', () => {
  test('pair: two one-sided sentences become one shared claim, marked as the editor’s, with its diff, differences and evidence', () => {
    const left = engine.claims.find((c) => c.status === 'left-only')!.left[0]!;
    const right = engine.claims.find((c) => c.status === 'right-only')!.right[0]!;
    const after = corrected({ pair: [[left.id, right.id]] });
    const [claim] = holding(after, left.id) as [Claim];
    expect(claim.status).toBe('shared');
    expect(claim.origin).toBe('editor');
    expect(claim.right.map((s) => s.id)).toEqual([right.id]);
    expect(claim.diff?.length).toBeGreaterThan(0);
    expect(claim.evidence).not.toBeNull();
    expect(after.summary.shared).toBe(engine.summary.shared + 1);
    expect(after.summary.leftOnly).toBe(engine.summary.leftOnly - 1);
    expect(after.summary.rightOnly).toBe(engine.summary.rightOnly - 1);
  });

  test('every claim a correction does not touch keeps its id, and is still the engine’s', () => {
    const left = engine.claims.find((c) => c.status === 'left-only')!.left[0]!;
    const right = engine.claims.find((c) => c.status === 'right-only')!.right[0]!;
    const after = corrected({ pair: [[left.id, right.id]] });
    const touched = new Set([...holding(engine, left.id), ...holding(engine, right.id)].map((c) => c.id));
    const untouched = engine.claims.filter((c) => !touched.has(c.id));
    const ids = new Map(after.claims.map((c) => [c.id, c]));
    for (const c of untouched) expect(ids.get(c.id)?.origin, c.id).toBe('engine');
    expect(after.claims.length).toBe(untouched.length + 1);
  });

  test('unpair: the two sentences are separated, each one-sided unless another claim holds it, and the differences go with the claim', () => {
    const pair = engine.claims.find((c) => c.status === 'shared' && c.left.length === 1 && c.right.length === 1 && c.differences.length > 0 && holding(engine, c.left[0]!.id).length === 1)!;
    const [l, r] = [pair.left[0]!.id, pair.right[0]!.id];
    const after = corrected({ unpair: [[l, r]] });
    for (const id of [l, r]) {
      const [claim] = holding(after, id) as [Claim];
      expect(claim.status).not.toBe('shared');
      expect(claim.origin).toBe('editor');
      expect(claim.differences).toEqual([]);
    }
    expect(after.claims.some((c) => c.id === pair.id)).toBe(false);
    expect(after.summary.shared).toBe(engine.summary.shared - 1);
  });

  test('pair with a sentence already in a claim: the other sentence joins that claim', () => {
    const shared = engine.claims.find((c) => c.status === 'shared' && c.left.length === 1 && holding(engine, c.left[0]!.id).length === 1)!;
    const right = engine.claims.find((c) => c.status === 'right-only')!.right[0]!;
    const after = corrected({ pair: [[shared.left[0]!.id, right.id]] });
    const [claim] = holding(after, right.id) as [Claim];
    expect(claim.origin).toBe('editor');
    expect(claim.left.map((s) => s.id)).toEqual(shared.left.map((s) => s.id));
    expect(claim.right.map((s) => s.id)).toEqual([...shared.right.map((s) => s.id), right.id].sort());
  });

  test('the ids may come in either order', () => {
    const left = engine.claims.find((c) => c.status === 'left-only')!.left[0]!;
    const right = engine.claims.find((c) => c.status === 'right-only')!.right[0]!;
    expect(corrected({ pair: [[right.id, left.id]] }).claims).toEqual(corrected({ pair: [[left.id, right.id]] }).claims);
  });
});

describe('an editor’s pair is compared like the engine’s', () => {
  test('two sentences the engine leaves apart get their differences once an editor pairs them', () => {
    const [left, right] = articlePair(
      'The ferry carried 40 passengers across the bay on Monday.\n\nSnow closed the mountain pass above Tarn overnight.',
      'Some 45 passengers were aboard when it crossed to the island.\n\nA choir sang at the chapel on Sunday morning.',
    );
    const apart = compareStory({ slug: 's', title: 'T', date: '2025-01-01', articles: [left, right] });
    expect(apart.summary.shared).toBe(0);
    const paired = compareStory({ slug: 's', title: 'T', date: '2025-01-01', articles: [left, right], corrections: { pair: [['l-p01-s1', 'r-p01-s1']], unpair: [], file: FILE } });
    const [claim] = paired.claims.filter((c) => c.status === 'shared');
    expect(claim?.differences.map((d) => [d.kind, d.left, d.right])).toEqual([['number', '40', 'Some 45']]);
    expect(paired.summary.differing).toBe(1);
  });
});

describe('bad corrections stop with an error naming the file, the field and the id', () => {
  const sentence = (status: Claim['status']) => {
    const c = engine.claims.find((x) => x.status === status && (status !== 'shared' || holding(engine, x.left[0]!.id).length === 1))!;
    return [...c.left, ...c.right].map((s) => s.id);
  };

  test.each<[string, () => Partial<Corrections>, RegExp]>([
    ['an unknown id, with the nearest ids', () => ({ pair: [['nyt-p99-s1', sentence('right-only')[0]!]] }), /corrections\.pair\[0\]\[0\]: "nyt-p99-s1" is not a sentence of either article .*nearest: nyt-p09-s1/],
    ['two ids of one article', () => ({ pair: [[sentence('left-only')[0]!, 'nyt-p01-s1']] }), /corrections\.pair\[0\]: ".*" and "nyt-p01-s1" are both sentences of one article/],
    ['a pair the engine already made', () => ({ pair: [sentence('shared') as [string, string]] }), /corrections\.pair\[0\]: redundant: the engine already puts .* in one claim/],
    ['an unpair that no longer applies', () => ({ unpair: [[sentence('left-only')[0]!, sentence('right-only')[0]!]] }), /corrections\.unpair\[0\]: no longer applies: the engine does not put .* in one claim/],
    ['a sentence paired and unpaired with the same partner', () => ({ pair: [[sentence('left-only')[0]!, sentence('right-only')[0]!]], unpair: [[sentence('left-only')[0]!, sentence('right-only')[0]!]] }), /corrections\.unpair\[0\]: .* are already in corrections\.pair\[0\]; keep one of the two/],
  ])('%s', (_name, corrections, message) => {
    let error: unknown;
    try {
      corrected(corrections());
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(CorrectionError);
    expect((error as Error).message.startsWith(`${FILE}: `)).toBe(true);
    expect((error as Error).message).toMatch(message);
  });
});

describe('applyCorrections on groups', () => {
  const ids = { left: ['l-p01-s1', 'l-p01-s2', 'l-p02-s1'], right: ['r-p01-s1', 'r-p01-s2', 'r-p02-s1'] };

  test('unpair takes the sentence from the side with more sentences; the rest of the claim stays', () => {
    const { groups, separated } = applyCorrections([{ left: [0, 1], right: [0] }], { pair: [], unpair: [['l-p01-s2', 'r-p01-s1']] }, ids, FILE);
    expect(groups).toEqual([{ left: [0], right: [0], editor: 'separated' }]);
    expect([...separated.left]).toEqual([1]);
    expect([...separated.right]).toEqual([]);
  });

  test('the same pair twice, in either order, is a mistake in the file', () => {
    expect(() => applyCorrections([], { pair: [['l-p01-s1', 'r-p01-s1'], ['r-p01-s1', 'l-p01-s1']], unpair: [] }, ids, FILE)).toThrow(/corrections\.pair\[1\]: .* are already in corrections\.pair\[0\]/);
  });

  test('two of the editor’s pairs that meet make one claim: the later does not undo the earlier', () => {
    // The engine pairs l-p02-s1 with r-p01-s2; the editor pairs l-p01-s1 and l-p02-s1 each with r-p01-s1.
    const { groups, separated } = applyCorrections([{ left: [2], right: [1] }], { pair: [['l-p01-s1', 'r-p01-s1'], ['l-p02-s1', 'r-p01-s1']], unpair: [] }, ids, FILE);
    expect(groups).toEqual([{ left: [2, 0], right: [1, 0], editor: 'paired' }]);
    expect([...separated.left, ...separated.right]).toEqual([]);
  });

  test('a pair that brings an unpaired couple back into one claim contradicts the unpair', () => {
    // Engine: l1~r1 and l2~r3. The editor separates l1 from r1, then pairs l1 with r3 and l2 with r1: all four meet again.
    const corrections = { pair: [['l-p01-s1', 'r-p02-s1'], ['l-p01-s2', 'r-p01-s1']] as [string, string][], unpair: [['l-p01-s1', 'r-p01-s1']] as [string, string][] };
    expect(() => applyCorrections([{ left: [0], right: [0] }, { left: [1], right: [2] }], corrections, ids, FILE)).toThrow(
      /corrections\.unpair\[0\]: .* end up in one claim again through the pairs/,
    );
  });

  test('two unpairs of one claim, each valid against the engine, both apply', () => {
    const { groups } = applyCorrections([{ left: [0, 1], right: [0, 1] }], { pair: [], unpair: [['l-p01-s1', 'r-p01-s1'], ['l-p01-s1', 'r-p01-s2']] }, ids, FILE);
    expect(groups.some((g) => g.left.includes(0))).toBe(false);
  });

  test('pair moves a sentence out of its claim; a claim left with one side is gone, its sentences separated', () => {
    const { groups, separated } = applyCorrections([{ left: [0], right: [0] }, { left: [1], right: [1] }], { pair: [['l-p01-s1', 'r-p01-s2']], unpair: [] }, ids, FILE);
    expect(groups).toEqual([{ left: [0], right: [0, 1], editor: 'paired' }]);
    expect([...separated.left]).toEqual([1]);
  });
});
