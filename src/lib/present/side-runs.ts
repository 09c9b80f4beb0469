import type { Claim, Difference } from '../schemas.ts';
import { isDiffReadable } from '../differences/word-diff.ts';

/** A piece of one side's text and how it is marked. */
export type SideRun =
  | { text: string; mark: null }
  /** Worded differently on the other side (the word diff); both sides are marked alike. */
  | { text: string; mark: 'changed' }
  /** The text of a difference (a figure, name, date, quotation or source), tied to badge `n` (1-based). */
  | { text: string; mark: 'difference'; n: number; kind: Difference['kind'] };

interface Span {
  start: number;
  end: number;
  n: number;
  kind: Difference['kind'];
}

/** The side's text as published, and the ranges the word diff marks as worded differently. */
function sideText(claim: Claim, side: 'left' | 'right'): { text: string; changed: [number, number][] } {
  const plain = claim[side].map((s) => s.text).join(' ');
  if (claim.status !== 'shared' || !claim.diff || !isDiffReadable(claim.diff)) return { text: plain, changed: [] };
  let text = '';
  const changed: [number, number][] = [];
  for (const s of claim.diff) {
    if (side === 'left' ? s.added : s.removed) continue;
    const value = side === 'right' && !s.added ? (s.rightValue ?? s.value) : s.value;
    const isChanged = side === 'left' ? s.removed : s.added;
    if (isChanged) {
      // A mark ends at its last word: the space after it stays outside.
      const trimmed = value.trimEnd();
      if (/\S/.test(trimmed)) changed.push([text.length + (value.length - value.trimStart().length), text.length + trimmed.length]);
    }
    text += value;
  }
  // The diff covers the whole text; should it not (a schema drift), show the text unmarked rather than garbled.
  return text === plain ? { text, changed } : { text: plain, changed: [] };
}

/** Where each difference's wording stands in the text: its first occurrence at word edges, one span per difference. */
function differenceSpans(text: string, differences: readonly Difference[], side: 'left' | 'right'): Span[] {
  const spans: Span[] = [];
  for (const [i, d] of differences.entries()) {
    if (d.kind === 'wording') continue;
    const needle = d[side];
    if (needle === '') continue;
    const edge = (k: number) => k < 0 || k >= text.length || !/[\p{L}\p{N}]/u.test(text[k]!);
    // The first occurrence at word edges that no earlier difference's span covers.
    const free = (at: number) => edge(at - 1) && edge(at + needle.length) && !spans.some((s) => s.start < at + needle.length && at < s.end);
    let at = text.indexOf(needle);
    while (at !== -1 && !free(at)) at = text.indexOf(needle, at + 1);
    if (at === -1) continue;
    spans.push({ start: at, end: at + needle.length, n: i + 1, kind: d.kind });
  }
  return spans.sort((a, b) => a.start - b.start);
}

/**
 * One side of a claim as runs of text to mark: the words the word diff finds
 * worded differently (marked the same way on both sides: neither outlet is
 * "corrected"), and, over them, the wording of each difference, numbered as
 * its badge is. Differences of kind `wording` are the word diff's and get no
 * span of their own. The runs join to the side's text as published.
 */
export function sideRuns(claim: Claim, side: 'left' | 'right'): SideRun[] {
  const { text, changed } = sideText(claim, side);
  const spans = differenceSpans(text, claim.differences, side);
  const runs: SideRun[] = [];
  const push = (run: SideRun) => {
    if (run.text === '') return;
    const last = runs.at(-1);
    if (last && last.mark === run.mark && run.mark !== 'difference') last.text += run.text;
    else runs.push(run);
  };
  // Plain and changed text between difference spans.
  const fill = (from: number, to: number) => {
    let cursor = from;
    for (const [a, b] of changed) {
      const start = Math.max(a, from);
      const end = Math.min(b, to);
      if (end <= start) continue;
      push({ text: text.slice(cursor, start), mark: null });
      push({ text: text.slice(start, end), mark: 'changed' });
      cursor = end;
    }
    push({ text: text.slice(cursor, to), mark: null });
  };
  let cursor = 0;
  for (const span of spans) {
    fill(cursor, span.start);
    push({ text: text.slice(span.start, span.end), mark: 'difference', n: span.n, kind: span.kind });
    cursor = span.end;
  }
  fill(cursor, text.length);
  return runs;
}
