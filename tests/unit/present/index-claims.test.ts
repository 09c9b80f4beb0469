// Indexes over a comparison's claims for the pages: by sentence, in reading order, by alias.
import { describe, expect, test } from 'vitest';
import {
  aliasesByClaim,
  claimBySentence,
  claimsSharingSentences,
  firstSentence,
  rightOrder,
  sentencePlace,
  sentencesInOrder,
} from '../../../src/lib/present/index-claims.ts';
import type { Claim } from '../../../src/lib/schemas.ts';
import { makeComparison, oneSidedClaim, ref, sharedClaim } from '../../helpers/comparison.ts';

// Claims in the engine's order (the left article's): the left article runs
// p01-s1, p01-s2, p02-s2, p02-s10, p10-s1; the right one p01-s1, p01-s2, p02-s1, p03-s1.
// Sentence and paragraph numbers past 9 sort wrongly as text.
const claims: Claim[] = [
  sharedClaim('harbour', [ref('l', 1, 1)], [ref('r', 2, 1)]),
  oneSidedClaim('choir', ref('r', 3, 1)),
  oneSidedClaim('snow', ref('l', 1, 2)),
  sharedClaim('budget', [ref('l', 2, 2), ref('l', 2, 10)], [ref('r', 1, 1)]),
  oneSidedClaim('schools', ref('r', 1, 2)),
  oneSidedClaim('farmers', ref('l', 10, 1)),
];
const comparison = makeComparison({ claims, aliases: [{ id: 'old-harbour', claim: 'harbour' }, { id: 'older-harbour', claim: 'harbour' }, { id: 'old-budget', claim: 'budget' }, { id: 'gone', claim: null }] });

describe('sentencePlace', () => {
  test.each([
    ['nyt-p02-s3', 2, 3],
    ['cnn-p12-s10', 12, 10],
    ['l-p100-s1', 100, 1],
    ['new-york-times-p01-s2', 1, 2],
    ['not-a-sentence-id', 0, 0],
  ])('%s → paragraph %i, sentence %i', (id, paragraph, sentence) => {
    expect(sentencePlace(id)).toEqual({ paragraph, sentence });
  });
});

describe('firstSentence', () => {
  test.each([
    ['a shared claim: its left side’s first', claims[3]!, 'l-p02-s2'],
    ['a left-only claim: its sentence', claims[2]!, 'l-p01-s2'],
    ['a right-only claim: its sentence', claims[1]!, 'r-p03-s1'],
  ])('%s', (_name, claim, id) => {
    expect(firstSentence(claim).id).toBe(id);
  });
});

describe('claimBySentence', () => {
  const map = claimBySentence(comparison);
  test.each([
    ['l-p01-s1', 'harbour'],
    ['r-p02-s1', 'harbour'],
    ['l-p02-s2', 'budget'],
    ['l-p02-s10', 'budget'],
    ['r-p01-s1', 'budget'],
    ['r-p03-s1', 'choir'],
    ['l-p10-s1', 'farmers'],
  ])('%s is in %s', (sentence, claim) => {
    expect(map.get(sentence)?.id).toBe(claim);
  });

  test('holds every sentence of both sides and nothing else', () => {
    expect(map.size).toBe(claims.flatMap((c) => [...c.left, ...c.right]).length);
  });
});

// A lead that packs two facts: l-p01-s1 is in the harbour claim and in a second shared claim.
const packed = makeComparison({ claims: [...claims, sharedClaim('mayor', [ref('l', 1, 1)], [ref('r', 4, 1)])] });

test('a sentence in two claims is placed in the first, and listed once in reading order', () => {
  expect(claimBySentence(packed).get('l-p01-s1')?.id).toBe('harbour');
  expect(sentencesInOrder(packed, 'left')).toEqual(['l-p01-s1', 'l-p01-s2', 'l-p02-s2', 'l-p02-s10', 'l-p10-s1']);
});

test('each of two claims that hold one sentence names the other, with the side of that sentence', () => {
  const also = claimsSharingSentences(packed);
  expect(also.get('harbour')).toEqual([{ claim: 'mayor', side: 'left' }]);
  expect(also.get('mayor')).toEqual([{ claim: 'harbour', side: 'left' }]);
  expect(also.has('budget')).toBe(false);
  expect(claimsSharingSentences(comparison).size).toBe(0);
});

describe('sentencesInOrder', () => {
  test.each([
    ['left', ['l-p01-s1', 'l-p01-s2', 'l-p02-s2', 'l-p02-s10', 'l-p10-s1']],
    ['right', ['r-p01-s1', 'r-p01-s2', 'r-p02-s1', 'r-p03-s1']],
  ] as const)('%s side, by paragraph then sentence number', (side, ids) => {
    expect(sentencesInOrder(comparison, side)).toEqual(ids);
  });
});

describe('rightOrder', () => {
  const rows = (c: Claim[]) => [...rightOrder(makeComparison({ claims: c }))].sort((a, b) => a[1] - b[1]).map(([id]) => id);

  test('claims with a right side follow it; a left-only claim comes right after the claim before it on the left', () => {
    // budget (r-p01-s1), farmers (after budget on the left), schools (r-p01-s2),
    // harbour (r-p02-s1), snow (after harbour on the left), choir (r-p03-s1).
    expect(rows(claims)).toEqual(['budget', 'farmers', 'schools', 'harbour', 'snow', 'choir']);
  });

  test('gives each claim one position, 0 to n − 1', () => {
    expect([...rightOrder(comparison).values()].sort((a, b) => a - b)).toEqual([...claims.keys()]);
  });

  test.each<[string, Claim[], string[]]>([
    ['a left-only claim before any other comes first', [oneSidedClaim('snow', ref('l', 1, 1)), sharedClaim('harbour', [ref('l', 2, 1)], [ref('r', 1, 1)])], ['snow', 'harbour']],
    ['two left-only claims stay together after their claim', [sharedClaim('harbour', [ref('l', 1, 1)], [ref('r', 1, 1)]), oneSidedClaim('snow', ref('l', 2, 1)), oneSidedClaim('farmers', ref('l', 3, 1)), sharedClaim('budget', [ref('l', 4, 1)], [ref('r', 2, 1)])], ['harbour', 'snow', 'farmers', 'budget']],
  ])('%s', (_name, c, expected) => {
    expect(rows(c)).toEqual(expected);
  });

  // Each left-only claim stepped its key by 0.5 from the one before, so the
  // third of a run reached the next right sentence's position.
  test('three left-only claims in a row stay together after their claim (the third sorted after the next shared claim)', () => {
    const run = [sharedClaim('harbour', [ref('l', 1, 1)], [ref('r', 1, 1)]), ...['snow', 'farmers', 'choir'].map((id, i) => oneSidedClaim(id, ref('l', i + 2, 1))), sharedClaim('budget', [ref('l', 5, 1)], [ref('r', 2, 1)]), sharedClaim('schools', [ref('l', 6, 1)], [ref('r', 3, 1)])];
    expect(rows(run)).toEqual(['harbour', 'snow', 'farmers', 'choir', 'budget', 'schools']);
  });
});

describe('aliasesByClaim', () => {
  const map = aliasesByClaim(comparison);
  test.each([
    ['harbour', ['old-harbour', 'older-harbour']],
    ['budget', ['old-budget']],
    ['snow', undefined],
  ])('%s ← %j', (claim, aliases) => {
    expect(map.get(claim)).toEqual(aliases);
  });

  test('an alias whose sentences are all gone leads to no claim', () => {
    expect([...map.values()].flat()).not.toContain('gone');
  });
});
