// Sentence features for alignment: what counts as evidence, and how features are keyed and weighted.
import { describe, expect, test } from 'vitest';
import {
  cosine,
  extractFeatures,
  featureId,
  isWordFeature,
  readFeature,
  sumVectors,
  weightVectors,
  type Feature,
  type FeatureContext,
  type Vector,
} from '../../../src/lib/align/features.ts';
import { tokenize, type Token } from '../../../src/lib/analysis/tokens.ts';

const plain: FeatureContext = { canonical: (key) => key, compounds: new Set() };

/** The features of one sentence as [kind, form, key] → count. */
function features(text: string, context: Partial<FeatureContext> = {}): Map<string, number> {
  const vector = extractFeatures(tokenize(text), { ...plain, ...context });
  return new Map([...vector].map(([id, w]) => {
    const { kind, form, key } = readFeature(id);
    return [`${kind} ${form} ${key}`, w];
  }));
}

const keysOf = (text: string, context: Partial<FeatureContext> = {}) => [...features(text, context).keys()];

describe('featureId and readFeature', () => {
  test.each<Feature>([
    { kind: 'name', form: 'word', key: 'lima' },
    { kind: 'name', form: 'part', key: 'amin' },
    { kind: 'number', form: 'word', key: '48 hour' },
    { kind: 'number', form: 'word', key: '2024-10' },
    { kind: 'number', form: 'word', key: 'week:-1' },
    { kind: 'term', form: 'word', key: 'bridg' },
    { kind: 'term', form: 'part', key: 'fire' },
    { kind: 'term', form: 'prefix', key: 'pessim' },
    { kind: 'term', form: 'phrase', key: 'bridg_collaps' },
    { kind: 'synonym', form: 'word', key: '01234567-n' },
  ])('%o round-trips', (feature) => {
    expect(readFeature(featureId(feature))).toEqual(feature);
  });

  test('features that differ in kind or form get different ids', () => {
    const forms = (['word', 'part', 'prefix'] as const).flatMap((form) => (['name', 'number', 'term', 'synonym'] as const).map((kind) => featureId({ kind, form, key: 'x' })));
    expect(new Set(forms).size).toBe(forms.length);
  });

  test.each<[Feature, boolean]>([
    [{ kind: 'name', form: 'word', key: 'lima' }, true],
    [{ kind: 'number', form: 'word', key: '6' }, true],
    [{ kind: 'term', form: 'word', key: 'bridg' }, true],
    [{ kind: 'term', form: 'phrase', key: 'bridg_collaps' }, false],
    [{ kind: 'term', form: 'part', key: 'fire' }, false],
    [{ kind: 'term', form: 'prefix', key: 'pessim' }, false],
    [{ kind: 'synonym', form: 'word', key: '01234567-n' }, false],
  ])('isWordFeature(%o) is %s', (feature, word) => {
    expect(isWordFeature(featureId(feature))).toBe(word);
  });
});

describe('extractFeatures: what is not evidence', () => {
  // Keys it would have as a word (its stem) or as a name (its key).
  test.each([
    ['a reporting verb ("said")', 'Officials said the bridge was safe.', ['said', 'say']],
    ['a reporting verb ("told")', 'She told reporters it was over.', ['told', 'tell']],
    ['a reporting verb ("added")', 'The engineer added that the bridge was safe.', ['ad', 'add', 'added']],
    ['a title word ("Minister")', 'Prime Minister Ana Lima resigned.', ['minister', 'minist']],
    ['a title word ("Prime")', 'Prime Minister Ana Lima resigned.', ['prime']],
    ['a stop word ("the")', 'The bridge collapsed.', ['the']],
    ['a digit token (numbers come from context.numbers)', 'The bridge is 48 metres long.', ['48']],
  ])('%s', (_name, text, keys) => {
    const words = keysOf(text).filter((k) => !k.includes(' phrase '));
    expect(words.filter((k) => keys.some((key) => k.endsWith(` ${key}`)))).toEqual([]);
    expect(words.length).toBeGreaterThan(0);
  });

  test('the same position holds evidence when the word is not a reporting verb ("padded")', () => {
    expect(keysOf('The engineer padded that the bridge was safe.')).toContain('term word pad');
  });

  test('a day listed among the sentence’s numbers is read once, as a number, not as a name too', () => {
    expect(keysOf('Talks resumed on Thursday.', { numbers: ['thursday'] })).toEqual(expect.arrayContaining(['number word thursday']));
    expect(keysOf('Talks resumed on Thursday.', { numbers: ['thursday'] })).not.toContain('name word thursday');
    expect(keysOf('Talks resumed on Thursday.')).toContain('name word thursday');
  });
});

describe('extractFeatures: what is', () => {
  test.each<[string, string, Partial<FeatureContext>, [string, number][]]>([
    ['a name, through canonical', 'Ana Lima resigned.', { canonical: (k) => (k === 'lima' ? 'lima-entity' : k) }, [['name word lima-entity', 1]]],
    ['a content word, by stem', 'The bridge collapsed.', {}, [['term word bridg', 1], ['term word collaps', 1]]],
    ['adjacent content words as a phrase, stop words skipped', 'The bridge of the river collapsed.', {}, [['term phrase bridg_river', 0.7], ['term phrase river_collaps', 0.7]]],
    ['a long word’s first six letters', 'Analysts were pessimistic.', {}, [['term prefix pessim', 0.5]]],
    ['a compound whole, and its parts at half weight', 'They agreed to a cease-fire.', {}, [['term word ceasefir', 1], ['term part ceas', 0.5], ['term part fire', 0.5]]],
    ['a hyphenated name whole, and its long parts', 'Al-Amin came overnight.', {}, [['name word alamin', 1], ['name part amin', 0.5]]],
    ['two words the pair writes as one elsewhere', 'The cease fire held.', { compounds: new Set(['ceasefire']) }, [['term word ceasefir', 1]]],
    ['the numbers the context gives', 'The bridge is 48 metres long.', { numbers: ['48 metre'] }, [['number word 48 metre', 1]]],
    ['the synonyms the context gives', 'The bridge collapsed.', { synonyms: (t: Token) => (t.key === 'collapsed' ? ['fall-v'] : []) }, [['synonym word fall-v', 1]]],
    ['an acronym the pair uses, from its words spelled out', 'The United Nations agreed.', { acronyms: new Set(['un']) }, [['name word un', 1]]],
    ['a word twice, counted twice', 'The bridge and the old bridge.', {}, [['term word bridg', 2]]],
  ])('%s', (_name, text, context, expected) => {
    const got = features(text, context);
    for (const [key, weight] of expected) expect(got.get(key)).toBe(weight);
  });

  test('a name part of two letters is not a feature ("al" of Al-Amin)', () => {
    expect(keysOf('Al-Amin came overnight.')).not.toContain('name part al');
  });

  test('"cease fire" and "cease-fire" share one whole word, the joined one; parts are not words', () => {
    const context = { compounds: new Set(['ceasefire']) };
    const a = extractFeatures(tokenize('The cease fire held.'), { ...plain, ...context });
    const b = extractFeatures(tokenize('The cease-fire held.'), { ...plain, ...context });
    const shared = [...a.keys()].filter((id) => b.has(id) && isWordFeature(id));
    expect(shared.map((id) => readFeature(id).key).sort()).toEqual(['ceasefir', 'held']);
  });
});

describe('weightVectors', () => {
  const raw: Vector[] = [
    new Map([['e:lima', 1], ['w:bridg', 1], ['w:common', 1]]),
    new Map([['w:bridg', 2], ['w:common', 1]]),
    new Map([['w:common', 1], ['n:48', 1]]),
  ];
  const { vectors, idf } = weightVectors(raw);

  test.each(vectors.map((v, i) => [i, v] as const))('vector %i has unit length', (_i, v) => {
    expect(Math.hypot(...v.values())).toBeCloseTo(1, 12);
  });

  test.each([
    ['w:common', Math.log(1 + 3 / 3)],
    ['w:bridg', Math.log(1 + 3 / 2)],
    ['e:lima', Math.log(1 + 3 / 1)],
  ])('idf of %s is log(1 + n/df)', (f, value) => {
    expect(idf.get(f)).toBeCloseTo(value, 12);
  });

  test('a rarer feature weighs more; a name weighs 1.6 times a word of the same count and spread', () => {
    const [v] = weightVectors([new Map([['e:x', 1], ['w:y', 1]]), new Map([['e:x', 1], ['w:y', 1], ['w:z', 1]])]).vectors;
    expect(v!.get('e:x')! / v!.get('w:y')!).toBeCloseTo(1.6, 12);
    expect(vectors[0]!.get('e:lima')!).toBeGreaterThan(vectors[0]!.get('w:common')!);
  });

  test('a feature counted twice weighs 1 + ln 2 times one counted once', () => {
    const [a, b] = weightVectors([new Map([['w:x', 2], ['w:y', 1]]), new Map([['w:x', 1], ['w:y', 1]])]).vectors;
    expect(a!.get('w:x')! / a!.get('w:y')!).toBeCloseTo(1 + Math.log(2), 12);
    expect(b!.get('w:x')! / b!.get('w:y')!).toBeCloseTo(1, 12);
  });
});

describe('cosine and sumVectors', () => {
  test.each<[Vector, Vector, number]>([
    [new Map([['a', 1]]), new Map([['a', 5]]), 1],
    [new Map([['a', 1]]), new Map([['b', 1]]), 0],
    [new Map([['a', 3], ['b', 4]]), new Map([['a', 1]]), 0.6],
    [new Map(), new Map([['a', 1]]), 0],
  ])('cosine %#', (a, b, value) => {
    expect(cosine(a, b)).toBeCloseTo(value, 12);
    expect(cosine(b, a)).toBeCloseTo(value, 12);
  });

  test('sumVectors adds weights feature by feature', () => {
    expect(sumVectors([new Map([['a', 1], ['b', 2]]), new Map([['b', 3]])])).toEqual(new Map([['a', 1], ['b', 5]]));
  });
});
