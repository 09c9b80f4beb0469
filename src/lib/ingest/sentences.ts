import { getNlp } from '../analysis/nlp.ts';
import { COURTESY_TITLES, TITLE_ABBREVIATIONS } from '../lexicon/en/people.ts';
import { SPEECH_VERBS } from '../lexicon/en/speech.ts';
import { ANAPHORIC_OPENERS } from '../lexicon/en/function-words.ts';
import { isDebris } from './paragraphs.ts';

/** A full stop, closing quote optional, followed by one or more stray " .". */
const ARTIFACT = /(?<=[.!?]["\u201d\u2019]?)(?:\s+\.)+/g;

/**
 * Splits one paragraph into sentences, each an exact substring of the input.
 * wink-nlp finds the boundaries (it knows abbreviations, initials and quotes
 * that close after the stop); pieces with no letter or digit, such as the lone
 * "." that machine translation leaves behind, are joined to the sentence before.
 */
export function splitSentences(paragraph: string): string[] {
  // Machine translation leaves " ." after a full stop; wink-nlp then sees no
  // boundary. Segment a copy with that debris blanked out (same length, so
  // offsets still hold) and slice the published text.
  const masked = paragraph.replace(ARTIFACT, (m) => m.replace(/\./g, ' '));
  const starts: number[] = [];
  let cursor = 0;
  for (const piece of getNlp().readDoc(masked).sentences().out()) {
    const trimmed = piece.trim();
    if (trimmed === '') continue;
    const start = masked.indexOf(trimmed, cursor);
    // wink returns the text it was given; should a piece not be found
    // verbatim, keep the rest of the paragraph whole rather than alter it.
    if (start === -1) break;
    // A boundary needs white space before it: "example.com" or "J.Smith" is one token run.
    if (start > 0 && !/\s/.test(masked[start - 1]!)) {
      cursor = start + trimmed.length;
      continue;
    }
    starts.push(start);
    cursor = start + trimmed.length;
  }
  if (starts.length === 0 || paragraph.slice(0, starts[0]).trim() !== '') starts.unshift(0);
  // Each sentence runs to where the next begins, so debris between sentences
  // stays on the one before it; a piece that is all debris joins its neighbour.
  const groups: [number, number][] = [];
  for (const [i, start] of starts.entries()) {
    const end = start + paragraph.slice(start, starts[i + 1] ?? paragraph.length).trimEnd().length;
    const previous = groups.at(-1);
    if (previous && isDebris(paragraph.slice(start, end))) previous[1] = end;
    else if (previous && isDebris(paragraph.slice(previous[0], previous[1]))) previous[1] = end;
    else groups.push([start, end]);
  }
  return joinFragments(paragraph, mergeQuotations(paragraph, joinAbbreviations(paragraph, groups))).map(([start, end]) => paragraph.slice(start, end));
}

/** The most words a fragment has: longer pieces are sentences, however terse. */
const FRAGMENT_WORDS = 4;

/**
 * Whether a piece is a fragment that cannot stand alone as a claim: at most
 * four words, no name, figure or quotation, and either no verb at all ("Still
 * strong.") or a pronoun pointing back for its subject ("He will be
 * president."). Machine translation leaves such pieces behind; a reporter's
 * terse sentence names someone or something ("Police said.", "Two died.",
 * "Nobody moved.") and is kept.
 */
export function isFragment(piece: string): boolean {
  if (/["\u201c\u201d]/.test(piece)) return false;
  const nlp = getNlp();
  const tokens = nlp.readDoc(piece).tokens();
  const pos = tokens.out(nlp.its.pos);
  const words = tokens.out().filter((_, i) => pos[i] !== 'PUNCT' && pos[i] !== 'SYM');
  const tags = pos.filter((p) => p !== 'PUNCT' && p !== 'SYM');
  if (words.length === 0 || words.length > FRAGMENT_WORDS) return false;
  if (tags.some((t) => t === 'PROPN' || t === 'NUM')) return false;
  return !tags.some((t) => t === 'VERB' || t === 'AUX') || ANAPHORIC_OPENERS.has(words[0]!.toLowerCase());
}

/**
 * Reads a fragment as part of the sentence before it in the paragraph, so it
 * gets no claim of its own (see `isFragment`). The text is untouched: the
 * sentence runs on over the fragment. A paragraph's first piece has nothing
 * before it and stays.
 */
function joinFragments(paragraph: string, groups: [number, number][]): [number, number][] {
  const out: [number, number][] = [];
  for (const group of groups) {
    const previous = out.at(-1);
    // Short pieces only reach the tagger: the word count is checked on the raw text first.
    const text = paragraph.slice(group[0], group[1]);
    if (previous && text.split(/\s+/).length <= FRAGMENT_WORDS + 2 && isFragment(text)) previous[1] = group[1];
    else out.push([...group]);
  }
  return out;
}

/** Titles written with a full stop before a name: a boundary after one is never a sentence end ("Sen. Ana Lima"). */
const isTitleAbbreviation = (word: string) => TITLE_ABBREVIATIONS.has(word) || COURTESY_TITLES.has(word);

/**
 * Joins what the segmenter cut after an abbreviation: after a title written
 * before a name ("the Rev. | Al Sharpton", "Sen. | Ana Lima"), and wherever
 * the next piece goes on in lower case after a full stop, which no sentence
 * starts with: a party-state tag ("Harry Reid (D-Nev.) | was the lone
 * opposition"), a state ("Golden, Colo., | said"), an initialism. A state
 * or initialism before a capital stays a boundary: "… in Washington, D.C. The
 * senator left" is two sentences.
 */
function joinAbbreviations(paragraph: string, groups: [number, number][]): [number, number][] {
  const out: [number, number][] = [];
  for (const group of groups) {
    const previous = out.at(-1);
    if (previous) {
      const before = paragraph.slice(previous[0], previous[1]);
      const next = paragraph.slice(group[0], group[1]);
      const title = /(?:^|[\s(“"])(\p{L}+)\.$/u.exec(before)?.[1]?.toLowerCase();
      if ((title !== undefined && isTitleAbbreviation(title)) || (/\.\)?$/.test(before) && /^\p{Ll}/u.test(next))) {
        previous[1] = group[1];
        continue;
      }
    }
    out.push([...group]);
  }
  return out;
}

/** Net quotation depth of a piece: curly quotes nest; straight double quotes toggle. */
function quoteDepth(text: string): number {
  let depth = 0;
  for (const c of text) {
    if (c === '\u201c') depth++;
    else if (c === '\u201d') depth--;
    else if (c === '"') depth += depth > 0 ? -1 : 1;
  }
  return depth;
}

/**
 * For each piece that opens a quotation (net depth above zero), the index of
 * the piece where the quotation closes again, or -1 when it never does. The
 * depth after piece k is a running sum P[k]; a quotation opened at piece i
 * closes at the first k >= i with P[k] <= P[i-1]: the next smaller-or-equal
 * value, found for every piece in one pass with a stack. Scanning ahead from
 * each opening piece instead cost 19 s for 10,000 quotations that never close.
 */
export function findQuotationEnds(depths: readonly number[]): number[] {
  const n = depths.length;
  const before = new Array<number>(n + 1);
  before[0] = 0;
  for (let k = 0; k < n; k++) before[k + 1] = before[k]! + depths[k]!;
  // nextAtMost[j]: first position p > j with before[p] <= before[j] (positions of `before`), or -1.
  const nextAtMost = new Array<number>(n + 1).fill(-1);
  const stack: number[] = [];
  for (let j = n; j >= 0; j--) {
    while (stack.length > 0 && before[stack.at(-1)!]! > before[j]!) stack.pop();
    nextAtMost[j] = stack.at(-1) ?? -1;
    stack.push(j);
  }
  // Piece i opens at before[i] and has closed once before[k + 1] <= before[i].
  return depths.map((d, i) => (d > 0 && nextAtMost[i]! !== -1 ? nextAtMost[i]! - 1 : -1));
}

/**
 * Whether a piece is the attribution of the quotation before it: it goes on
 * in lower case ("one protester shouted."), or it is a short name and a
 * speech verb ("Vanore said.", "Police Chief Ana Lima told reporters.").
 */
function isAttribution(piece: string): boolean {
  if (/^\p{Ll}/u.test(piece)) return true;
  const words = piece.replace(/[.!?]$/, '').split(/\s+/);
  return words.length <= 6 && words.some((w) => SPEECH_VERBS.has(w.toLowerCase()));
}

/**
 * Joins what a segmenter splits inside quoted speech:
 * - a quotation holding several sentences, up to where it closes (only when it
 *   does close in the paragraph: translated text often leaves a quote open);
 * - an exclamation or question in quotes and the attribution after it
 *   ("“Cease fire now!” one protester shouted.", "“Hide!” Vanore said.").
 */
function mergeQuotations(paragraph: string, groups: [number, number][]): [number, number][] {
  const ends = findQuotationEnds(groups.map(([start, end]) => quoteDepth(paragraph.slice(start, end))));
  const out: [number, number][] = [];
  let i = 0;
  while (i < groups.length) {
    let [start, end] = groups[i]!;
    let j = i;
    if (ends[i]! > i) {
      j = ends[i]!;
      end = groups[j]![1];
    }
    const next = groups[j + 1];
    if (next && /[!?]["\u201d\u2019']$/.test(paragraph.slice(start, end)) && isAttribution(paragraph.slice(next[0], next[1]))) {
      j++;
      end = next[1];
    }
    out.push([start, end]);
    i = j + 1;
  }
  return out;
}
