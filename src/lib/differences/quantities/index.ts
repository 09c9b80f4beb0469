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

export { withDay } from './calendar-day.ts';
export { isFigureWord } from './cardinal.ts';
export { compareQuantities, type PublicationDays } from './compare.ts';
export { durationInDays, findQuantities } from './scan.ts';
export type { Quantity, QuantityDifference, QuantityKind, QuantityRange } from './types.ts';
