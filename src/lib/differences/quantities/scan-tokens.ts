/** Tokens of a sentence, their parts of speech from wink-nlp, and what the tokens around a number say about it. */
import type { Scan, Tagged, Token } from './types.ts';
import { CALENDAR_NAMES } from '../../lexicon/en/calendar.ts';
import { OPENERS, STOPS } from '../../lexicon/en/marks.ts';
import { NOUN_BRIDGES } from '../../lexicon/en/numbers.ts';

/** Parts of speech for the whole text, from its shared analysis, taken on first need. */
export function tagsOf(scan: Scan): Tagged[] {
  scan.tagged ??= scan.analysis.words(scan.text).map((w) => ({ start: w.start, lower: w.text.toLowerCase(), pos: w.pos, lemma: w.lemma }));
  return scan.tagged;
}

/** Tagged words from character offset `from` on. */
export function tagsFrom(scan: Scan, from: number): Tagged[] {
  const tagged = tagsOf(scan);
  const first = tagged.findIndex((t) => t.start >= from);
  return first === -1 ? [] : tagged.slice(first, first + 6);
}

/** The noun a number counts: the first noun after it, past adjectives, names and "of the". */
export function findNoun(scan: Scan, from: number): string | null {
  const words = tagsFrom(scan, from);
  for (const [i, w] of words.entries()) {
    if (w.pos === 'NOUN') return w.lemma;
    if (w.pos === 'PROPN') {
      const next = words[i + 1];
      if (next && (next.pos === 'NOUN' || next.pos === 'PROPN')) continue;
      return w.lemma.replace(/(?<=\p{L}{3})s$/u, '');
    }
    if (w.pos === 'ADJ' || NOUN_BRIDGES.has(w.lower)) continue;
    if (w.pos === 'DET' && words[i - 1]?.lower === 'of') continue;
    return null;
  }
  return null;
}

/** Whether a token begins with a capital letter. */
export const isCapitalized = (t: Token | undefined): boolean => t !== undefined && /^\p{Lu}/u.test(t.text);

/** True when token `i` opens the sentence or a clause after a stop (capitals there prove nothing). */
export function opensSentence(tokens: Token[], i: number): boolean {
  let j = i - 1;
  while (j >= 0 && OPENERS.has(tokens[j]!.text)) j--;
  return j < 0 || STOPS.has(tokens[j]!.text);
}

/** Adjacent tokens: no space between. */
export const touches = (a: Token | undefined, b: Token | undefined): boolean => a !== undefined && b !== undefined && a.end === b.start;

/**
 * A number right after a capitalised word names something: "Channel 12". Inside
 * the sentence the capital is enough; at its start ("In 2023", "Channel 12") the
 * word must be tagged a proper noun.
 */
export function followsName(scan: Scan, i: number): boolean {
  const { tokens } = scan;
  const prev = tokens[i - 1];
  if (!prev || prev.type !== 'word' || !touchesBySpace(prev, tokens[i]) || !isCapitalized(prev)) return false;
  if (CALENDAR_NAMES.has(prev.lower) || /'s$/.test(prev.lower)) return false;
  if (!opensSentence(tokens, i - 1)) return true;
  return tagsOf(scan).find((t) => t.start === prev.start)?.pos === 'PROPN';
}

/** Separated by exactly one space. */
function touchesBySpace(a: Token, b: Token | undefined): boolean {
  return b !== undefined && b.start === a.end + 1;
}
