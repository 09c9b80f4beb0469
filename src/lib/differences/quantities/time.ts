/** Times of day: "3 p.m.", "10:30 a.m.", "14:00", "noon". */
import { pad2 } from './date.ts';
import { makeMatch } from './match.ts';
import { touches } from './scan-tokens.ts';
import type { Match, Scan } from './types.ts';

/** "3 p.m.", "10:30 a.m.", "3pm", "14:00", "noon", "midnight". */
export function matchTime(scan: Scan, i: number): Match | null {
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
