/** Where two sentences reporting the same claim disagree on a number, duration or date. */
import { formatQuantity } from './format.ts';
import { Analysis } from '../../analysis/context.ts';
import { calendarDay, withDay } from './calendar-day.ts';
import { readRelativeKey } from './date.ts';
import { durationInDays, scanQuantities } from './scan.ts';
import type { Found, Quantity, QuantityDifference, QuantityKind, QuantityRange } from './types.ts';
import { LOWER_BOUNDS, MONTHS_PER, UPPER_BOUNDS } from '../../lexicon/en/numbers.ts';

/** Mean Gregorian month, used only to compare weeks with months, never reported. */
const DAYS_PER_MONTH = 30.436875;

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

/** Same day or period: weekdays by name, dates on the fields both give, relative dates by offset when both give one. */
function sameDate(a: Quantity, b: Quantity): boolean {
  const ka = a.key ?? '';
  const kb = b.key ?? '';
  if (a.unit === 'relative') {
    const { offset: oa } = readRelativeKey(ka);
    const { offset: ob } = readRelativeKey(kb);
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

/** What a quantity pairs with: durations with durations, dates by unit (and relative scope), numbers by unit and counted noun. */
function pairingGroup(q: Found): string {
  if (q.kind === 'duration') return 'duration';
  if (q.kind === 'date') return q.unit === 'relative' ? `date|relative|${readRelativeKey(q.key ?? '').scope}` : `date|${q.unit ?? ''}`;
  return `number|${q.unit ?? ''}|${q.noun ?? ''}`;
}

const SAME: Record<QuantityKind, (a: Quantity, b: Quantity) => boolean> = { number: sameNumber, duration: sameDuration, date: sameDate };

/** The days two articles were published, when known: what their weekdays and "yesterday"s are read against. */
export interface PublicationDays {
  left: string | null;
  right: string | null;
}

/** A date that names one day, as that calendar day (unit 'day', key YYYY-MM-DD); anything else as it is. */
function onCalendar(q: Found, published: string): Found {
  const day = calendarDay(q, published);
  return day === null ? q : { ...q, unit: 'day', key: day };
}

/** A quantity for a difference note; a calendar day read from a weekday or "yesterday" names the day too. */
function noteOf(q: Found): string {
  return q.unit === 'day' && q.key !== null ? withDay(formatQuantity(q), q.key) : formatQuantity(q);
}

/**
 * Lists where two sentences reporting the same claim disagree on a number,
 * duration (kind 'number') or date. With both articles' publication days,
 * dates that name one day are compared as calendar days: "Thursday" in an
 * article of 31 October 2024 agrees with "Oct. 31", and a difference names
 * both days.
 */
export function compareQuantities(left: string, right: string, analysis: Analysis = new Analysis(), published?: PublicationDays): QuantityDifference[] {
  // A vague duration ("several days") states no figure to disagree with.
  const comparable = (q: Found) => q.kind !== 'duration' || q.value !== null;
  let ls = scanQuantities(left, analysis).filter(comparable);
  let rs = scanQuantities(right, analysis).filter(comparable);
  // Only with both days known: a day read on one side only would compare with nothing.
  if (published?.left && published.right) {
    const [l, r] = [published.left, published.right];
    ls = ls.map((q) => onCalendar(q, l));
    rs = rs.map((q) => onCalendar(q, r));
  }
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
    .map(({ kind, pair: [l, r] }): QuantityDifference => {
      const difference: QuantityDifference = { kind, left: l.text, right: r.text, note: `${noteOf(l)} vs ${noteOf(r)}` };
      const dayOf = (q: Found) => (q.unit === 'day' ? q.key : null);
      return kind === 'date' && (dayOf(l) ?? dayOf(r)) !== null ? { ...difference, days: { left: dayOf(l), right: dayOf(r) } } : difference;
    });
}
