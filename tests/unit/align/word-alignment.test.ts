import { describe, expect, test } from 'vitest';
import { tokenize } from '../../../src/lib/analysis/tokens.ts';
import { wordnetKeys } from '../../../src/lib/align/paraphrase.ts';
import { actionMass, alignsAction, alignWords, contentWords, type AlignContext } from '../../../src/lib/align/word-alignment.ts';

const CONTEXT: AlignContext = { canonical: (k) => k, synonyms: wordnetKeys };
const words = (text: string) => contentWords(tokenize(text), CONTEXT);
const align = (a: string, b: string) => alignWords(words(a), words(b), () => 1, CONTEXT);
const links = (a: string, b: string) => align(a, b).links.map((k) => `${k.left.token.text}/${k.right.token.text}:${k.match}`).sort();

describe('contentWords', () => {
  test('keeps names, figures and content words; drops stop words, reporting verbs and titles of named people', () => {
    const ws = words('Prime Minister Ana Lima said three workers were killed on Monday.');
    expect(ws.map((w) => `${w.token.text}:${w.kind}`)).toEqual(['Ana:name', 'Lima:name', 'three:number', 'workers:term', 'killed:term', 'Monday:name']);
  });

  test('a number word and its figure are one key, and so is a unit of time', () => {
    expect(words('three years').map((w) => w.key)).toEqual(words('3 year').map((w) => w.key));
  });
});

describe('alignWords', () => {
  test('joins a paraphrase PPDB lists when both words have one part of speech', () => {
    expect(links('Three workers were killed in the blast.', 'Three workers died in the blast.')).toContain('killed/died:paraphrase');
    expect(links('The firm abandoned the plan.', 'The firm dropped the plan.')).toContain('abandoned/dropped:paraphrase');
  });

  test('joins WordNet synonyms', () => {
    expect(links('Congress voted to override the veto.', 'Congress voted to overrule the veto.')).toContain('override/overrule:synonym');
  });

  test('each word is used once: the rarer, stronger pair wins', () => {
    const a = align('Police said rescuers found the child.', 'The child was found by rescuers, and a dog was found too.');
    expect(a.links.filter((k) => k.left.token.text === 'found')).toHaveLength(1);
    expect(a.links.filter((k) => k.right.token.text === 'found')).toHaveLength(1);
    // Left: all but "Police" aligned; right: the dog and its "found" are not.
    expect(a.leftCoverage).toBeCloseTo(3 / 4);
    expect(a.rightCoverage).toBeCloseTo(3 / 5);
  });

  test('a shared day and a shared name are not a shared action', () => {
    const a = align('On Friday, Lima spoke on television.', 'On Friday, postal officials intercepted a package for Lima.');
    expect(a.links.length).toBeGreaterThanOrEqual(2);
    expect(alignsAction(a)).toBe(false);
    expect(actionMass(a, () => 1)).toBe(0);
  });

  test('an action counts by its match strength and weight', () => {
    const a = align('Three workers were killed.', 'Three workers died.');
    expect(alignsAction(a)).toBe(true);
    expect(actionMass(a, () => 2)).toBeGreaterThan(actionMass(align('Three workers were killed.', 'Three workers were fired.'), () => 2));
  });
});
