/** Cardinal numbers in digits or words: "1,200", "2.5 million", "three hundred and fifty", "twenty-five", "a dozen". */
import type { Token } from './types.ts';
import { NUMBER_WORDS, ONES, PLURAL_MAGNITUDES, SCALES, TEENS, TENS } from '../../lexicon/en/numbers.ts';

/** A figure written in digits ("1,200", "2.5"); null for any other token ("31st", "2023-24"). */
export function parseDigits(s: string): number | null {
  if (/^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/.test(s) || /^\d+(?:\.\d+)?$/.test(s)) return Number(s.replace(/,/g, ''));
  return null;
}

function parseNumberWord(w: string): { value: number; type: 'ones' | 'teen' | 'tens' | 'compound' } | null {
  if (w in ONES) return { value: ONES[w]!, type: 'ones' };
  if (w in TEENS) return { value: TEENS[w]!, type: 'teen' };
  if (w in TENS) return { value: TENS[w]!, type: 'tens' };
  const [tens, ones, extra] = w.split('-');
  if (extra === undefined && tens !== undefined && ones !== undefined && tens in TENS && ones in ONES && ONES[ones]! > 0) {
    return { value: TENS[tens]! + ONES[ones]!, type: 'compound' };
  }
  return null;
}

/**
 * A cardinal from words: digits with scale words ("2.5 million") or number words
 * ("three hundred and fifty", "twenty-five", "a dozen"). Null unless every word fits.
 */
function parseCardinal(words: string[]): number | null {
  const first = words[0];
  if (first === undefined) return null;
  const digits = parseDigits(first);
  if (digits !== null) {
    let value = digits;
    for (const w of words.slice(1)) {
      if (w === 'hundred') value *= 100;
      else if (w in SCALES) value *= SCALES[w]!;
      else if (w === 'dozen') value *= 12;
      else return null;
    }
    return value;
  }
  let total = 0;
  let current = 0;
  let last: 'none' | 'ones' | 'teen' | 'tens' | 'hundred' | 'scale' | 'and' = 'none';
  for (const [i, w] of words.entries()) {
    const next = words[i + 1];
    if ((w === 'a' || w === 'an') && i === 0) {
      if (next !== 'hundred' && next !== 'dozen' && !(next !== undefined && next in SCALES)) return null;
      current = 1;
      last = 'ones';
      continue;
    }
    const n = parseNumberWord(w);
    if (n) {
      const fits = n.type === 'ones' ? ['none', 'tens', 'hundred', 'scale', 'and'].includes(last) : ['none', 'hundred', 'scale', 'and'].includes(last);
      if (!fits) return null;
      current += n.value;
      last = n.type === 'compound' ? 'ones' : n.type;
    } else if (w === 'hundred') {
      if (!['ones', 'teen', 'tens'].includes(last)) return null;
      current *= 100;
      last = 'hundred';
    } else if (w === 'dozen') {
      if (!['ones', 'teen', 'tens'].includes(last)) return null;
      current *= 12;
      last = 'scale';
    } else if (w in SCALES) {
      if (!['ones', 'teen', 'tens', 'hundred'].includes(last)) return null;
      total += current * SCALES[w]!;
      current = 0;
      last = 'scale';
    } else if (w === 'and') {
      if (last !== 'hundred' && last !== 'scale') return null;
      last = 'and';
    } else {
      return null;
    }
  }
  return last === 'none' || last === 'and' ? null : total + current;
}

/** Whether a lowercase word states a figure: digits, a number word ("fourteen", "thousands") or "percent". */
export function isFigureWord(word: string): boolean {
  return /^\d/.test(word) || (NUMBER_WORDS.has(word) && !/^(?:and|an?)$/.test(word)) || word in PLURAL_MAGNITUDES || word === 'percent';
}

/** The longest cardinal starting at token `i`: [value, end token, words or digits]. */
export function readCardinal(tokens: Token[], i: number): { value: number; end: number; digits: boolean } | null {
  const first = tokens[i];
  if (!first) return null;
  const words: string[][] = [];
  if (first.type === 'num') {
    if (parseDigits(first.text) === null) return null;
    words.push([first.lower]);
    for (let j = i + 1; j < tokens.length && words.length < 4; j++) {
      const w = tokens[j]!.lower;
      if (w === 'hundred' || w === 'dozen' || w in SCALES) words.push([w]);
      else break;
    }
  } else {
    for (let j = i; j < tokens.length && words.length < 10; j++) {
      const t = tokens[j]!;
      if (t.type !== 'word') break;
      const parts = t.lower.split('-');
      if (!parts.every((p) => NUMBER_WORDS.has(p)) || (parts.length > 1 && parseNumberWord(t.lower) === null)) break;
      words.push(parts.length > 1 ? [t.lower] : parts);
    }
  }
  for (let k = words.length; k > 0; k--) {
    const value = parseCardinal(words.slice(0, k).flat());
    if (value !== null) return { value, end: i + k, digits: first.type === 'num' };
  }
  return null;
}

/** Parses the number part of a hyphen compound ("six", "48", "twenty-five", "half"). */
export function parseCompoundNumber(parts: string[]): number | null {
  if (parts.length === 1 && parts[0] === 'half') return 0.5;
  const joined = parts.join('-');
  if (parts.length === 2 && parseNumberWord(joined)) return parseNumberWord(joined)!.value;
  return parseCardinal(parts);
}

/** Rounds to four decimal places. */
export const round4 = (n: number): number => Math.round(n * 1e4) / 1e4;
