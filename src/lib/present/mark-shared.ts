import { keyOf, stemOf } from '../align/tokens.ts';

const segmenter = new Intl.Segmenter('en', { granularity: 'word' });

/** A run of text, marked when it is one of the words both sides share. */
export interface MarkedRun {
  text: string;
  shared: boolean;
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
