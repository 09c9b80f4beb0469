/** Tokens of a sentence, their parts of speech from wink-nlp, and what the tokens around a number say about it. */
import type { ItsFunction } from 'wink-nlp';
import { getNlp } from '../../ingest/sentences.ts';
import type { Scan, Tagged, Token } from './types.ts';
import { NOT_NAMES, NOUN_BRIDGES, OPENERS, STOPS } from './words.ts';

/**
 * Digit-led runs ("1,200", "48-hour", "1990s", "31st"), word runs with inner
 * hyphens and apostrophes ("two-thirds", "month-long", "F-16"), or one other character.
 */
const TOKEN = /\d+(?:[.,]\d+)*\p{L}*(?:[-\u2010\u2011][\p{L}\d]+(?:[.,]\d+)*)*|\p{L}[\p{L}\p{M}\d]*(?:[-\u2010\u2011'\u2019][\p{L}\p{M}\d]+)*|\S/gu;

/** Splits a sentence into tokens, each with its offsets. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(TOKEN)) {
    const raw = m[0];
    const type = /^\d/.test(raw) ? 'num' : /^\p{L}/u.test(raw) ? 'word' : 'mark';
    const lower = raw.toLowerCase().replace(/[\u2010\u2011]/g, '-').replace(/\u2019/g, "'");
    tokens.push({ text: raw, lower, start: m.index, end: m.index + raw.length, type });
  }
  return tokens;
}

/** Parts of speech for the whole sentence, computed on first need. */
export function tagsOf(scan: Scan): Tagged[] {
  if (scan.tagged) return scan.tagged;
  const nlp = getNlp();
  const tokens = nlp.readDoc(scan.text).tokens();
  const values = tokens.out(nlp.its.value);
  const pos = tokens.out(nlp.its.pos);
  // wink-nlp's typings give `its.lemma` a document-level signature; at run time it is a token its-function.
  const lemmas = tokens.out(nlp.its.lemma as unknown as ItsFunction<string>);
  const tagged: Tagged[] = [];
  let cursor = 0;
  for (const [i, value] of values.entries()) {
    const at = scan.text.indexOf(value, cursor);
    if (at === -1 || value === '') continue;
    tagged.push({ start: at, lower: value.toLowerCase(), pos: pos[i] ?? '', lemma: (lemmas[i] ?? value).toLowerCase() });
    cursor = at + value.length;
  }
  scan.tagged = tagged;
  return tagged;
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
  if (NOT_NAMES.has(prev.lower) || /'s$/.test(prev.lower)) return false;
  if (!opensSentence(tokens, i - 1)) return true;
  return tagsOf(scan).find((t) => t.start === prev.start)?.pos === 'PROPN';
}

/** Separated by exactly one space. */
function touchesBySpace(a: Token, b: Token | undefined): boolean {
  return b !== undefined && b.start === a.end + 1;
}
