/** Durations and ages: "six weeks", "a 48-hour cease-fire", "month-long", "two and a half years", "five-year-old". */
import { parseCompoundNumber, readCardinal } from './cardinal.ts';
import { makeMatch } from './match.ts';
import type { Match, Scan, Token } from './types.ts';
import { LONG_WORDS, PLURAL_MAGNITUDES, SINGULAR_UNITS, UNITS, UNIT_FILLERS, VAGUE_COUNTS } from '../../lexicon/en/numbers.ts';
import { RATE_WORDS, VAGUE_AFTER_A } from '../../lexicon/en/numbers.ts';

/** A duration or age in one hyphenated token: "six-week", "48-hour", "month-long", "five-year-old". */
function matchCompound(t: Token, i: number): Match | null {
  if (t.lower in LONG_WORDS) return makeMatch(i + 1, { kind: 'duration', value: 1, unit: LONG_WORDS[t.lower]! });
  const parts = t.lower.split('-');
  if (parts.length < 2) return null;
  const last = parts.at(-1)!;
  if (last === 'long' || last === 'old') {
    const unitWord = parts.at(-2)!;
    const unit = UNITS[unitWord];
    if (!unit) return null;
    const numberParts = parts.slice(0, -2);
    if (numberParts.length === 0) {
      if (last === 'old') return null;
      // "month-long" is one month; "months-long" says only that it was long.
      const one = fortnight(1, unit);
      return makeMatch(i + 1, { kind: 'duration', unit: one.unit, value: SINGULAR_UNITS.has(unitWord) ? one.value : null });
    }
    const value = parseCompoundNumber(numberParts);
    if (value === null) return null;
    if (last === 'old') return makeMatch(i + 1, { kind: 'number', value, unit: `${unit}-old` });
    return makeMatch(i + 1, { kind: 'duration', ...fortnight(value, unit) });
  }
  if (!SINGULAR_UNITS.has(last)) return null;
  const value = parseCompoundNumber(parts.slice(0, -1));
  if (value === null) return null;
  return makeMatch(i + 1, { kind: 'duration', ...fortnight(value, UNITS[last]!) });
}

/** A fortnight is reported as two weeks, so it compares with weeks exactly. */
function fortnight(value: number, unit: string): { value: number; unit: string } {
  return unit === 'fortnight' ? { value: value * 2, unit: 'week' } : { value, unit };
}

/** Durations: "six weeks", "a month", "three more days", "two and a half years", "half an hour", "several days", "months". */
export function matchDuration(scan: Scan, i: number): Match | null {
  const { tokens } = scan;
  const t = tokens[i]!;
  const lower = (k: number) => tokens[k]?.lower ?? '';
  if (t.type === 'num' || t.type === 'word') {
    if (t.lower.includes('-') || t.lower in LONG_WORDS) {
      const compound = matchCompound(t, i);
      if (compound) return compound;
    }
  }
  let value: number | null = null;
  let j = i;
  let digits = false;
  const vagueArticle = VAGUE_AFTER_A.has(lower(i + 1));
  if (lower(i) === 'half' && (lower(i + 1) === 'a' || lower(i + 1) === 'an')) {
    value = 0.5;
    j = i + 2;
  } else if ((lower(i) === 'a' || lower(i) === 'an') && !vagueArticle) {
    // "twice a day", "24 hours a day" are rates, not durations.
    const before = lower(i - 1);
    if (RATE_WORDS.has(before) || (before in UNITS && !SINGULAR_UNITS.has(before))) return null;
    value = 1;
    j = i + 1;
  } else {
    const cardinal = readCardinal(tokens, i);
    if (cardinal) {
      value = cardinal.value;
      j = cardinal.end;
      digits = cardinal.digits;
    }
  }
  let vague = false;
  if (value === null) {
    if (lower(i) === 'a' && lower(i + 1) === 'few') j = i + 2;
    else if (lower(i) === 'a' && lower(i + 1) === 'couple' && lower(i + 2) === 'of') j = i + 3;
    else if (lower(i) === 'a' && lower(i + 1) === 'number' && lower(i + 2) === 'of') j = i + 3;
    else if (lower(i) === 'couple' && lower(i + 1) === 'of') j = i + 2;
    else if (VAGUE_COUNTS.has(lower(i))) j = i + 1;
    else if (lower(i) in PLURAL_MAGNITUDES && lower(i + 1) === 'of') j = i + 2;
    else {
      // A bare plural unit: "after months of talks".
      const unit = UNITS[lower(i)];
      if (unit && !SINGULAR_UNITS.has(lower(i)) && t.text === t.lower) return makeMatch(i + 1, { kind: 'duration', unit: fortnight(1, unit).unit });
      return null;
    }
    vague = true;
  }
  if (UNIT_FILLERS.has(lower(j)) && lower(j + 1) in UNITS) j++;
  const unitWord = lower(j);
  const unit = UNITS[unitWord];
  if (!unit || tokens[j]!.type !== 'word') return null;
  if (vague) return SINGULAR_UNITS.has(unitWord) ? null : makeMatch(j + 1, { kind: 'duration', unit: fortnight(1, unit).unit });
  // "a second round" is an ordinal; only digits or a plural make "second" a unit.
  if (unitWord === 'second' && !digits) return null;
  let amount = value!;
  let end = j + 1;
  if (lower(end) === 'and' && lower(end + 1) === 'a' && lower(end + 2) === 'half' && Number.isInteger(amount)) {
    amount += 0.5;
    end += 3;
  } else if (lower(end) === 'old' && unitWord !== 'old') {
    return makeMatch(end + 1, { kind: 'number', value: amount, unit: `${unit}-old` });
  }
  return makeMatch(end, { kind: 'duration', ...fortnight(amount, unit) });
}

/** "two and a half" before a unit is read as one amount. */
export function matchAndAHalf(scan: Scan, i: number): Match | null {
  const { tokens } = scan;
  const cardinal = readCardinal(tokens, i);
  if (!cardinal) return null;
  const lower = (k: number) => tokens[k]?.lower ?? '';
  const j = cardinal.end;
  if (lower(j) !== 'and' || lower(j + 1) !== 'a' || lower(j + 2) !== 'half') return null;
  const unitWord = lower(j + 3);
  const unit = UNITS[unitWord];
  if (!unit) return null;
  return makeMatch(j + 4, { kind: 'duration', ...fortnight(cardinal.value + 0.5, unit) });
}
