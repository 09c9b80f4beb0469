import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { correctionStatuses, doubts, formatReview } from '../../src/lib/review.ts';
import type { Claim } from '../../src/lib/schemas.ts';
import { makeComparison, oneSidedClaim, ref, sharedClaim } from '../helpers/comparison.ts';
import { ROOT } from '../helpers/paths.ts';

const near = (claim: Claim, id: string, text: string, similarity: number, why = 'they share only “statement”'): Claim =>
  claim.status === 'shared' ? claim : { ...claim, nearest: { id, text, similarity, shared: ['statement'], why } };
const close = { ...sharedClaim('close-000001', [ref('l', 1, 1, 'The council approved the budget.')], [ref('r', 1, 1, 'Councillors passed the budget.')]), similarity: 0.13 };
const sure = { ...sharedClaim('sure-000002', [ref('l', 2, 1, 'The mayor resigned.')], [ref('r', 2, 1, 'The mayor resigned.')]), similarity: 0.9 };
const apartLeft = near(oneSidedClaim('apart-l-000003', ref('l', 3, 1, 'The statement came late.')), 'r-p03-s1', 'A statement followed.', 0.115);
const apartRight = near(oneSidedClaim('apart-r-000004', ref('r', 3, 1, 'A statement followed.')), 'l-p03-s1', 'The statement came late.', 0.115);
const far = near(oneSidedClaim('far-000005', ref('l', 4, 1, 'Snow fell.')), 'r-p04-s1', 'Rain fell.', 0.08);
const edited = { ...sharedClaim('edited-000006', [ref('l', 5, 1, 'a')], [ref('r', 5, 1, 'b')]), similarity: 0.12, origin: 'editor' as const, edit: 'paired' as const };
const comparison = makeComparison({ claims: [close, sure, apartLeft, apartRight, far, edited] });

describe('doubts', () => {
  const list = doubts(comparison);

  test('nearest the line first, one line for two sentences that are each other’s near miss, the editor’s claims left out', () => {
    expect(list.map((d) => [d.kind, d.left.id, d.right.id])).toEqual([
      ['apart', 'l-p03-s1', 'r-p03-s1'],
      ['paired', 'l-p01-s1', 'r-p01-s1'],
      ['apart', 'l-p04-s1', 'r-p04-s1'],
      ['paired', 'l-p02-s1', 'r-p02-s1'],
    ]);
  });

  test('each doubt carries the correction that reverses it', () => {
    expect(list[0]!.correction).toEqual({ list: 'pair', ids: ['l-p03-s1', 'r-p03-s1'] });
    expect(list[1]!.correction).toEqual({ list: 'unpair', ids: ['l-p01-s1', 'r-p01-s1'] });
  });

  test('corrections that stop the build as a whole are said so, with the build’s message', () => {
    expect(formatReview(comparison, [], [], 5, 'x/story.json: corrections.unpair[0]: …')).toMatch(/\nThe build stops on these corrections: x\/story\.json: corrections\.unpair\[0\]/);
  });

  test('the text ends each doubt with the correction to paste, and lists the story’s corrections', () => {
    const text = formatReview(comparison, list, correctionStatuses(comparison, { pair: [['l-p03-s1', 'r-p03-s1']], unpair: [] }), 2);
    expect(text).toMatch(/The 2 decisions nearest the line \(of 4\)/);
    expect(text).toMatch(/not paired: they share only “statement” → "pair": \["l-p03-s1", "r-p03-s1"\]\n/);
    expect(text).toMatch(/→ "unpair": \["l-p01-s1", "r-p01-s1"\]\n/);
    expect(text).toMatch(/pair +\["l-p03-s1", "r-p03-s1"\]: still changes the comparison/);
  });
});

describe('correctionStatuses', () => {
  test.each<[string, 'pair' | 'unpair', [string, string], boolean, RegExp]>([
    ['a pair the engine leaves apart', 'pair', ['l-p03-s1', 'r-p03-s1'], true, /still changes the comparison/],
    ['a pair the engine now makes', 'pair', ['l-p01-s1', 'r-p01-s1'], false, /^redundant/],
    ['an unpair of a pair the engine makes', 'unpair', ['l-p02-s1', 'r-p02-s1'], true, /still changes the comparison/],
    ['an unpair of sentences the engine leaves apart', 'unpair', ['l-p03-s1', 'r-p03-s1'], false, /^no longer applies/],
    ['a sentence that is gone', 'pair', ['l-p09-s1', 'r-p01-s1'], false, /no sentence l-p09-s1 any more/],
    ['two sentences of one article', 'pair', ['l-p01-s1', 'l-p02-s1'], false, /both are sentences of one article/],
  ])('%s', (_name, list, ids, changes, note) => {
    const [status] = correctionStatuses(comparison, { pair: list === 'pair' ? [ids] : [], unpair: list === 'unpair' ? [ids] : [] });
    expect(status!.changes).toBe(changes);
    expect(status!.note).toMatch(note);
  });
});

describe('npm run review', () => {
  const run = (...args: string[]) => spawnSync(process.execPath, [path.join(ROOT, 'scripts/review.ts'), ...args], { cwd: ROOT, encoding: 'utf8' });
  const seed = path.join(ROOT, 'content/stories/us-envoys-cease-fire-push-2024-10-31');

  test('on the seed story folder: the doubts, each with its correction, and the story’s two corrections still changing the comparison', () => {
    const result = run(seed, '--limit', '5');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^The 5 decisions nearest the line/m);
    expect(result.stdout.match(/→ "(?:un)?pair": \["nyt-p\d{2}-s\d+", "cnn-p\d{2}-s\d+"\]$/gm)).toHaveLength(5);
    expect(result.stdout).toMatch(/pair +\["nyt-p04-s1", "cnn-p04-s2"\]: still changes the comparison/);
    expect(result.stdout).toMatch(/unpair \["nyt-p03-s1", "cnn-p04-s2"\]: still changes the comparison/);
  });

  test.each([
    { name: 'three files', args: ['a', 'b', 'c'], message: /^review: usage: npm run review/ },
    { name: 'a limit that is not a number', args: [seed, '--limit', 'many'], message: /^review: --limit "many" is not a whole number/ },
    { name: 'a folder with no story', args: [path.join(ROOT, 'tests')], message: /^review: .*tests: no story\.json/ },
    { name: 'a file option with a story folder', args: [seed, '--corrections', 'x.json'], message: /^review: --corrections is for two files/ },
  ])('fails clearly on $name', ({ args, message }) => {
    const result = run(...args);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(message);
  });
});
