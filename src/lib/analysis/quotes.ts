import { foldedWords } from './segments.ts';

/** A quotation inside a sentence: the words between matching quote marks. */
export interface Quotation {
  /** The quoted words, without the marks. */
  text: string;
  start: number;
  end: number;
}

/** Finds quotations in curly (“…”) or straight ("…") double quotes; an unclosed quote runs to the end. */
export function findQuotations(text: string): Quotation[] {
  const found: Quotation[] = [];
  const pattern = /[“"]([^“”"]+)(?:[”"]|$)/g;
  for (const m of text.matchAll(pattern)) {
    const inner = m[1]!.trim();
    if (inner.split(/\s+/).length < 2) continue;
    const start = m.index + m[0].indexOf(inner);
    found.push({ text: inner, start, end: start + inner.length });
  }
  return found;
}

/** Share of words two quotations have in common (Dice coefficient over word sets). */
export function quoteOverlap(a: string, b: string): number {
  const x = new Set(foldedWords(a));
  const y = new Set(foldedWords(b));
  if (x.size === 0 || y.size === 0) return 0;
  let shared = 0;
  for (const w of x) if (y.has(w)) shared++;
  return (2 * shared) / (x.size + y.size);
}
