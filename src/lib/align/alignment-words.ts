import type { Token } from '../analysis/tokens.ts';
import { contentWords, type AlignContext, type ContentWord } from './word-alignment.ts';

/** The content words of every sentence of a pair of articles, and how rare each is there. */
export interface AlignmentWords {
  /** Content words of sentence k (left sentences first, then right). */
  of: (k: number) => ContentWord[];
  /** A word's weight: its inverse document frequency over the sentences of both articles. */
  weight: (w: ContentWord) => number;
  context: AlignContext;
}

/** Reads the content words of all sentences once, and their rarity across them. */
export function alignmentWords(sentences: readonly (readonly Token[])[], context: AlignContext): AlignmentWords {
  const words = sentences.map((tokens) => contentWords(tokens, context));
  const df = new Map<string, number>();
  for (const ws of words) for (const key of new Set(ws.map((w) => w.key))) df.set(key, (df.get(key) ?? 0) + 1);
  const n = words.length;
  return { of: (k) => words[k]!, weight: (w) => Math.log(1 + n / (df.get(w.key) ?? 1)), context };
}
