// The light ways of cutting text into words, beside the full reading in
// words.ts: each is a single pass with no tagging, for the rules that need
// only word boundaries. All tokenisation in the engine lives in this folder.

const segmenter = new Intl.Segmenter('en', { granularity: 'word' });

/** Intl.Segmenter's word segmentation of a text: words, marks and white space, in order, nothing lost. */
export function segmentText(text: string): Intl.SegmentData[] {
  return [...segmenter.segment(text)];
}

/** Words of a text folded for comparison: lowercase, straight apostrophes, cut at anything but a letter, digit or apostrophe. */
export function foldedWords(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/[’']/g, "'")
    .split(/[^\p{L}\p{N}']+/u)
    .filter((w) => w.length > 0);
}

/** A token of the quantity scanner. */
export interface ScanToken {
  text: string;
  /** Lowercase, with plain hyphens and apostrophes. */
  lower: string;
  start: number;
  end: number;
  type: 'num' | 'word' | 'mark';
}

/**
 * Digit-led runs ("1,200", "48-hour", "1990s", "31st"), word runs with inner
 * hyphens and apostrophes ("two-thirds", "month-long", "F-16"), or one other character.
 */
const SCAN_TOKEN = /\d+(?:[.,]\d+)*\p{L}*(?:[-\u2010\u2011][\p{L}\d]+(?:[.,]\d+)*)*|\p{L}[\p{L}\p{M}\d]*(?:[-\u2010\u2011'\u2019][\p{L}\p{M}\d]+)*|\S/gu;

/** The quantity scanner's tokens of a text, each with its offsets: a number and its unit stay one token ("48-hour"). */
export function scanTokens(text: string): ScanToken[] {
  const tokens: ScanToken[] = [];
  for (const m of text.matchAll(SCAN_TOKEN)) {
    const raw = m[0];
    const type = /^\d/.test(raw) ? 'num' : /^\p{L}/u.test(raw) ? 'word' : 'mark';
    const lower = raw.toLowerCase().replace(/[\u2010\u2011]/g, '-').replace(/\u2019/g, "'");
    tokens.push({ text: raw, lower, start: m.index, end: m.index + raw.length, type });
  }
  return tokens;
}
