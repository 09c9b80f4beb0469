// Days, months and the words around them.
// General English and newsroom vocabulary, never article content; each list is defined here once.
import { table } from '../lists.ts';

/** Weekday names. */
export const WEEKDAYS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);
/** Month names and abbreviations to the month's number. */
export const MONTHS: Record<string, number> = table({
  january: 1, february: 2, march: 3, april: 4, may: 5, june: 6, july: 7, august: 8, september: 9, october: 10, november: 11, december: 12,
  jan: 1, feb: 2, mar: 3, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
});
/** Month names in full. */
export const FULL_MONTHS = new Set(['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december']);
/** Month names that are also common words or first names; alone they need a cue ("in May"). */
export const AMBIGUOUS_MONTHS = new Set(['may', 'march', 'april', 'june', 'august']);
/** Words before an ambiguous month name that make it a month: "in May", "last March". */
export const MONTH_CUES = new Set(['in', 'since', 'until', 'till', 'by', 'of', 'during', 'before', 'after', 'from', 'through', 'last', 'next', 'this', 'early', 'late', 'mid', 'between', 'and']);
/** Parts of the day that may follow a day: "Wednesday evening". */
export const DAY_PARTS = new Set(['morning', 'afternoon', 'evening', 'night']);
/** Periods a relative date names: "this week", "last year". */
export const RELATIVE_SCOPES = new Set(['week', 'weekend', 'month', 'year']);
/** Relative-date words to their offset (last -1, this 0, next 1); null when unknown ("the past week"). */
export const RELATIVE_OFFSETS: Record<string, number | null> = table({ this: 0, last: -1, past: null, next: 1, coming: 1 });
/** Words for a day near today, to their offset in days. */
export const DAY_WORDS: Record<string, number> = table({ today: 0, tonight: 0, yesterday: -1, tomorrow: 1 });
/** Calendar words capitalised like names but naming no entity: a different day is never a misspelt one (Tuesday/Thursday). */
export const CALENDAR_NAMES = new Set([...WEEKDAYS, ...Object.keys(MONTHS)]);
/** Days, days near today and months in full: never part of a person's name, and skipped between a subject and its verb. */
export const CALENDAR_WORDS = new Set([...WEEKDAYS, ...Object.keys(DAY_WORDS), ...FULL_MONTHS]);
/** Words before a month that modify it: "last March", "early June", "mid-July". */
export const MONTH_MODIFIERS = new Set(['last', 'next', 'this', 'early', 'late', 'mid']);
/** Words before a weekday that modify it: "last Tuesday", "early Friday". */
export const WEEKDAY_MODIFIERS = new Set(['last', 'next', 'this', 'early', 'late']);
/** Words before a relative date that place it within its period: "earlier this week", "late last year". */
export const RELATIVE_MODIFIERS = new Set(['earlier', 'later', 'early', 'late']);
