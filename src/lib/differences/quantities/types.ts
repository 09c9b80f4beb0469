/** The quantity scanner's result types, and the working types its matchers share. */
import type { Analysis } from '../../analysis/context.ts';
import type { ScanToken } from '../../analysis/segments.ts';

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
   * dates: 'weekday' | 'month-day' | 'month' | 'year' | 'decade' | 'relative' | 'time', or 'day' for
   * one of the first three read as a calendar day against the publication date (compareQuantities).
   */
  unit: string | null;
  /**
   * numbers and durations: the normalised qualifier ('about', 'nearly', 'more than', 'less than',
   * 'at least', 'at most', 'up to'); dates: the modifiers, space-separated ('last', 'evening', 'earlier').
   */
  qualifier: string | null;
  /**
   * dates only: weekday 'thursday'; month-day '10-31' or '2024-10-31'; month '10' or '2023-10';
   * year '2024'; decade '1990s'; time '15:00'; day '2024-10-31'; relative '<scope>:<offset>' with scope day, week,
   * weekend, month or year and offset -1, 0 or 1 ('week:-1' last week), or the bare scope when
   * the offset is unknown ('weekend' for "the weekend", 'week' for "the past week").
   */
  key: string | null;
  /** numbers only: the lemma of the noun counted ("four injured firefighters" → 'firefighter'), when one follows. */
  noun: string | null;
  /** vague magnitudes only ("tens of thousands"); see {@link QuantityRange}. */
  range: QuantityRange | null;
};

/**
 * Two quantities, one from each sentence, that disagree; `left`/`right` are exact substrings.
 * `days`: for dates read against the publication days, the calendar day each names (null: none).
 */
export type QuantityDifference = { kind: 'number' | 'date'; left: string; right: string; note: string; days?: { left: string | null; right: string | null } };

/** One token of a sentence: its text, a lowercase form with hyphens and apostrophes folded, offsets and type. */
export type Token = ScanToken;

/** A word as wink-nlp tags it, located in the sentence. */
export type Tagged = { start: number; lower: string; pos: string; lemma: string };

/** A sentence being scanned: its text, its tokens, and its parts of speech once asked for. */
export type Scan = { text: string; tokens: Token[]; tagged: Tagged[] | undefined; analysis: Analysis };

/** A match over tokens [start, end); `skip` consumes tokens that must not be read as anything. */
export type Match = {
  end: number;
  skip?: true;
  kind: QuantityKind;
  value: number | null;
  unit: string | null;
  qualifier: string | null;
  key: string | null;
  range: QuantityRange | null;
};

/** A quantity as scanned, with its core (unqualified) text for notes. */
export type Found = Quantity & { core: string };
