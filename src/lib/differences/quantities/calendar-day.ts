/** Dates that name one day ("Thursday", "Oct. 31", "yesterday"), read as calendar days against the day an article was published. */
import * as chrono from 'chrono-node';
import { pad2, readRelativeKey } from './date.ts';
import type { Found } from './types.ts';

/** Whether a date names a single day: a weekday, a month and day, or "yesterday", "today", "last night". */
function namesOneDay(q: Found): boolean {
  if (q.unit === 'weekday' || q.unit === 'month-day') return true;
  if (q.unit !== 'relative') return false;
  const { scope, offset } = readRelativeKey(q.key ?? '');
  return scope === 'day' && offset !== null;
}

/**
 * The calendar day (YYYY-MM-DD) a date names in an article published on
 * `published`, or null when it names no single day. A bare weekday is the
 * nearest one to that day ("Thursday" in an article of Thursday 31 October
 * 2024 is that day; "Tuesday" is 29 October), as chrono-node reads it; a
 * month and day without a year is in the year that puts it nearest.
 */
export function calendarDay(q: Found, published: string): string | null {
  if (q.kind !== 'date' || !namesOneDay(q)) return null;
  // Noon UTC: the nearest weekday never depends on the machine's time zone.
  const [read] = chrono.en.casual.parse(q.text, { instant: new Date(`${published}T12:00:00Z`), timezone: 0 });
  if (!read || !(read.start.isCertain('weekday') || read.start.isCertain('day'))) return null;
  const { start } = read;
  return `${start.get('year')}-${pad2(start.get('month')!)}-${pad2(start.get('day')!)}`;
}

/** A calendar day for a note, as the site writes dates: "October 31, 2024". */
export function formatDay(iso: string): string {
  return new Date(`${iso}T00:00:00Z`).toLocaleDateString('en-US', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
}

/** A date as published, with the calendar day it names unless it gives its year: "Thursday (October 31, 2024)". */
export function withDay(text: string, iso: string): string {
  return /\b\d{4}\b/.test(text) ? text : `${text} (${formatDay(iso)})`;
}
