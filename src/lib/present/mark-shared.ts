import { BoundedMap } from '../analysis/context.ts';
import { segmentText } from '../analysis/segments.ts';
import { keyOf, stemOf } from '../analysis/tokens.ts';


/** A run of text, marked when it is one of the words both sides share. */
export interface MarkedRun {
  text: string;
  shared: boolean;
}

// Every claim on a comparison page, its share page and both reading views
// stems the same words again: remember each word's stem (a word always has
// the same stem, so this is safe to share).
const stems = new BoundedMap<string, string>(50_000);
const stemOfWord = (word: string): string => {
  let stem = stems.get(word);
  if (stem === undefined) stems.set(word, (stem = stemOf(keyOf(word))));
  return stem;
};

/** Stems of a text's words. */
function stemsOf(text: string): Set<string> {
  return new Set(segmentText(text).filter((s) => s.isWordLike).map((s) => stemOfWord(s.segment)));
}

/** The evidence words both texts contain (a name one side spells differently is not one of them). */
export function wordsInBoth(words: readonly string[], left: string, right: string): string[] {
  const [a, b] = [stemsOf(left), stemsOf(right)];
  return words.filter((w) => w.split(/\s+/).every((part) => a.has(stemOfWord(part)) && b.has(stemOfWord(part))));
}

/**
 * Splits text into runs, marking each word whose stem is among `words`
 * (the evidence that paired a claim), so a reader sees what two differently
 * worded sentences have in common. Joining the runs gives the text back.
 */
export function markShared(text: string, words: readonly string[]): MarkedRun[] {
  const marked = new Set(words.flatMap((w) => w.split(/\s+/)).map(stemOfWord));
  const runs: MarkedRun[] = [];
  for (const { segment, isWordLike } of segmentText(text)) {
    const shared = Boolean(isWordLike) && marked.has(stemOfWord(segment));
    const last = runs.at(-1);
    if (last && last.shared === shared && !shared) last.text += segment;
    else runs.push({ text: segment, shared });
  }
  return runs;
}
