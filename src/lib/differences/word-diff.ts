import { diffArrays } from 'diff';
import { segmentText } from '../analysis/segments.ts';
import type { DiffSegment } from '../schemas.ts';
import { GLUE_WORDS } from '../lexicon/en/function-words.ts';

const MAX_EDITS = 600;

// White space or one short function word (GLUE_WORDS), alone between two changes.
const isGlue = (text: string) => text.trim() === '' || GLUE_WORDS.has(text.trim().toLowerCase());

interface WordToken {
  /** The token as published, with the white space after it. */
  text: string;
  /** What is compared: lowercase, straight quotes, no white space. */
  key: string;
}

/** Splits text into words and punctuation (Intl.Segmenter), each keeping its trailing white space. */
function tokenizeWords(text: string): WordToken[] {
  const tokens: WordToken[] = [];
  for (const { segment } of segmentText(text)) {
    const last = tokens.at(-1);
    if (/^\s+$/.test(segment)) {
      if (last) last.text += segment;
      else tokens.push({ text: segment, key: '' });
      continue;
    }
    tokens.push({ text: segment, key: segment.toLowerCase().replace(/[\u2018\u2019]/g, "'").replace(/[\u201c\u201d]/g, '"') });
  }
  return tokens;
}

/**
 * Word-level diff of two texts as plain data (jsdiff over whole words and
 * punctuation from `Intl.Segmenter`). Case and quote style are ignored for
 * comparison, never lost: every segment is the exact published text of its
 * side, and an unchanged segment carries the right side's text when it
 * differs. A lone short word between two changes is folded into them, so the
 * result reads as phrases replaced rather than character soup.
 */
export function diffText(left: string, right: string): DiffSegment[] {
  const a = tokenizeWords(left);
  const b = tokenizeWords(right);
  // jsdiff is quadratic in the edit length: past MAX_EDITS (two long,
  // different texts) the diff would stall a build and help no reader, so the
  // whole of each side is shown as replaced.
  const changes = diffArrays(a, b, { comparator: (x: WordToken, y: WordToken) => x.key === y.key, maxEditLength: MAX_EDITS });
  if (!changes) return [{ value: left, added: false, removed: true }, { value: right, added: true, removed: false }];
  let i = 0;
  let j = 0;
  const take = (tokens: WordToken[], from: number, n: number) => tokens.slice(from, from + n).map((t) => t.text).join('');
  const segments: DiffSegment[] = changes.map((c) => {
    const n = c.count ?? c.value.length;
    if (c.added) {
      const value = take(b, j, n);
      j += n;
      return { value, added: true, removed: false };
    }
    const value = take(a, i, n);
    i += n;
    if (c.removed) return { value, added: false, removed: true };
    const other = take(b, j, n);
    j += n;
    return other === value ? { value, added: false, removed: false } : { value, added: false, removed: false, rightValue: other };
  });
  return foldGlue(segments);
}

function foldGlue(segments: DiffSegment[]): DiffSegment[] {
  const changed = (s: DiffSegment | undefined) => Boolean(s && (s.added || s.removed));
  const out: DiffSegment[] = [];
  for (const [i, s] of segments.entries()) {
    const glue = !s.added && !s.removed && isGlue(s.value) && changed(segments[i - 1]) && changed(segments[i + 1]);
    if (glue) {
      out.push({ value: s.value, added: false, removed: true }, { value: s.rightValue ?? s.value, added: true, removed: false });
    } else {
      out.push(s);
    }
  }
  // Merge neighbours of the same kind, removals before additions within a run of changes.
  const merged: DiffSegment[] = [];
  let run: DiffSegment[] = [];
  const flushRun = () => {
    const removed = run.filter((s) => s.removed).map((s) => s.value).join('');
    const added = run.filter((s) => s.added).map((s) => s.value).join('');
    if (removed) merged.push({ value: removed, added: false, removed: true });
    if (added) merged.push({ value: added, added: true, removed: false });
    run = [];
  };
  for (const s of out) {
    if (s.added || s.removed) run.push(s);
    else {
      flushRun();
      merged.push(s);
    }
  }
  flushRun();
  return merged;
}

/** The left text of a diff (unchanged and removed parts). */
export function leftOf(segments: readonly DiffSegment[]): string {
  return segments.filter((s) => !s.added).map((s) => s.value).join('');
}

/** The right text of a diff (unchanged and added parts). */
export function rightOf(segments: readonly DiffSegment[]): string {
  return segments.filter((s) => !s.removed).map((s) => s.rightValue ?? s.value).join('');
}

/** Least share of unchanged text for a word diff to help a reader rather than bury the text. */
export const READABLE_DIFF = 0.4;

/**
 * Whether a word diff is worth reading: when two outlets word a fact entirely
 * differently, marking nearly every word tells the reader nothing (pages then
 * show both texts plainly), and the replaced phrases it pairs are not real
 * substitutions (no wording differences are drawn from it).
 */
export function isDiffReadable(diff: readonly DiffSegment[] | null): boolean {
  if (!diff) return false;
  const size = (t: string) => t.replace(/\s/g, '').length;
  // Unchanged text appears on both sides, so it counts twice against the changes.
  const same = diff.filter((s) => !s.added && !s.removed).reduce((n, s) => n + 2 * size(s.value), 0);
  const changed = diff.filter((s) => s.added || s.removed).reduce((n, s) => n + size(s.value), 0);
  return same / (same + changed || 1) >= READABLE_DIFF;
}
