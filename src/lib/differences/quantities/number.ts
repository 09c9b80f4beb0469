/** Numbers: fractions, vague magnitudes, money, counts and percentages. */
import { parseDigits, readCardinal, round4 } from './cardinal.ts';
import { makeMatch, skipTo } from './match.ts';
import { followsName, isCapitalized, opensSentence, tagsFrom, touches } from './scan-tokens.ts';
import type { Match, Scan } from './types.ts';
import { CURRENCIES, CURRENCY_SUFFIXES, DENOMINATORS, ONES, PLURAL_MAGNITUDES, SCALES, TEENS } from '../../lexicon/en/numbers.ts';
import { NOT_FRACTION_BEFORE_HALF, PRONOUN_BEFORE_ONE, QUALIFYING_BEFORE_HALF, QUANTIFIED_AFTER_HALF } from '../../lexicon/en/numbers.ts';

/** Fractions: "two-thirds", "a third of", "three quarters", "half of", "half a dozen". */
export function matchFraction(scan: Scan, i: number): Match | null {
  const { tokens } = scan;
  const lower = (k: number) => tokens[k]?.lower ?? '';
  const t = tokens[i]!;
  if (t.type !== 'word') return null;
  const fraction = (end: number, n: number, d: number) => makeMatch(end, { kind: 'number', value: round4(n / d), unit: 'fraction' });
  const parts = t.lower.split('-');
  if (parts.length === 2) {
    const [top, bottom] = parts as [string, string];
    const n = ONES[top] ?? TEENS[top];
    const d = DENOMINATORS[bottom];
    if (n === undefined || n === 0 || d === undefined || bottom.endsWith('s') !== n > 1) return null;
    return fraction(i + 1, n, d);
  }
  if (t.lower === 'half') {
    if (lower(i + 1) === 'a' && lower(i + 2) === 'dozen') return makeMatch(i + 3, { kind: 'number', value: 6 });
    const before = lower(i - 1);
    if (NOT_FRACTION_BEFORE_HALF.has(before)) return null;
    const after = lower(i + 1);
    const quantifies = QUANTIFIED_AFTER_HALF.has(after);
    const qualified = QUALIFYING_BEFORE_HALF.has(before);
    // "half were killed": half as the subject of a verb.
    const subject = !quantifies && !qualified && ['AUX', 'VERB'].includes(tagsFrom(scan, t.end)[0]?.pos ?? '');
    return quantifies || qualified || subject ? fraction(i + 1, 1, 2) : null;
  }
  const n = t.lower === 'a' || t.lower === 'an' ? 1 : ONES[t.lower] ?? TEENS[t.lower];
  const bottom = lower(i + 1);
  const d = DENOMINATORS[bottom];
  // "a half" belongs to "and a half"; only "one half of" is a fraction on its own.
  if (n === undefined || n === 0 || d === undefined || bottom === 'halves' || (bottom === 'half' && t.lower !== 'one')) return null;
  const plural = bottom.endsWith('s');
  if (plural !== n > 1) return null;
  // "a third round" is an ordinal; a singular fraction must be "of" something.
  if (!plural && lower(i + 2) !== 'of') return null;
  if (isCapitalized(t) && !opensSentence(tokens, i)) return null;
  return fraction(i + 2, n, d);
}

/** Vague magnitudes: "tens of thousands", "hundreds", "several thousand", "dozens". */
export function matchVague(scan: Scan, i: number): Match | null {
  const { tokens } = scan;
  const lower = (k: number) => tokens[k]?.lower ?? '';
  const vague = (end: number, magnitude: number) => makeMatch(end, { kind: 'number', range: { min: 2 * magnitude, max: 10 * magnitude } });
  if ((lower(i) === 'tens' || lower(i) === 'hundreds') && lower(i + 1) === 'of' && lower(i + 2) in PLURAL_MAGNITUDES && lower(i + 2) !== 'dozens' && lower(i + 2) !== 'hundreds') {
    return vague(i + 3, PLURAL_MAGNITUDES[lower(i + 2)]! * (lower(i) === 'tens' ? 10 : 100));
  }
  if (lower(i) in PLURAL_MAGNITUDES) return vague(i + 1, PLURAL_MAGNITUDES[lower(i)]!);
  let j = i;
  if (lower(j) === 'a' && lower(j + 1) === 'few') j += 2;
  else if (lower(j) === 'several' || lower(j) === 'few') j += 1;
  else return null;
  const scale = lower(j) === 'hundred' ? 100 : SCALES[lower(j)];
  return scale === undefined ? null : vague(j + 1, scale);
}

/** Money with a symbol: "$5 million", "£3bn". */
export function matchCurrency(scan: Scan, i: number): Match | null {
  const { tokens } = scan;
  const symbol = tokens[i]!.text;
  if (!CURRENCIES.has(symbol) || !touches(tokens[i], tokens[i + 1])) return null;
  const suffixed = /^(\d+(?:\.\d+)?)(k|m|mn|bn|b|tn)$/.exec(tokens[i + 1]!.lower);
  if (suffixed) return makeMatch(i + 2, { kind: 'number', value: Number(suffixed[1]) * CURRENCY_SUFFIXES[suffixed[2]!]!, unit: symbol });
  const cardinal = readCardinal(tokens, i + 1);
  return cardinal ? makeMatch(cardinal.end, { kind: 'number', value: cardinal.value, unit: symbol }) : null;
}

/** Counts and percentages: "100", "1,200", "2.5 million", "twenty-five", "a dozen", "12%". */
export function matchNumber(scan: Scan, i: number): Match | null {
  const { tokens } = scan;
  const t = tokens[i]!;
  const lower = (k: number) => tokens[k]?.lower ?? '';
  if (t.type === 'num') {
    // Tokens that are digits but not a figure: "31st", "F-16"-like compounds, "2023-24", "5G".
    if (parseDigits(t.text) === null) return skipTo(i + 1);
    // "9/11", "24/7", "1.2.3": digits glued to slashes or further dotted digits.
    const before = tokens[i - 1];
    const after = tokens[i + 1];
    if ((before && touches(before, t) && /^[/#.]$/.test(before.text)) || (after && touches(t, after) && after.text === '/')) {
      return skipTo(i + 1);
    }
    if (followsName(scan, i) || (lower(i - 1) === '.' && lower(i - 2) === 'no')) return skipTo(i + 1);
  }
  const cardinal = readCardinal(tokens, i);
  if (!cardinal) return null;
  const end = cardinal.end;
  if (!cardinal.digits) {
    // "Air Force One", "the Big Three": a capitalised number word inside the sentence is a name.
    if (isCapitalized(t) && !opensSentence(tokens, i)) return skipTo(end);
    if (end === i + 1 && t.lower === 'one') {
      const next = tagsFrom(scan, t.end)[0];
      const pronoun = PRONOUN_BEFORE_ONE.has(lower(i - 1)) || lower(i + 1) === 'of';
      if (pronoun || !next || !['NOUN', 'ADJ', 'PROPN'].includes(next.pos) || tokens[i + 1]?.type !== 'word') return skipTo(end);
    }
  }
  if (tokens[end]?.text === '%' && touches(tokens[end - 1], tokens[end])) return makeMatch(end + 1, { kind: 'number', value: cardinal.value, unit: 'percent' });
  if (lower(end) === 'percent') return makeMatch(end + 1, { kind: 'number', value: cardinal.value, unit: 'percent' });
  if (lower(end) === 'per' && lower(end + 1) === 'cent') return makeMatch(end + 2, { kind: 'number', value: cardinal.value, unit: 'percent' });
  if (lower(end) === 'percentage' && (lower(end + 1) === 'point' || lower(end + 1) === 'points')) {
    return makeMatch(end + 2, { kind: 'number', value: cardinal.value, unit: 'percentage point' });
  }
  return makeMatch(end, { kind: 'number', value: cardinal.value });
}
