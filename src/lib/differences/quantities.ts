/**
 * Numbers, durations and dates in one English sentence, and where two sentences
 * that report the same claim disagree about them.
 *
 * Extraction is a small deterministic scanner over word tokens (regexes and
 * word lists); wink-nlp is asked only for parts of speech after a number, to
 * find the noun it counts ("four injured firefighters" → "firefighter") and to tell a
 * year ("the 2024 election") from a count ("2000 troops").
 *
 * Decisions:
 * - `text` is always `sentence.slice(start, end)`. It includes a qualifier
 *   ("About 100", "less than the six weeks") and date modifiers ("last October",
 *   "Wednesday evening"); it never includes a preposition ("on", "in", "over") or
 *   the article of the noun a compound describes ("a" in "a 48-hour cease-fire").
 * - Qualifiers are normalised: about (around, roughly, approximately, some, an
 *   estimated), nearly (almost, close to), more than (over, above, longer than,
 *   upwards of, in excess of), less than (under, below, fewer than, shorter than),
 *   at least (no fewer than), at most (no more than), up to (as many as).
 * - Vague magnitudes ("tens of thousands", "hundreds", "several thousand",
 *   "dozens") have `value` null and `range` [2 × base, 10 × base): plural means at
 *   least two of the base, and the next order of magnitude would be named instead.
 * - Vague durations ("several days", "a few hours", bare "months") have `value` null.
 * - Dates have `value` null, a `unit` (weekday, month-day, month, year, decade,
 *   relative, time) and a normalised `key` (see {@link Quantity.key}).
 * - Not reported: ordinals ("first phase", "31st" outside a date); numbers in
 *   names (a number after a capitalised word inside the sentence, or after a
 *   proper noun opening it: "Channel 12", "Resolution 1701"; a capitalised number
 *   word inside the sentence, "Air Force One"; letters and digits in one word,
 *   "F-16", "G7"); "one" used as a pronoun
 *   ("one of the sources", "to secure one"); digit pairs joined by a hyphen or
 *   slash (scores, seasons, "9/11"); hyphenated compounds whose second part is not
 *   a time unit ("two-state").
 * - compareQuantities reports differing figures, not differing precision: "about
 *   100" vs "100" is the same claim; "more than 100" vs "120" states different
 *   figures and is reported; a same figure with opposite bounds ("more than 100"
 *   vs "fewer than 100") is reported. A vague magnitude agrees with any figure
 *   inside its range.
 */
import type { ItsFunction } from 'wink-nlp';
import { getNlp } from '../ingest/sentences.ts';

/** What a quantity measures. */
export type QuantityKind = 'number' | 'duration' | 'date';

/** A vague magnitude as a half-open interval, min ≤ x < max. */
export type QuantityRange = { min: number; max: number };

/** One number, duration or date in a sentence; `text === sentence.slice(start, end)`. */
export type Quantity = {
  kind: QuantityKind;
  /** The exact published substring, qualifier included. */
  text: string;
  start: number;
  end: number;
  /** numbers: the figure (fractions rounded to 4 places); durations: amount of `unit`; null when vague and for dates. */
  value: number | null;
  /**
   * numbers: null for a plain count, else 'percent', 'percentage point', 'fraction', a currency
   * symbol ('$', '£', '€') or an age ('year-old', 'month-old', 'week-old', 'day-old');
   * durations: 'second' | 'minute' | 'hour' | 'day' | 'week' | 'month' | 'year' | 'decade' | 'century';
   * dates: 'weekday' | 'month-day' | 'month' | 'year' | 'decade' | 'relative' | 'time'.
   */
  unit: string | null;
  /**
   * numbers and durations: the normalised qualifier ('about', 'nearly', 'more than', 'less than',
   * 'at least', 'at most', 'up to'); dates: the modifiers, space-separated ('last', 'evening', 'earlier').
   */
  qualifier: string | null;
  /**
   * dates only: weekday 'thursday'; month-day '10-31' or '2024-10-31'; month '10' or '2023-10';
   * year '2024'; decade '1990s'; time '15:00'; relative '<scope>:<offset>' with scope day, week,
   * weekend, month or year and offset -1, 0 or 1 ('week:-1' last week), or the bare scope when
   * the offset is unknown ('weekend' for "the weekend", 'week' for "the past week").
   */
  key: string | null;
  /** numbers only: the lemma of the noun counted ("four injured firefighters" → 'firefighter'), when one follows. */
  noun: string | null;
  /** vague magnitudes only ("tens of thousands"); see {@link QuantityRange}. */
  range: QuantityRange | null;
};

/** Two quantities, one from each sentence, that disagree; `left`/`right` are exact substrings. */
export type QuantityDifference = { kind: 'number' | 'date'; left: string; right: string; note: string };

// ---------------------------------------------------------------------------
// Word lists

/** A lookup table without a prototype, so words such as "constructor" find nothing. */
function table<T>(entries: Record<string, T>): Record<string, T> {
  return Object.assign(Object.create(null) as Record<string, T>, entries);
}

const ONES: Record<string, number> = table({
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9,
});
const TEENS: Record<string, number> = table({
  ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
});
const TENS: Record<string, number> = table({
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
});
const SCALES: Record<string, number> = table({ thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 });
const PLURAL_MAGNITUDES: Record<string, number> = table({
  dozens: 12, hundreds: 100, thousands: 1e3, millions: 1e6, billions: 1e9, trillions: 1e12,
});
const DENOMINATORS: Record<string, number> = table({
  half: 2, halves: 2, third: 3, thirds: 3, quarter: 4, quarters: 4, fourth: 4, fourths: 4, fifth: 5, fifths: 5,
  sixth: 6, sixths: 6, seventh: 7, sevenths: 7, eighth: 8, eighths: 8, ninth: 9, ninths: 9, tenth: 10, tenths: 10,
});

/** Time units, singular and plural, to their singular form. */
const UNITS: Record<string, string> = table({
  second: 'second', seconds: 'second', minute: 'minute', minutes: 'minute', hour: 'hour', hours: 'hour',
  day: 'day', days: 'day', week: 'week', weeks: 'week', fortnight: 'fortnight', fortnights: 'fortnight',
  month: 'month', months: 'month', year: 'year', years: 'year', decade: 'decade', decades: 'decade',
  century: 'century', centuries: 'century',
});
const SINGULAR_UNITS = new Set(['second', 'minute', 'hour', 'day', 'week', 'fortnight', 'month', 'year', 'decade', 'century']);
/** One-word "-long" adjectives: "weeklong" is one week. */
const LONG_WORDS: Record<string, string> = table({
  hourlong: 'hour', daylong: 'day', weeklong: 'week', monthlong: 'month', yearlong: 'year', decadelong: 'decade',
});
/** Words allowed between a number and its unit: "three more days", "48 straight hours". */
const UNIT_FILLERS = new Set(['long', 'more', 'full', 'straight', 'consecutive', 'additional', 'further', 'extra', 'whole', 'short', 'solid', 'other']);
/** Counts too vague for a figure: "several days", "a few hours". */
const VAGUE_COUNTS = new Set(['several', 'few', 'many', 'some', 'numerous', 'countless']);

const DAYS_PER: Record<string, number> = table({
  second: 1 / 86400, minute: 1 / 1440, hour: 1 / 24, day: 1, week: 7,
});
const MONTHS_PER: Record<string, number> = table({ month: 1, year: 12, decade: 120, century: 1200 });
/** Mean Gregorian month, used only to compare weeks with months, never reported. */
const DAYS_PER_MONTH = 30.436875;

const WEEKDAYS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);
const MONTHS: Record<string, number> = table({
  january: 1, february: 2, march: 3, april: 4, may: 5, june: 6, july: 7, august: 8, september: 9, october: 10, november: 11, december: 12,
  jan: 1, feb: 2, mar: 3, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
});
const FULL_MONTHS = new Set(['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december']);
/** Month names that are also common words or first names; alone they need a cue ("in May"). */
const AMBIGUOUS_MONTHS = new Set(['may', 'march', 'april', 'june', 'august']);
const MONTH_CUES = new Set(['in', 'since', 'until', 'till', 'by', 'of', 'during', 'before', 'after', 'from', 'through', 'last', 'next', 'this', 'early', 'late', 'mid', 'between', 'and']);
const DAY_PARTS = new Set(['morning', 'afternoon', 'evening', 'night']);
const RELATIVE_SCOPES = new Set(['week', 'weekend', 'month', 'year']);
const RELATIVE_OFFSETS: Record<string, number | null> = table({ this: 0, last: -1, past: null, next: 1, coming: 1 });
const DAY_WORDS: Record<string, string> = table({ today: 'day:0', tonight: 'day:0', yesterday: 'day:-1', tomorrow: 'day:1' });

/** Qualifier phrases, longest first; `the` marks comparatives that may take "the" ("less than the six weeks"). */
const QUALIFIERS: { words: string[]; qualifier: string; the: boolean }[] = ([
  ['in excess of', 'more than'], ['no fewer than', 'at least'], ['no less than', 'at least'], ['a minimum of', 'at least'],
  ['no more than', 'at most'], ['a maximum of', 'at most'], ['as many as', 'up to'], ['as much as', 'up to'],
  ['as long as', 'up to'], ['just shy of', 'nearly'],
  ['more than', 'more than', true], ['greater than', 'more than', true], ['longer than', 'more than', true],
  ['less than', 'less than', true], ['fewer than', 'less than', true], ['shorter than', 'less than', true],
  ['just over', 'more than'], ['just under', 'less than'], ['upwards of', 'more than'], ['upward of', 'more than'],
  ['at least', 'at least'], ['at most', 'at most'], ['up to', 'up to'], ['close to', 'nearly'], ['an estimated', 'about'],
  ['nearly', 'nearly'], ['almost', 'nearly'], ['about', 'about'], ['around', 'about'], ['roughly', 'about'],
  ['approximately', 'about'], ['some', 'about'], ['estimated', 'about'], ['over', 'more than'], ['above', 'more than'],
  ['under', 'less than'], ['below', 'less than'],
] as [string, string, boolean?][])
  .map(([phrase, qualifier, the]) => ({ words: phrase.split(' '), qualifier, the: the ?? false }))
  .sort((a, b) => b.words.length - a.words.length);
const LOWER_BOUNDS = new Set(['more than', 'at least']);
const UPPER_BOUNDS = new Set(['less than', 'at most', 'up to', 'nearly']);

const CURRENCIES = new Set(['$', '£', '€']);
const CURRENCY_SUFFIXES: Record<string, number> = table({ k: 1e3, m: 1e6, mn: 1e6, bn: 1e9, b: 1e9, tn: 1e12 });

// ---------------------------------------------------------------------------
// Tokens

type Token = { text: string; lower: string; start: number; end: number; type: 'num' | 'word' | 'mark' };

/**
 * Digit-led runs ("1,200", "48-hour", "1990s", "31st"), word runs with inner
 * hyphens and apostrophes ("two-thirds", "month-long", "F-16"), or one other character.
 */
const TOKEN = /\d+(?:[.,]\d+)*\p{L}*(?:[-\u2010\u2011][\p{L}\d]+(?:[.,]\d+)*)*|\p{L}[\p{L}\p{M}\d]*(?:[-\u2010\u2011'\u2019][\p{L}\p{M}\d]+)*|\S/gu;

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(TOKEN)) {
    const raw = m[0];
    const type = /^\d/.test(raw) ? 'num' : /^\p{L}/u.test(raw) ? 'word' : 'mark';
    const lower = raw.toLowerCase().replace(/[\u2010\u2011]/g, '-').replace(/\u2019/g, "'");
    tokens.push({ text: raw, lower, start: m.index, end: m.index + raw.length, type });
  }
  return tokens;
}

/** A word as wink-nlp tags it, located in the sentence. */
type Tagged = { start: number; lower: string; pos: string; lemma: string };

type Scan = { text: string; tokens: Token[]; tagged: Tagged[] | undefined };

/** Parts of speech for the whole sentence, computed on first need. */
function tagsOf(scan: Scan): Tagged[] {
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
function tagsFrom(scan: Scan, from: number): Tagged[] {
  const tagged = tagsOf(scan);
  const first = tagged.findIndex((t) => t.start >= from);
  return first === -1 ? [] : tagged.slice(first, first + 6);
}

const NOUN_BRIDGES = new Set(['more', 'other', 'additional', 'further', 'extra', 'of']);

/** The noun a number counts: the first noun after it, past adjectives, names and "of the". */
function findNoun(scan: Scan, from: number): string | null {
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

// ---------------------------------------------------------------------------
// Matching

/** A match over tokens [start, end); `skip` consumes tokens that must not be read as anything. */
type Match = {
  end: number;
  skip?: true;
  kind: QuantityKind;
  value: number | null;
  unit: string | null;
  qualifier: string | null;
  key: string | null;
  range: QuantityRange | null;
};

type Found = Quantity & { core: string };

const isCapitalized = (t: Token | undefined): boolean => t !== undefined && /^\p{Lu}/u.test(t.text);
const OPENERS = new Set(['"', '\u201c', "'", '\u2018', '(', '[', '\u2014', '\u2013']);
const STOPS = new Set(['.', '!', '?', ':', ';']);

/** True when token `i` opens the sentence or a clause after a stop (capitals there prove nothing). */
function opensSentence(tokens: Token[], i: number): boolean {
  let j = i - 1;
  while (j >= 0 && OPENERS.has(tokens[j]!.text)) j--;
  return j < 0 || STOPS.has(tokens[j]!.text);
}

/** Adjacent tokens: no space between. */
const touches = (a: Token | undefined, b: Token | undefined): boolean => a !== undefined && b !== undefined && a.end === b.start;

function parseDigits(s: string): number | null {
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

const NUMBER_WORDS = new Set([...Object.keys(ONES), ...Object.keys(TEENS), ...Object.keys(TENS), ...Object.keys(SCALES), 'hundred', 'dozen', 'and', 'a', 'an']);

/** Whether a lowercase word states a figure: digits, a number word ("fourteen", "thousands") or "percent". */
export function isFigureWord(word: string): boolean {
  return /^\d/.test(word) || (NUMBER_WORDS.has(word) && !/^(?:and|an?)$/.test(word)) || word in PLURAL_MAGNITUDES || word === 'percent';
}

/** The longest cardinal starting at token `i`: [value, end token, words or digits]. */
function readCardinal(tokens: Token[], i: number): { value: number; end: number; digits: boolean } | null {
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
function parseCompoundNumber(parts: string[]): number | null {
  if (parts.length === 1 && parts[0] === 'half') return 0.5;
  const joined = parts.join('-');
  if (parts.length === 2 && parseNumberWord(joined)) return parseNumberWord(joined)!.value;
  return parseCardinal(parts);
}

const round4 = (n: number): number => Math.round(n * 1e4) / 1e4;

function makeMatch(end: number, fields: Partial<Match> & { kind: QuantityKind }): Match {
  return { end, value: null, unit: null, qualifier: null, key: null, range: null, ...fields };
}

/** Consumes tokens up to `end` without reporting them. */
function skipTo(end: number): Match {
  return { ...makeMatch(end, { kind: 'number' }), skip: true };
}

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
function matchDuration(scan: Scan, i: number): Match | null {
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
  const vagueArticle = ['few', 'couple', 'number'].includes(lower(i + 1));
  if (lower(i) === 'half' && (lower(i + 1) === 'a' || lower(i + 1) === 'an')) {
    value = 0.5;
    j = i + 2;
  } else if ((lower(i) === 'a' || lower(i) === 'an') && !vagueArticle) {
    // "twice a day", "24 hours a day" are rates, not durations.
    const before = lower(i - 1);
    if (['once', 'twice', 'thrice', 'times', 'per', 'every', 'each'].includes(before) || (before in UNITS && !SINGULAR_UNITS.has(before))) return null;
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
function matchAndAHalf(scan: Scan, i: number): Match | null {
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

function pad2(n: number): string {
  return String(n).padStart(2, '0');
}

function yearOf(t: Token | undefined): number | null {
  if (!t || t.type !== 'num' || !/^\d{4}$/.test(t.text)) return null;
  const year = Number(t.text);
  return year >= 1800 && year <= 2099 ? year : null;
}

function dayOf(t: Token | undefined): number | null {
  const m = t && t.type === 'num' ? /^(\d{1,2})(?:st|nd|rd|th)?$/.exec(t.lower) : null;
  const day = m ? Number(m[1]) : 0;
  return day >= 1 && day <= 31 ? day : null;
}

/** A month token, capitalised: full name or abbreviation. */
function monthOf(t: Token | undefined): { month: number; abbreviated: boolean } | null {
  if (!t || t.type !== 'word' || !isCapitalized(t)) return null;
  const month = MONTHS[t.lower];
  if (month === undefined) return null;
  return { month, abbreviated: !FULL_MONTHS.has(t.lower) };
}

/** "Oct. 31", "October 31, 2024", "31 October", "October 2023", "last October", "mid-October". */
function matchMonth(scan: Scan, i: number): Match | null {
  const { tokens } = scan;
  const lower = (k: number) => tokens[k]?.lower ?? '';
  let j = i;
  let modifier: string | null = null;
  let month: { month: number; abbreviated: boolean } | null = null;
  const t = tokens[i]!;
  const midMonth = /^(mid|early|late)-(\p{L}+)$/u.exec(t.lower);
  if (midMonth && FULL_MONTHS.has(midMonth[2]!)) {
    modifier = midMonth[1]!;
    month = { month: MONTHS[midMonth[2]!]!, abbreviated: false };
    j = i + 1;
  } else {
    if (['last', 'next', 'this', 'early', 'late', 'mid'].includes(lower(i)) && monthOf(tokens[i + 1])) {
      modifier = lower(i);
      j++;
    }
    month = monthOf(tokens[j]);
    if (!month) return null;
    j++;
  }
  let afterMonth = j;
  if (month.abbreviated && tokens[j]?.text === '.' && touches(tokens[j - 1], tokens[j])) afterMonth = j + 1;
  const day = dayOf(tokens[afterMonth]);
  if (day !== null && !modifier?.startsWith('mid')) {
    let end = afterMonth + 1;
    let key = `${pad2(month.month)}-${pad2(day)}`;
    const comma = tokens[end]?.text === ',' ? 1 : 0;
    const year = yearOf(tokens[end + comma]);
    if (year !== null) {
      key = `${year}-${key}`;
      end += comma + 1;
    }
    return makeMatch(end, { kind: 'date', unit: 'month-day', key, qualifier: modifier });
  }
  const year = yearOf(tokens[j]);
  if (year !== null) return makeMatch(j + 1, { kind: 'date', unit: 'month', key: `${year}-${pad2(month.month)}`, qualifier: modifier });
  if (month.abbreviated) return null;
  const name = (midMonth ? midMonth[2] : tokens[j - 1]?.lower) ?? '';
  if (AMBIGUOUS_MONTHS.has(name) && modifier === null && !MONTH_CUES.has(lower(i - 1))) return null;
  return makeMatch(j, { kind: 'date', unit: 'month', key: pad2(month.month), qualifier: modifier });
}

/** "31 October 2024": a day number before the month. */
function matchDayMonth(scan: Scan, i: number): Match | null {
  const { tokens } = scan;
  const day = dayOf(tokens[i]);
  const month = monthOf(tokens[i + 1]);
  if (day === null || !month) return null;
  let end = i + 2;
  if (month.abbreviated && tokens[end]?.text === '.' && touches(tokens[end - 1], tokens[end])) end++;
  let key = `${pad2(month.month)}-${pad2(day)}`;
  const year = yearOf(tokens[end]);
  if (year !== null) {
    key = `${year}-${key}`;
    end++;
  }
  return makeMatch(end, { kind: 'date', unit: 'month-day', key });
}

/** "Thursday", "last Sunday", "Wednesday evening". */
function matchWeekday(scan: Scan, i: number): Match | null {
  const { tokens } = scan;
  const lower = (k: number) => tokens[k]?.lower ?? '';
  const modifiers: string[] = [];
  let j = i;
  if (['last', 'next', 'this', 'early', 'late'].includes(lower(i)) && WEEKDAYS.has(lower(i + 1).replace(/'s$/, ''))) {
    modifiers.push(lower(i));
    j++;
  }
  // "Thursday's meeting" is still Thursday.
  const key = lower(j).replace(/'s$/, '');
  if (!WEEKDAYS.has(key) || tokens[j]!.type !== 'word') return null;
  j++;
  if (DAY_PARTS.has(lower(j))) modifiers.push(lower(j++));
  return makeMatch(j, { kind: 'date', unit: 'weekday', key, qualifier: modifiers.join(' ') || null });
}

/** "this week", "earlier in the week", "last year", "over the weekend", "yesterday morning", "last night". */
function matchRelative(scan: Scan, i: number): Match | null {
  const { tokens } = scan;
  const lower = (k: number) => tokens[k]?.lower ?? '';
  // The scope word may be possessive: "last year's election".
  const scope = (k: number) => lower(k).replace(/'s$/, '');
  const modifiers: string[] = [];
  let j = i;
  if (['earlier', 'later', 'early', 'late'].includes(lower(j))) modifiers.push(lower(j++));
  const qualifier = () => modifiers.join(' ') || null;
  const relative = (end: number, key: string) => makeMatch(end, { kind: 'date', unit: 'relative', key, qualifier: qualifier() });
  if (modifiers.length > 0 && lower(j) === 'in' && lower(j + 1) === 'the' && (RELATIVE_SCOPES.has(scope(j + 2)) || scope(j + 2) === 'day')) {
    return relative(j + 3, `${scope(j + 2)}:0`);
  }
  if (lower(j) === 'this' && lower(j + 1) === 'past' && RELATIVE_SCOPES.has(scope(j + 2))) return relative(j + 3, `${scope(j + 2)}:-1`);
  if (lower(j) in RELATIVE_OFFSETS && RELATIVE_SCOPES.has(scope(j + 1))) {
    // "the last week" is the seven days just gone, not the calendar week before.
    const offset = modifiers.length === 0 && lower(i - 1) === 'the' ? null : RELATIVE_OFFSETS[lower(j)]!;
    return relative(j + 2, offset === null ? scope(j + 1) : `${scope(j + 1)}:${offset}`);
  }
  if ((lower(j) === 'last' || lower(j) === 'this') && DAY_PARTS.has(lower(j + 1))) {
    modifiers.push(lower(j + 1));
    return relative(j + 2, lower(j) === 'last' ? 'day:-1' : 'day:0');
  }
  if (lower(j) in DAY_WORDS) {
    const key = DAY_WORDS[lower(j)]!;
    if (lower(j) === 'tonight') modifiers.push('night');
    else if (DAY_PARTS.has(lower(j + 1))) modifiers.push(lower(++j));
    return relative(j + 1, key);
  }
  if (modifiers.length === 0 && lower(j) === 'the' && lower(j + 1) === 'weekend') return relative(j + 2, 'weekend');
  return null;
}

/** "3 p.m.", "10:30 a.m.", "3pm", "14:00", "noon", "midnight". */
function matchTime(scan: Scan, i: number): Match | null {
  const { tokens } = scan;
  const t = tokens[i]!;
  if (t.lower === 'noon' || t.lower === 'midnight') return makeMatch(i + 1, { kind: 'date', unit: 'time', key: t.lower === 'noon' ? '12:00' : '00:00' });
  if (t.type !== 'num') return null;
  const glued = /^(\d{1,2})(am|pm)$/.exec(t.lower);
  let hour: number;
  let minute = 0;
  let j = i + 1;
  let colon = false;
  if (glued) {
    hour = Number(glued[1]);
  } else {
    if (!/^\d{1,2}$/.test(t.text)) return null;
    hour = Number(t.text);
    if (tokens[j]?.text === ':' && touches(t, tokens[j]) && /^\d{2}$/.test(tokens[j + 1]?.text ?? '') && touches(tokens[j], tokens[j + 1])) {
      minute = Number(tokens[j + 1]!.text);
      j += 2;
      colon = true;
    }
  }
  let meridiem = glued?.[2] ?? null;
  if (!meridiem) {
    const w = tokens[j]?.lower;
    if (w === 'am' || w === 'pm') {
      meridiem = w;
      j++;
    } else if ((w === 'a' || w === 'p') && tokens[j + 1]?.text === '.' && tokens[j + 2]?.lower === 'm') {
      meridiem = `${w}m`;
      j += 3;
      if (tokens[j]?.text === '.' && touches(tokens[j - 1], tokens[j])) j++;
    }
  }
  if (minute > 59) return null;
  if (meridiem) {
    if (hour < 1 || hour > 12) return null;
    hour = (hour % 12) + (meridiem === 'pm' ? 12 : 0);
  } else if (!colon || hour > 23) {
    return null;
  }
  return makeMatch(j, { kind: 'date', unit: 'time', key: `${pad2(hour)}:${pad2(minute)}` });
}

/** Words after which a number is a name only if it is capitalised mid-sentence. */
const NOT_NAMES = new Set([...WEEKDAYS, ...Object.keys(MONTHS)]);

/**
 * A number right after a capitalised word names something: "Channel 12". Inside
 * the sentence the capital is enough; at its start ("In 2023", "Channel 12") the
 * word must be tagged a proper noun.
 */
function followsName(scan: Scan, i: number): boolean {
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

/** Nouns whose lemma is themselves yet which count many: "2000 people". */
const PLURAL_NOUNS = new Set(['people', 'men', 'women', 'children', 'police', 'troops', 'personnel', 'staff', 'cattle']);

/** Years and decades: "2024", "the 1990s", "early 2025", "mid-2024". */
function matchYear(scan: Scan, i: number): Match | null {
  const { tokens } = scan;
  const t = tokens[i]!;
  const mid = /^(mid|early|late)-(\d{4})$/.exec(t.lower);
  if (mid) {
    const year = Number(mid[2]);
    return year >= 1800 && year <= 2099 ? makeMatch(i + 1, { kind: 'date', unit: 'year', key: mid[2]!, qualifier: mid[1]! }) : null;
  }
  let j = i;
  let qualifier: string | null = null;
  if ((t.lower === 'early' || t.lower === 'late') && (yearOf(tokens[i + 1]) !== null || /^\d{3}0s$/.test(tokens[i + 1]?.lower ?? ''))) {
    qualifier = t.lower;
    j++;
  }
  const y = tokens[j];
  if (y && /^(?:1[89]|20)\d0s$/.test(y.lower) && y.type === 'num') return makeMatch(j + 1, { kind: 'date', unit: 'decade', key: y.lower, qualifier });
  const year = yearOf(y);
  if (year === null) return null;
  if (followsName(scan, j)) return skipTo(j + 1);
  if (qualifier === null && tokens[j - 1] && CURRENCIES.has(tokens[j - 1]!.text)) return null;
  // "2000 troops" counts; "the 2024 election" is a year.
  const next = tagsFrom(scan, y!.end)[0];
  if (qualifier === null && next && next.pos === 'NOUN' && (next.lemma !== next.lower || PLURAL_NOUNS.has(next.lower))) return null;
  return makeMatch(j + 1, { kind: 'date', unit: 'year', key: String(year), qualifier });
}

/** Fractions: "two-thirds", "a third of", "three quarters", "half of", "half a dozen". */
function matchFraction(scan: Scan, i: number): Match | null {
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
    if (['the', 'a', 'first', 'second', 'other', 'latter', 'former', 'back', 'in', 'and'].includes(before)) return null;
    const after = lower(i + 1);
    const quantifies = ['of', 'the', 'a', 'an', 'its', 'their', 'his', 'her', 'our', 'all', 'them', 'those', 'these', 'that', 'this', 'my', 'your'].includes(after);
    const qualified = ['than', 'nearly', 'almost', 'about', 'roughly', 'over', 'under', 'least', 'around', 'some'].includes(before);
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
function matchVague(scan: Scan, i: number): Match | null {
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
function matchCurrency(scan: Scan, i: number): Match | null {
  const { tokens } = scan;
  const symbol = tokens[i]!.text;
  if (!CURRENCIES.has(symbol) || !touches(tokens[i], tokens[i + 1])) return null;
  const suffixed = /^(\d+(?:\.\d+)?)(k|m|mn|bn|b|tn)$/.exec(tokens[i + 1]!.lower);
  if (suffixed) return makeMatch(i + 2, { kind: 'number', value: Number(suffixed[1]) * CURRENCY_SUFFIXES[suffixed[2]!]!, unit: symbol });
  const cardinal = readCardinal(tokens, i + 1);
  return cardinal ? makeMatch(cardinal.end, { kind: 'number', value: cardinal.value, unit: symbol }) : null;
}

/** Counts and percentages: "100", "1,200", "2.5 million", "twenty-five", "a dozen", "12%". */
function matchNumber(scan: Scan, i: number): Match | null {
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
      const pronoun = ['no', 'the', 'this', 'that', 'every', 'any', 'each', 'which', 'another'].includes(lower(i - 1)) || lower(i + 1) === 'of';
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

const MATCHERS = [matchTime, matchMonth, matchDayMonth, matchWeekday, matchRelative, matchYear, matchAndAHalf, matchDuration, matchCurrency, matchFraction, matchVague, matchNumber];

/** The first matcher that reads something at token `i`. */
function matchCore(scan: Scan, i: number): Match | null {
  for (const matcher of MATCHERS) {
    const m = matcher(scan, i);
    if (m) return m;
  }
  return null;
}

/** A qualifier phrase at token `i`, with where its quantity may begin. */
function matchQualifier(tokens: Token[], i: number): { qualifier: string; next: number[] } | null {
  for (const q of QUALIFIERS) {
    if (q.words.every((w, k) => tokens[i + k]?.lower === w)) {
      const after = i + q.words.length;
      return { qualifier: q.qualifier, next: q.the && tokens[after]?.lower === 'the' ? [after, after + 1] : [after] };
    }
  }
  return null;
}

/** Every quantity in `text`, in order, with the core (unqualified) text for notes. */
function scanQuantities(text: string): Found[] {
  const scan: Scan = { text, tokens: tokenize(text), tagged: undefined };
  const { tokens } = scan;
  const found: Found[] = [];
  let i = 0;
  while (i < tokens.length) {
    let start = i;
    let match: Match | null = null;
    let coreStart = i;
    const qualifier = matchQualifier(tokens, i);
    if (qualifier) {
      for (const next of qualifier.next) {
        if (next >= tokens.length) continue;
        const core = matchCore(scan, next);
        if (core && !core.skip && core.kind !== 'date' && (core.value !== null || core.range !== null)) {
          match = { ...core, qualifier: qualifier.qualifier };
          coreStart = next;
          break;
        }
      }
    }
    if (!match) {
      match = matchCore(scan, i);
      start = i;
      coreStart = i;
    }
    if (!match) {
      i++;
      continue;
    }
    if (!match.skip) {
      const first = tokens[start]!;
      const last = tokens[match.end - 1]!;
      const quantity: Found = {
        kind: match.kind,
        text: text.slice(first.start, last.end),
        start: first.start,
        end: last.end,
        value: match.value,
        unit: match.unit,
        qualifier: match.qualifier,
        key: match.key,
        noun: match.kind === 'number' && !match.unit?.endsWith('-old') ? findNoun(scan, last.end) : null,
        range: match.range,
        core: text.slice(tokens[coreStart]!.start, last.end),
      };
      found.push(quantity);
    }
    i = match.end;
  }
  return found;
}

/** Finds the numbers, durations and dates in a sentence, in order, each with its exact substring and offsets. */
export function findQuantities(text: string): Quantity[] {
  return scanQuantities(text).map(({ core: _core, ...quantity }) => quantity);
}

/** A duration in days when the conversion is exact (seconds to weeks); null for months, years and vague amounts. */
export function durationInDays(quantity: Quantity): number | null {
  if (quantity.kind !== 'duration' || quantity.value === null || quantity.unit === null) return null;
  const per = DAYS_PER[quantity.unit];
  return per === undefined ? null : quantity.value * per;
}

// ---------------------------------------------------------------------------
// Comparison

const nearlyEqual = (a: number, b: number): boolean => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));

/** Same length of time: exact within days or within months; weeks against months within 10 %. */
function sameDuration(a: Quantity, b: Quantity): boolean {
  const da = durationInDays(a);
  const db = durationInDays(b);
  if (da !== null && db !== null) return nearlyEqual(da, db);
  const ma = a.unit ? MONTHS_PER[a.unit] : undefined;
  const mb = b.unit ? MONTHS_PER[b.unit] : undefined;
  if (ma !== undefined && mb !== undefined) return nearlyEqual(a.value! * ma, b.value! * mb);
  const x = da ?? a.value! * (ma ?? 0) * DAYS_PER_MONTH;
  const y = db ?? b.value! * (mb ?? 0) * DAYS_PER_MONTH;
  return Math.abs(x - y) <= 0.1 * Math.max(x, y);
}

const opposite = (a: string | null, b: string | null): boolean =>
  (a !== null && b !== null) && ((LOWER_BOUNDS.has(a) && UPPER_BOUNDS.has(b)) || (UPPER_BOUNDS.has(a) && LOWER_BOUNDS.has(b)));

/** Same figure (qualifier hedges aside), or a figure inside the other side's vague range. */
function sameNumber(a: Quantity, b: Quantity): boolean {
  if (a.value !== null && b.value !== null) return nearlyEqual(a.value, b.value) && !opposite(a.qualifier, b.qualifier);
  const inside = (v: number, r: QuantityRange) => v >= r.min && v < r.max;
  if (a.range && b.range) return a.range.min < b.range.max && b.range.min < a.range.max;
  if (a.range && b.value !== null) return inside(b.value, a.range);
  if (b.range && a.value !== null) return inside(a.value, b.range);
  return true;
}

function splitRelative(key: string): [string, number | null] {
  const [scope, offset] = key.split(':');
  return [scope ?? '', offset === undefined ? null : Number(offset)];
}

/** Same day or period: weekdays by name, dates on the fields both give, relative dates by offset when both give one. */
function sameDate(a: Quantity, b: Quantity): boolean {
  const ka = a.key ?? '';
  const kb = b.key ?? '';
  if (a.unit === 'relative') {
    const [, oa] = splitRelative(ka);
    const [, ob] = splitRelative(kb);
    return oa === null || ob === null || oa === ob;
  }
  if (a.unit === 'month-day' || a.unit === 'month') {
    const pa = ka.split('-');
    const pb = kb.split('-');
    const n = Math.min(pa.length, pb.length);
    return pa.slice(-n).join('-') === pb.slice(-n).join('-');
  }
  return ka === kb;
}

/**
 * Pairs quantities that agree first (in order), then the leftovers in order,
 * but only when both sides have as many left: anything else may be an omission.
 */
function pairDisagreements<T>(lefts: T[], rights: T[], same: (a: T, b: T) => boolean): [T, T][] {
  const used = new Set<number>();
  const restLeft: T[] = [];
  for (const a of lefts) {
    const k = rights.findIndex((b, index) => !used.has(index) && same(a, b));
    if (k === -1) restLeft.push(a);
    else used.add(k);
  }
  const restRight = rights.filter((_, index) => !used.has(index));
  if (restLeft.length !== restRight.length) return [];
  return restLeft.map((a, k): [T, T] => [a, restRight[k]!]).filter(([a, b]) => !same(a, b));
}

function groupBy<T>(items: T[], keyOf: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    groups.set(key, [...(groups.get(key) ?? []), item]);
  }
  return groups;
}

function formatFigure(n: number): string {
  const [whole, fraction] = String(round4(n)).split('.');
  const grouped = (whole ?? '').replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return fraction === undefined ? grouped : `${grouped}.${fraction}`;
}

const PLURAL_UNITS: Record<string, string> = table({ century: 'centuries' });

/** A quantity for a note: "6 weeks", "about 100", "12%", "tens of thousands", or a date as published. */
function formatQuantity(q: Found): string {
  const qualifier = q.qualifier && q.kind !== 'date' ? `${q.qualifier} ` : '';
  if (q.kind === 'date') return q.core;
  if (q.kind === 'duration') {
    const unit = q.unit ?? '';
    return `${qualifier}${formatFigure(q.value ?? 0)} ${q.value === 1 ? unit : PLURAL_UNITS[unit] ?? `${unit}s`}`;
  }
  if (q.value === null || q.unit === 'fraction') return `${qualifier}${q.core.toLowerCase()}`;
  const figure = formatFigure(q.value);
  if (q.unit === 'percent') return `${qualifier}${figure}%`;
  if (q.unit === 'percentage point') return `${qualifier}${figure} percentage point${q.value === 1 ? '' : 's'}`;
  if (q.unit !== null && CURRENCIES.has(q.unit)) return `${qualifier}${q.unit}${figure}`;
  if (q.unit?.endsWith('-old')) return `${qualifier}${figure}-${q.unit}`;
  return `${qualifier}${figure}`;
}

/** What a quantity pairs with: durations with durations, dates by unit (and relative scope), numbers by unit and counted noun. */
function pairingGroup(q: Found): string {
  if (q.kind === 'duration') return 'duration';
  if (q.kind === 'date') return q.unit === 'relative' ? `date|relative|${splitRelative(q.key ?? '')[0]}` : `date|${q.unit ?? ''}`;
  return `number|${q.unit ?? ''}|${q.noun ?? ''}`;
}

const SAME: Record<QuantityKind, (a: Quantity, b: Quantity) => boolean> = { number: sameNumber, duration: sameDuration, date: sameDate };

/** Lists where two sentences reporting the same claim disagree on a number, duration (kind 'number') or date. */
export function compareQuantities(left: string, right: string): QuantityDifference[] {
  // A vague duration ("several days") states no figure to disagree with.
  const comparable = (q: Found) => q.kind !== 'duration' || q.value !== null;
  let ls = scanQuantities(left).filter(comparable);
  let rs = scanQuantities(right).filter(comparable);
  // A figure both sides give agrees, whatever noun each side counts with it
  // ("about 3,000 people" / "put the crowd at 3,000"): take those out before
  // pairing the rest by noun, or the leftovers pair across.
  const agreed = new Set<Found>();
  for (const a of ls.filter((q) => q.kind === 'number' && q.value !== null)) {
    const b = rs.find((q) => !agreed.has(q) && q.kind === 'number' && q.unit === a.unit && q.value !== null && sameNumber(a, q));
    if (b) agreed.add(a).add(b);
  }
  ls = ls.filter((q) => !agreed.has(q));
  rs = rs.filter((q) => !agreed.has(q));
  const lefts = groupBy(ls, pairingGroup);
  const rights = groupBy(rs, pairingGroup);
  const pairs: { kind: 'number' | 'date'; pair: [Found, Found] }[] = [];
  for (const [group, items] of lefts) {
    const kind = items[0]!.kind;
    for (const pair of pairDisagreements(items, rights.get(group) ?? [], SAME[kind])) {
      pairs.push({ kind: kind === 'date' ? 'date' : 'number', pair });
    }
  }
  return pairs
    .sort((x, y) => x.pair[0].start - y.pair[0].start || x.pair[1].start - y.pair[1].start)
    .map(({ kind, pair: [l, r] }) => ({ kind, left: l.text, right: r.text, note: `${formatQuantity(l)} vs ${formatQuantity(r)}` }));
}
