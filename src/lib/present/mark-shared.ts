import { keyOf, stemOf } from '../align/tokens.ts';

const segmenter = new Intl.Segmenter('en', { granularity: 'word' });

/** A run of text, marked when it is one of the words both sides share. */
export interface MarkedRun {
  text: string;
  shared: boolean;
}

/** Stems of a text's words. */
function stemsOf(text: string): Set<string> {
  return new Set([...segmenter.segment(text)].filter((s) => s.isWordLike).map((s) => stemOf(keyOf(s.segment))));
}

/** The evidence words both texts contain (a name one side spells differently is not one of them). */
export function wordsInBoth(words: readonly string[], left: string, right: string): string[] {
  const [a, b] = [stemsOf(left), stemsOf(right)];
  return words.filter((w) => w.split(/\s+/).every((part) => a.has(stemOf(keyOf(part))) && b.has(stemOf(keyOf(part)))));
}

/**
 * Splits text into runs, marking each word whose stem is among `words`
 * (the evidence that paired a claim), so a reader sees what two differently
 * worded sentences have in common. Joining the runs gives the text back.
 */
export function markShared(text: string, words: readonly string[]): MarkedRun[] {
  const stems = new Set(words.flatMap((w) => w.split(/\s+/)).map((w) => stemOf(keyOf(w))));
  const runs: MarkedRun[] = [];
  for (const { segment, isWordLike } of segmenter.segment(text)) {
    const shared = Boolean(isWordLike) && stems.has(stemOf(keyOf(segment)));
    const last = runs.at(-1);
    if (last && last.shared === shared && !shared) last.text += segment;
    else runs.push({ text: segment, shared });
  }
  return runs;
}
