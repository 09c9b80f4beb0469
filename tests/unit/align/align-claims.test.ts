// alignClaims: sentences of two articles → shared and one-sided claims.
import { describe, expect, test } from 'vitest';
import { alignClaims, type AlignedClaim, type AlignOptions } from '../../../src/lib/align/align-claims.ts';
import { articlePair } from '../../helpers/compare-texts.ts';

/** Claims in order, each as its status and the sentence indexes of each side ("shared 0,1|2"). */
function shapes(left: string, right: string, options: Partial<AlignOptions> = {}): string[] {
  return alignClaims(...articlePair(left, right), options).claims.map(shape);
}

const shape = (c: AlignedClaim) => `${c.status} ${c.left.map((s) => s.index).join(',')}|${c.right.map((s) => s.index).join(',')}`;

/** Sentences on each side, in order (the test articles have one paragraph each, so index = position). */
const sentenceCount = (text: string) => articlePair(text, text)[0].paragraphs.flatMap((p) => p.sentences).length;

// One fact told in three sentences on the left and one on the right.
const HARBOUR_LEFT = 'The council approved the harbour budget. The vote was seven to two. Dock workers welcomed the money.';
const HARBOUR_RIGHT = 'Councillors voted seven to two to approve the harbour budget, which dock workers welcomed.';
const FILLER = 'Snow closed the mountain pass overnight. Schools stayed shut in the hills. Farmers counted their losses. A choir sang at the old chapel.';
// The same sentences with four unrelated ones between the budget and the dock workers.
const HARBOUR_FAR = `The council approved the harbour budget. ${FILLER} Dock workers welcomed the money.`;
const FERRY_LEFT = 'The ferry service resumed on Tuesday after the storm. The mayor praised the crews.';
const FERRY_RIGHT =
  'Snow closed the mountain pass overnight. The ferry service resumed on Tuesday after a storm. Schools stayed shut in the hills. The mayor thanked the crews for their work. Farmers counted their losses.';

describe('alignClaims: every sentence lands in a claim', () => {
  test.each<[string, string, string, Partial<AlignOptions>]>([
    ['one fact over three sentences', HARBOUR_LEFT, HARBOUR_RIGHT, {}],
    ['the same, joining switched off', HARBOUR_LEFT, HARBOUR_RIGHT, { attachDistance: 0 }],
    ['a joiner far from its claim', HARBOUR_FAR, HARBOUR_RIGHT, {}],
    ['one-sided sentences on the right', FERRY_LEFT, FERRY_RIGHT, {}],
    ['nothing in common', 'The museum reopened after repairs.', 'Grain prices fell sharply.', {}],
    ['a repeated sentence', 'It was over. Rain fell. It was over.', 'It was over.', {}],
    ['every pair refused', FERRY_LEFT, FERRY_RIGHT, { pairThreshold: 1.1, widePairThreshold: 1.1 }],
  ])('%s', (_name, left, right, options) => {
    const { claims } = alignClaims(...articlePair(left, right), options);
    for (const [side, text] of [['left', left], ['right', right]] as const) {
      const placed = [...new Set(claims.flatMap((c) => c[side].map((s) => s.index)))].sort((a, b) => a - b);
      expect(placed).toEqual([...Array(sentenceCount(text)).keys()]);
    }
    for (const c of claims) {
      if (c.status === 'shared') expect(c.left.length * c.right.length).toBeGreaterThan(0);
      else expect(c.left.length + c.right.length).toBe(1);
    }
  });
});

describe('alignClaims: a sentence that packs two facts', () => {
  // A lead tells two facts that the other article gives far apart: it was in one claim only, and the second fact was lost.
  const lead = 'The harbour council approved a budget of 40 million euros on Monday, and the mayor resigned after a long dispute with the dock workers union over pay, pensions and night shifts at the port.';
  const spread = `Councillors approved a harbour budget of 40 million euros on Monday. ${FILLER} The mayor resigned after a long dispute with the dock workers union over pay, pensions and night shifts.`;

  test('is in a claim for each, listed in the other article\'s order', () => {
    expect(shapes(lead, spread)).toEqual(['shared 0|0', 'shared 0|5', 'right-only |1', 'right-only |2', 'right-only |3', 'right-only |4']);
  });

  test('a short sentence packs one fact only', () => {
    const shortLead = 'The council approved the budget and the mayor resigned.';
    expect(shapes(shortLead, spread).filter((s) => s.startsWith('shared'))).toHaveLength(1);
  });
});

describe('alignClaims: verbatim sentences pair first', () => {
  test.each([
    ['a sentence with no content word at all', 'It was over.', 'It was over.', ['shared 0|0']],
    ['a copy that differs only in case', 'THE MAYOR RESIGNED TODAY.', 'The mayor resigned today.', ['shared 0|0']],
    ['a repeated sentence, in reading order, each copy once', 'The vote was over. Rain fell. The vote was over.', 'The vote was over.', ['shared 0|0', 'left-only 1|', 'left-only 2|']],
    // Both left sentences score the same against the right one ("a" and "the" carry no
    // evidence), and ties go to the earlier sentence: only verbatim pairing picks the copy.
    ['the exact copy over an earlier sentence that scores the same', 'The ferry resumed after a storm. The ferry resumed after the storm.', 'The ferry resumed after the storm.', ['left-only 0|', 'shared 1|0']],
  ])('%s', (_name, left, right, expected) => {
    // Thresholds above 1: no pair can open on its score, so only verbatim pairing is left.
    expect(shapes(left, right, { pairThreshold: 1.1, widePairThreshold: 1.1, attachThreshold: 1.1 })).toEqual(expected);
    expect(shapes(left, right)).toEqual(expected);
  });

  test('a verbatim claim has similarity 1', () => {
    const [claim] = alignClaims(...articlePair('It was over.', 'It was over.')).claims;
    expect(claim!.similarity).toBe(1);
  });
});

describe('alignClaims: how many words two sentences must share', () => {
  test.each([
    ['one word ("museum") does not pair, however low the thresholds', 'The museum reopened after repairs.', 'The museum director retired early.', false],
    ['two words pair', 'The museum reopened after repairs.', 'The museum reopened to visitors.', true],
  ])('%s', (_name, left, right, paired) => {
    const { claims } = alignClaims(...articlePair(left, right), { pairThreshold: 0.01, widePairThreshold: 0.01 });
    expect(claims.some((c) => c.status === 'shared')).toBe(paired);
  });
});

describe('alignClaims: many-to-many joining', () => {
  test.each<[string, string, Partial<AlignOptions>, string[]]>([
    ['neighbours that add to the claim join it', HARBOUR_LEFT, {}, ['shared 0,1,2|0']],
    ['no sentence joins at distance 0', HARBOUR_LEFT, { attachDistance: 0 }, ['left-only 0|', 'left-only 1|', 'shared 2|0']],
    ['at distance 1 a joiner only reaches its neighbour', HARBOUR_LEFT, { attachDistance: 1 }, ['left-only 0|', 'shared 1,2|0']],
    ['no sentence joins when attachThreshold cannot be met', HARBOUR_LEFT, { attachThreshold: 1.1 }, ['left-only 0|', 'left-only 1|', 'shared 2|0']],
    ['five sentences away is beyond the default attachDistance (3)', HARBOUR_FAR, {}, ['left-only 0|', 'left-only 1|', 'left-only 2|', 'left-only 3|', 'left-only 4|', 'shared 5|0']],
    ['attachDistance 5 lets the same sentence join', HARBOUR_FAR, { attachDistance: 5 }, ['shared 0,5|0', 'left-only 1|', 'left-only 2|', 'left-only 3|', 'left-only 4|']],
  ])('%s', (_name, left, options, expected) => {
    expect(shapes(left, HARBOUR_RIGHT, options)).toEqual(expected);
  });

  test('a joined claim lists its sentences in reading order and scores higher than its core pair', () => {
    const [wide] = alignClaims(...articlePair(HARBOUR_LEFT, HARBOUR_RIGHT)).claims;
    const [, , core] = alignClaims(...articlePair(HARBOUR_LEFT, HARBOUR_RIGHT), { attachDistance: 0 }).claims;
    expect(wide!.left.map((s) => s.index)).toEqual([0, 1, 2]);
    expect(wide!.similarity!).toBeGreaterThan(core!.similarity!);
  });
});

describe('alignClaims: reading order of the claims', () => {
  test('a right-only claim follows the shared claim before it in the right article; one before any shared claim comes first', () => {
    expect(shapes(FERRY_LEFT, FERRY_RIGHT)).toEqual(['right-only |0', 'shared 0|1', 'right-only |2', 'shared 1|3', 'right-only |4']);
  });

  test('right-only claims after one shared claim keep the right article’s order, before the next left sentence', () => {
    const left = 'The ferry service resumed on Tuesday after the storm. A choir sang at the old chapel.';
    const right = 'The ferry service resumed on Tuesday after a storm. Schools stayed shut in the hills. Farmers counted their losses.';
    expect(shapes(left, right)).toEqual(['shared 0|0', 'right-only |1', 'right-only |2', 'left-only 1|']);
  });
});

describe('alignClaims: options', () => {
  // The museum pair shares two words and scores about 0.4; the dock-workers
  // pair shares three ("dock", "workers", "welcomed") and scores about 0.3.
  const MUSEUM: [string, string] = ['The museum reopened after repairs.', 'The museum reopened to visitors.'];
  const DOCK: [string, string] = ['Dock workers welcomed the money.', HARBOUR_RIGHT];
  test.each<[string, [string, string], Partial<AlignOptions>, boolean]>([
    ['two shared words pair at the default pairThreshold', MUSEUM, {}, true],
    ['a pairThreshold above their score keeps them apart', MUSEUM, { pairThreshold: 0.5 }, false],
    ['widePairThreshold does not apply to two shared words', MUSEUM, { widePairThreshold: 0.5 }, true],
    ['three shared words pair at the default widePairThreshold', DOCK, {}, true],
    ['a widePairThreshold above their score keeps them apart', DOCK, { widePairThreshold: 0.5 }, false],
  ])('%s', (_name, [left, right], options, paired) => {
    const { claims } = alignClaims(...articlePair(left, right), options);
    expect(claims.some((c) => c.status === 'shared')).toBe(paired);
  });
});

describe('alignClaims: evidence', () => {
  test.each([
    [HARBOUR_LEFT, HARBOUR_RIGHT],
    [FERRY_LEFT, FERRY_RIGHT],
    ['THE MAYOR RESIGNED TODAY.', 'The mayor resigned today.'],
  ])('is words the left side published: %s', (left, right) => {
    for (const c of alignClaims(...articlePair(left, right)).claims) {
      if (c.status !== 'shared') continue;
      const text = c.left.map((s) => s.text).join(' ');
      const words = [...c.evidence.names, ...c.evidence.numbers, ...c.evidence.terms];
      for (const w of words) expect(text).toContain(w);
      expect(words.length).toBeGreaterThan(0);
    }
  });
});
