import { BoundedMap } from '../analysis/context.ts';
import { lookupTokenKeys, toWordnetPos } from '../lexicon/wordnet.ts';
import type { Token } from '../analysis/tokens.ts';

// The same words recur across sentences and articles; a word's keys never change.
const memo = new BoundedMap<string, string[]>(50_000);

/** WordNet synset keys of a content word, for its tagged part of speech (first senses only). */
export function wordnetKeys(token: Token): string[] {
  const pos = toWordnetPos(token.pos);
  if (!pos || token.proper) return [];
  const surface = token.text.toLowerCase();
  const key = `${pos}|${token.lemma}|${surface}`;
  let keys = memo.get(key);
  if (keys === undefined) {
    keys = lookupTokenKeys({ lemma: token.lemma, surface }, { pos: [pos], maxSenses: 2 });
    memo.set(key, keys);
  }
  return keys;
}
