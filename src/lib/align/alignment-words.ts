import type { Token } from '../analysis/tokens.ts';
import { alignWords, contentWords, type AlignContext, type ContentWord, type SentenceAlignment } from './word-alignment.ts';

/** The content words of every sentence of a pair of articles, and how rare each is there. */
export interface AlignmentWords {
  /** Content words of sentence k (left sentences first, then right). */
  of: (k: number) => ContentWord[];
  /** A word's weight: its inverse document frequency over the sentences of both articles. */
  weight: (w: ContentWord) => number;
  context: AlignContext;
  /** The word alignment of sentences a and b (indexes as for `of`), computed once. */
  pair: (a: number, b: number) => SentenceAlignment;
}

/** Reads the content words of all sentences once, and their rarity across them. */
export function alignmentWords(sentences: readonly (readonly Token[])[], context: AlignContext): AlignmentWords {
  const words = sentences.map((tokens) => contentWords(tokens, context));
  const df = new Map<string, number>();
  for (const ws of words) for (const key of new Set(ws.map((w) => w.key))) df.set(key, (df.get(key) ?? 0) + 1);
  const n = words.length;
  const weight = (w: ContentWord) => Math.log(1 + n / (df.get(w.key) ?? 1));
  const pairs = new Map<number, SentenceAlignment>();
  const pair = (a: number, b: number): SentenceAlignment => {
    const key = a * n + b;
    let found = pairs.get(key);
    if (!found) pairs.set(key, (found = alignWords(words[a]!, words[b]!, weight, context)));
    return found;
  };
  return { of: (k) => words[k]!, weight, context, pair };
}
