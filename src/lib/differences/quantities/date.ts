/** Dates: months and days ("Oct. 31", "31 October 2024"), weekdays, relative dates ("last week") and years. */
import { makeMatch, skipTo } from './match.ts';
import { followsName, isCapitalized, tagsFrom, touches } from './scan-tokens.ts';
import type { Match, Scan, Token } from './types.ts';
import { AMBIGUOUS_MONTHS, DAY_PARTS, DAY_WORDS, FULL_MONTHS, MONTHS, MONTH_CUES, RELATIVE_OFFSETS, RELATIVE_SCOPES, WEEKDAYS } from '../../lexicon/en/calendar.ts';
import { CURRENCIES, PLURAL_NOUNS } from '../../lexicon/en/numbers.ts';
import { MONTH_MODIFIERS, RELATIVE_MODIFIERS, WEEKDAY_MODIFIERS } from '../../lexicon/en/calendar.ts';


/** A date relative to the day of writing: a period ("week", "day") and how many of them away (null: unsaid, "the past week"). */
export interface RelativeDate {
  scope: string;
  offset: number | null;
}

/** The matching key of a relative date: "week:-1" for last week, "weekend" with no offset. */
export function relativeKey({ scope, offset }: RelativeDate): string {
  return offset === null ? scope : `${scope}:${offset}`;
}

/** The relative date a matching key stands for. */
export function readRelativeKey(key: string): RelativeDate {
  const [scope, offset] = key.split(':');
  return { scope: scope ?? '', offset: offset === undefined ? null : Number(offset) };
}

/** A number as two digits: 9 → "09". */
export function pad2(n: number): string {
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
export function matchMonth(scan: Scan, i: number): Match | null {
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
    if (MONTH_MODIFIERS.has(lower(i)) && monthOf(tokens[i + 1])) {
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
export function matchDayMonth(scan: Scan, i: number): Match | null {
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
export function matchWeekday(scan: Scan, i: number): Match | null {
  const { tokens } = scan;
  const lower = (k: number) => tokens[k]?.lower ?? '';
  const modifiers: string[] = [];
  let j = i;
  if (WEEKDAY_MODIFIERS.has(lower(i)) && WEEKDAYS.has(lower(i + 1).replace(/'s$/, ''))) {
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
export function matchRelative(scan: Scan, i: number): Match | null {
  const { tokens } = scan;
  const lower = (k: number) => tokens[k]?.lower ?? '';
  // The scope word may be possessive: "last year's election".
  const scope = (k: number) => lower(k).replace(/'s$/, '');
  const modifiers: string[] = [];
  let j = i;
  if (RELATIVE_MODIFIERS.has(lower(j))) modifiers.push(lower(j++));
  const qualifier = () => modifiers.join(' ') || null;
  const relative = (end: number, scope: string, offset: number | null) => makeMatch(end, { kind: 'date', unit: 'relative', key: relativeKey({ scope, offset }), qualifier: qualifier() });
  if (modifiers.length > 0 && lower(j) === 'in' && lower(j + 1) === 'the' && (RELATIVE_SCOPES.has(scope(j + 2)) || scope(j + 2) === 'day')) {
    return relative(j + 3, scope(j + 2), 0);
  }
  if (lower(j) === 'this' && lower(j + 1) === 'past' && RELATIVE_SCOPES.has(scope(j + 2))) return relative(j + 3, scope(j + 2), -1);
  if (lower(j) in RELATIVE_OFFSETS && RELATIVE_SCOPES.has(scope(j + 1))) {
    // "the last week" is the seven days just gone, not the calendar week before.
    const offset = modifiers.length === 0 && lower(i - 1) === 'the' ? null : RELATIVE_OFFSETS[lower(j)]!;
    return relative(j + 2, scope(j + 1), offset);
  }
  if ((lower(j) === 'last' || lower(j) === 'this') && DAY_PARTS.has(lower(j + 1))) {
    modifiers.push(lower(j + 1));
    return relative(j + 2, 'day', lower(j) === 'last' ? -1 : 0);
  }
  if (lower(j) in DAY_WORDS) {
    const offset = DAY_WORDS[lower(j)]!;
    if (lower(j) === 'tonight') modifiers.push('night');
    else if (DAY_PARTS.has(lower(j + 1))) modifiers.push(lower(++j));
    return relative(j + 1, 'day', offset);
  }
  if (modifiers.length === 0 && lower(j) === 'the' && lower(j + 1) === 'weekend') return relative(j + 2, 'weekend', null);
  return null;
}

/** Years and decades: "2024", "the 1990s", "early 2025", "mid-2024". */
export function matchYear(scan: Scan, i: number): Match | null {
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
