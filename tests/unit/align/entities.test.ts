import { describe, expect, test } from 'vitest';
import { canonicalizeEntities, collectNames, isSpellingVariant } from '../../../src/lib/align/entities.ts';
import { slugify } from '../../../src/lib/text/slugify.ts';
import { expandedAcronyms } from '../../../src/lib/align/features.ts';
import { keyOf, tokenize, tokenizeAll, truecase, type Token } from '../../../src/lib/analysis/tokens.ts';

describe('isSpellingVariant', () => {
  test.each([
    ['mcgurk', 'mcguirk', true],
    ['savett', 'savet', true],
    ['elsisi', 'elsissi', true],
    ['okonkwo', 'okonkow', true],
    ['israel', 'israeli', false],
    ['palestinian', 'palestinians', false],
    ['qatar', 'qatari', false],
    ['hamas', 'hamad', false],
    ['gaza', 'gaza', false],
    ['biden', 'burns', false],
    ['cia', 'nia', false],
    ['slovenia', 'slovakia', false],
    ['austria', 'australia', false],
    ['dana', 'dina', false],
    ['jensen', 'jenssen', true],
  ])('%s / %s → %s', (a, b, expected) => {
    expect(isSpellingVariant(a, b)).toBe(expected);
  });

  test('a replaced letter in a short surname counts after the same given name', () => {
    expect(isSpellingVariant('novak', 'nowak')).toBe(false);
    expect(isSpellingVariant('novak', 'nowak', true)).toBe(true);
    expect(isSpellingVariant('novak', 'nolan', true)).toBe(false);
  });
});

describe('canonicalizeEntities', () => {
  const names = (sentences: string[]) => collectNames(tokenizeAll(sentences));
  test('one surname spelled two ways after the same given name is one entity', () => {
    const entities = canonicalizeEntities(names(['Dariusz Novak called it a betrayal.', 'Novak said they would meet.']), names(['Mr. Nowak, or Dariusz Nowak to his members, was angry.']));
    expect(entities.canonical('nowak')).toBe('novak');
    expect(entities.variants).toEqual([{ entity: 'Novak', left: ['Novak'], right: ['Nowak'] }]);
  });

  test('two short surnames a letter apart after different given names stay two people', () => {
    const entities = canonicalizeEntities(names(['Dana Novak spoke first.']), names(['Piotr Nowak spoke last.']));
    expect(entities.canonical('nowak')).toBe('nowak');
    expect(entities.variants).toEqual([]);
  });
});

describe('matching keys', () => {
  test.each([
    ['C.I.A.', 'cia'],
    ['U.S.', 'us'],
    ['cease-fire', 'ceasefire'],
    ['Netanyahu’s', 'netanyahu'],
  ])('%s → %s', (text, key) => {
    expect(keyOf(text)).toBe(key);
  });

  test('hyphenated words join, numbers with units stay apart, and "U.S." is not the pronoun "us"', () => {
    const tokens = tokenize('A six-week cease-fire with the U.S. helps us and el-Sisi.');
    const keys = tokens.filter((t) => !t.stop).map((t) => t.key);
    expect(keys).toEqual(expect.arrayContaining(['ceasefire', 'us', 'elsisi', 'week']));
    expect(tokens.find((t) => t.text === 'us')?.stop).toBe(true);
    expect(tokens.find((t) => t.text === 'U.S.')?.proper).toBe(true);
  });

  test('a capitalised word opening a sentence is a name only if the texts write it as one elsewhere', () => {
    const texts = ['Landslides blocked the road.', 'A landslide buried it.', 'Valmora was hit.', 'Rescuers reached Valmora.', '“Heavy rain fell,” he said.', 'It was heavy going.', 'Zorblat spoke.'];
    const opening = (tokens: Token[]) => tokens.find((t) => /\p{L}/u.test(t.text))!;
    const before = tokenizeAll(texts).map(opening);
    const after = truecase(tokenizeAll(texts)).map(opening);
    // The tagger reads each opening capital as a name.
    expect(before.filter((t) => t.proper).map((t) => t.text)).toEqual(expect.arrayContaining(['Landslides', 'Valmora', 'Heavy']));
    const proper = Object.fromEntries(after.map((t) => [t.text, t.proper]));
    expect(proper).toMatchObject({ Landslides: false, Valmora: true, Heavy: false, Zorblat: before[6]!.proper });
    expect(after[4]!.pos).toBe('ADJ');
  });

  test('a spelled-out name meets its acronym', () => {
    expect(expandedAcronyms(tokenize('The United States and the National Security Council agreed.'), new Set(['us', 'nsc']))).toEqual(['us', 'nsc']);
    expect(expandedAcronyms(tokenize('The United States agreed.'), new Set(['uk']))).toEqual([]);
  });
});

describe('slugify', () => {
  test.each([
    ['el-Sisi', 'el-sisi'],
    ['C.I.A.', 'cia'],
    ['Netanyahu’s', 'netanyahus'],
    ['Süddeutsche Zeitung', 'suddeutsche-zeitung'],
  ])('%s → %s', (text, slug) => {
    expect(slugify(text)).toBe(slug);
  });
});
