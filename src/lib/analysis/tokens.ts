import stemWord from 'wink-porter2-stemmer';
import { Analysis, BoundedMap } from './context.ts';
import type { Word } from './words.ts';
import { straightenQuotes } from '../text/normalize.ts';
import { CARDINAL_WORDS } from '../lexicon/en/numbers.ts';
import { COURTESY_TITLES, TITLE_ABBREVIATIONS } from '../lexicon/en/people.ts';

/** One word of a sentence, with the forms the matcher compares. */
export interface Token {
  /** As published. */
  text: string;
  /** Offsets in the sentence text. */
  start: number;
  end: number;
  /** Matching key: lowercase, straight quotes, no dots or hyphens ("F.B.I." → "fbi", "cease-fire" → "ceasefire"). */
  key: string;
  lemma: string;
  stem: string;
  pos: string;
  /** Stop word, punctuation or symbol: carries no evidence. */
  stop: boolean;
  /** Part of a name: a capitalised proper noun or an acronym. */
  proper: boolean;
  /** Keys of the parts of a hyphenated compound ("cease-fire" → ["cease", "fire"]), else empty. */
  parts: string[];
}

// Honorifics and title abbreviations introduce a name but are not evidence of one.
const isHonorific = (key: string) => COURTESY_TITLES.has(key) || TITLE_ABBREVIATIONS.has(key);
const HYPHEN = /^[-\u2010\u2011]$/;
/** An acronym as written: "C.I.A.", "NATO", "MPs". */
export const ACRONYM = /^(?:\p{Lu}\.){2,}$|^\p{Lu}{2,6}s?$/u;
const isNumberWord = (text: string) => /^\d[\d,.]*$/.test(text) || CARDINAL_WORDS.has(text.toLowerCase());

/** The matching key of a surface form. */
export function keyOf(text: string): string {
  return straightenQuotes(text.normalize('NFKC'))
    .toLowerCase()
    .replace(/'s$/, '')
    .replace(/[.\-\u2010\u2011']/g, '');
}

// Porter2 on the same few thousand words, again and again: remember each stem.
// Read-only in effect (a word always has the same stem), so safe to share.
const stems = new BoundedMap<string, string>(100_000);

/** Porter2 stem of a key, memoised. */
export function stemOf(key: string): string {
  let stem = stems.get(key);
  if (stem === undefined) {
    stem = stemWord(key);
    stems.set(key, stem);
  }
  return stem;
}

/** Tokenises one sentence; see `tokenizeAll`. */
export function tokenize(text: string, analysis: Analysis = new Analysis()): Token[] {
  return tokenizeAll([text], analysis)[0]!;
}

/**
 * The matching tokens of sentences, from their shared analysis (`Analysis`):
 * hyphenated compounds ("cease-fire", "al-Amin") joined into one token, so
 * that spellings with and without the hyphen meet. Compounds that start with
 * a number ("six-week", "48-hour") stay apart: the number and its unit are
 * read separately. Offsets are relative to each sentence.
 */
export function tokenizeAll(texts: readonly string[], analysis: Analysis = new Analysis()): Token[][] {
  return analysis.wordsOf(texts).map((words, k) => joinCompounds(texts[k]!, words.map(tokenOf)));
}

/** The matching token of one word. */
function tokenOf(word: Word): Token {
  const { text, type } = word;
  const isWord = type === 'word' || type === 'number' || /[\p{L}\p{N}]/u.test(text);
  const acronym = ACRONYM.test(text) && !/^(?:I|A)$/.test(text);
  const key = keyOf(text);
  return {
    text,
    start: word.start,
    end: word.end,
    key,
    lemma: word.lemma,
    stem: stemOf(key),
    pos: word.pos,
    // A possessive "'s" keys to "" and carries nothing.
    stop: !isWord || (word.stopWord && !acronym) || key === '' || isHonorific(key),
    proper: acronym || (word.pos === 'PROPN' && /^\p{Lu}/u.test(text)),
    parts: [],
  };
}

/**
 * Truecasing of sentence-initial words. A tagger reads a capitalised word
 * that opens a sentence ("Landslides blocked…", "Heavy machinery…") as a
 * proper noun as often as not; the texts themselves tell better. An opening
 * word stays a name when the same word is capitalised mid-sentence somewhere
 * in the texts, and becomes a common word when it (or a word of the same
 * stem) is written in lower case there; a word seen nowhere else keeps the
 * tagger's reading. Returns new token lists; the input is not changed.
 */
export function truecase(sentences: readonly (readonly Token[])[]): Token[][] {
  const opening = (tokens: readonly Token[]) => tokens.findIndex((t) => /\p{L}/u.test(t.text));
  const capitalised = new Set<string>();
  // Lower-case key or stem → the tag it had there, which the opening word takes.
  const lower = new Map<string, string>();
  for (const tokens of sentences) {
    const first = opening(tokens);
    for (const [i, t] of tokens.entries()) {
      if (i === first) continue;
      if (/^\p{Lu}/u.test(t.text)) capitalised.add(t.key);
      else if (/^\p{Ll}/u.test(t.text)) {
        if (!lower.has(t.key)) lower.set(t.key, t.pos);
        if (!lower.has(t.stem)) lower.set(t.stem, t.pos);
      }
    }
  }
  return sentences.map((tokens) => {
    const first = opening(tokens);
    const t = tokens[first];
    if (!t || !t.proper || ACRONYM.test(t.text) || t.parts.length > 0 || capitalised.has(t.key)) return [...tokens];
    const pos = lower.get(t.key) ?? lower.get(t.stem);
    if (pos === undefined) return [...tokens];
    const out = [...tokens];
    out[first] = { ...t, proper: false, pos };
    return out;
  });
}

function joinCompounds(text: string, raw: Token[]): Token[] {
  const out: Token[] = [];
  let i = 0;
  while (i < raw.length) {
    const first = raw[i]!;
    let j = i;
    // Extend over "-word" while the hyphen touches both neighbours.
    while (
      j + 2 < raw.length &&
      HYPHEN.test(raw[j + 1]!.text) &&
      raw[j + 1]!.start === raw[j]!.end &&
      raw[j + 2]!.start === raw[j + 1]!.end
    ) j += 2;
    if (j === i || isNumberWord(first.text)) {
      out.push(first);
      i++;
      continue;
    }
    const pieces = raw.slice(i, j + 1).filter((_, k) => k % 2 === 0);
    if (pieces.some((p) => isNumberWord(p.text))) {
      out.push(...raw.slice(i, j + 1));
      i = j + 1;
      continue;
    }
    const surface = text.slice(first.start, raw[j]!.end);
    const last = pieces.at(-1)!;
    out.push({
      text: surface,
      start: first.start,
      end: raw[j]!.end,
      key: keyOf(surface),
      lemma: pieces.map((p) => p.lemma).join(''),
      stem: stemOf(keyOf(surface)),
      pos: pieces.some((p) => p.proper) ? 'PROPN' : last.pos,
      stop: false,
      proper: pieces.some((p) => p.proper),
      parts: pieces.map((p) => p.key),
    });
    i = j + 1;
  }
  return out;
}
