/** Every quantity in a sentence: the matchers tried in order at each token, with a qualifier before them. */
import { matchDayMonth, matchMonth, matchRelative, matchWeekday, matchYear } from './date.ts';
import { matchAndAHalf, matchDuration } from './duration.ts';
import { matchCurrency, matchFraction, matchNumber, matchVague } from './number.ts';
import { scanTokens } from '../../analysis/segments.ts';
import { findNoun } from './scan-tokens.ts';
import { matchTime } from './time.ts';
import { Analysis } from '../../analysis/context.ts';
import type { Found, Match, Quantity, Scan, Token } from './types.ts';
import { DAYS_PER, QUALIFIERS } from '../../lexicon/en/numbers.ts';

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
export function scanQuantities(text: string, analysis: Analysis = new Analysis()): Found[] {
  const scan: Scan = { text, tokens: scanTokens(text), tagged: undefined, analysis };
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
export function findQuantities(text: string, analysis: Analysis = new Analysis()): Quantity[] {
  return scanQuantities(text, analysis).map(({ core: _core, ...quantity }) => quantity);
}

/** A duration in days when the conversion is exact (seconds to weeks); null for months, years and vague amounts. */
export function durationInDays(quantity: Quantity): number | null {
  if (quantity.kind !== 'duration' || quantity.value === null || quantity.unit === null) return null;
  const per = DAYS_PER[quantity.unit];
  return per === undefined ? null : quantity.value * per;
}
