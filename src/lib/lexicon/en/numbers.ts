// Numbers in words, fractions, units of time and the qualifiers of a figure.
// General English and newsroom vocabulary, never article content; each list is defined here once.
import { table } from '../lists.ts';

/** Number words for zero to nine. */
export const ONES: Record<string, number> = table({
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9,
});
/** Number words for ten to nineteen. */
export const TEENS: Record<string, number> = table({
  ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
});
/** Number words for the tens, twenty to ninety. */
export const TENS: Record<string, number> = table({
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
});
/** Scale words to their multiplier ("hundred" and "dozen" are read apart). */
export const SCALES: Record<string, number> = table({ thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 });
/** Plural magnitudes to their base: "dozens", "hundreds", "thousands". */
export const PLURAL_MAGNITUDES: Record<string, number> = table({
  dozens: 12, hundreds: 100, thousands: 1e3, millions: 1e6, billions: 1e9, trillions: 1e12,
});
/** Fraction words, singular and plural, to their denominator. */
export const DENOMINATORS: Record<string, number> = table({
  half: 2, halves: 2, third: 3, thirds: 3, quarter: 4, quarters: 4, fourth: 4, fourths: 4, fifth: 5, fifths: 5,
  sixth: 6, sixths: 6, seventh: 7, sevenths: 7, eighth: 8, eighths: 8, ninth: 9, ninths: 9, tenth: 10, tenths: 10,
});
/** Time units, singular and plural, to their singular form. */
export const UNITS: Record<string, string> = table({
  second: 'second', seconds: 'second', minute: 'minute', minutes: 'minute', hour: 'hour', hours: 'hour',
  day: 'day', days: 'day', week: 'week', weeks: 'week', fortnight: 'fortnight', fortnights: 'fortnight',
  month: 'month', months: 'month', year: 'year', years: 'year', decade: 'decade', decades: 'decade',
  century: 'century', centuries: 'century',
});
/** Time units in the singular. */
export const SINGULAR_UNITS = new Set(['second', 'minute', 'hour', 'day', 'week', 'fortnight', 'month', 'year', 'decade', 'century']);
/** One-word "-long" adjectives: "weeklong" is one week. */
export const LONG_WORDS: Record<string, string> = table({
  hourlong: 'hour', daylong: 'day', weeklong: 'week', monthlong: 'month', yearlong: 'year', decadelong: 'decade',
});
/** Words allowed between a number and its unit: "three more days", "48 straight hours". */
export const UNIT_FILLERS = new Set(['long', 'more', 'full', 'straight', 'consecutive', 'additional', 'further', 'extra', 'whole', 'short', 'solid', 'other']);
/** Counts too vague for a figure: "several days", "a few hours". */
export const VAGUE_COUNTS = new Set(['several', 'few', 'many', 'some', 'numerous', 'countless']);
/** Days in one of each unit that converts to days exactly (seconds to weeks). */
export const DAYS_PER: Record<string, number> = table({
  second: 1 / 86400, minute: 1 / 1440, hour: 1 / 24, day: 1, week: 7,
});
/** Months in one of each unit that converts to months exactly (months to centuries). */
export const MONTHS_PER: Record<string, number> = table({ month: 1, year: 12, decade: 120, century: 1200 });

/** Qualifier phrases, longest first; `the` marks comparatives that may take "the" ("less than the six weeks"). */
export const QUALIFIERS: { words: string[]; qualifier: string; the: boolean }[] = ([
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
/** Qualifiers that bound a figure from below. */
export const LOWER_BOUNDS = new Set(['more than', 'at least']);
/** Qualifiers that bound a figure from above. */
export const UPPER_BOUNDS = new Set(['less than', 'at most', 'up to', 'nearly']);
/** Currency symbols read before a figure. */
export const CURRENCIES = new Set(['$', '£', '€']);
/** Magnitude suffixes on money ("£3bn", "$5m"), to their multiplier. */
export const CURRENCY_SUFFIXES: Record<string, number> = table({ k: 1e3, m: 1e6, mn: 1e6, bn: 1e9, b: 1e9, tn: 1e12 });
/** Words allowed between a number and the noun it counts: "three more hostages", "four of the hostages". */
export const NOUN_BRIDGES = new Set(['more', 'other', 'additional', 'further', 'extra', 'of']);
/** Every word that may be part of a cardinal in words: "three hundred and fifty", "a dozen". */
export const NUMBER_WORDS = new Set([...Object.keys(ONES), ...Object.keys(TEENS), ...Object.keys(TENS), ...Object.keys(SCALES), 'hundred', 'dozen', 'and', 'a', 'an']);
/** Nouns whose lemma is themselves yet which count many: "2000 people". */
export const PLURAL_NOUNS = new Set(['people', 'men', 'women', 'children', 'police', 'troops', 'personnel', 'staff', 'cattle']);
/** Time units whose plural is not the singular plus "s". */
export const PLURAL_UNITS: Record<string, string> = table({ century: 'centuries' });
/** Cardinal words that lead a hyphenated compound ("six-week", "half-hour"): the number and its unit are read apart. */
export const CARDINAL_WORDS = new Set([...Object.keys(ONES), ...Object.keys(TEENS), ...Object.keys(TENS), ...Object.keys(SCALES), 'hundred', 'half', 'dozen']);
/** Counts after "a" that are vague, not one: "a few days", "a couple of weeks", "a number of years". */
export const VAGUE_AFTER_A = new Set(['few', 'couple', 'number']);
/** Words before "a" + unit that make a rate, not a duration: "twice a day", "24 hours a day". */
export const RATE_WORDS = new Set(['once', 'twice', 'thrice', 'times', 'per', 'every', 'each']);
/** Words before "half" that make it a noun, not a fraction: "the second half", "back in half". */
export const NOT_FRACTION_BEFORE_HALF = new Set(['the', 'a', 'first', 'second', 'other', 'latter', 'former', 'back', 'in', 'and']);
/** Words after "half" that make it quantify something: "half of", "half the", "half their". */
export const QUANTIFIED_AFTER_HALF = new Set(['of', 'the', 'a', 'an', 'its', 'their', 'his', 'her', 'our', 'all', 'them', 'those', 'these', 'that', 'this', 'my', 'your']);
/** Words before "half" that qualify it as a figure: "more than half", "nearly half". */
export const QUALIFYING_BEFORE_HALF = new Set(['than', 'nearly', 'almost', 'about', 'roughly', 'over', 'under', 'least', 'around', 'some']);
/** Words before "one" that make it a pronoun, not a count: "no one", "the one", "which one". */
export const PRONOUN_BEFORE_ONE = new Set(['no', 'the', 'this', 'that', 'every', 'any', 'each', 'which', 'another']);
