import { lookupTokenKeys, toWordnetPos } from './synonyms.ts';
import type { Token } from './tokens.ts';

/** WordNet synset keys of a content word, for its tagged part of speech (first senses only). */
export function wordnetKeys(token: Token): string[] {
  const pos = toWordnetPos(token.pos);
  if (!pos || token.proper) return [];
  return lookupTokenKeys({ lemma: token.lemma, surface: token.text }, { pos: [pos], maxSenses: 2 });
}
