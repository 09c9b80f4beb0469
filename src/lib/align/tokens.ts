import type { ItsFunction } from 'wink-nlp';
import stemWord from 'wink-porter2-stemmer';
import { getNlp } from '../ingest/sentences.ts';
import { straightenQuotes } from '../text/normalize.ts';

/** One word of a sentence, with the forms the matcher compares. */
export interface Token {
  /** As published. */
  text: string;
  /** Offsets in the sentence text. */
  start: number;
  end: number;
  /** Matching key: lowercase, straight quotes, no dots or hyphens ("C.I.A." → "cia", "cease-fire" → "ceasefire"). */
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

// Honorifics and courtesy titles: they introduce a name but are not evidence of one.
const HONORIFIC = /^(?:mr|mrs|ms|dr|prof|sen|rep|gov|gen|col|lt|sgt|rev|sir|dame|lord|lady)$/;
const HYPHEN = /^[-\u2010\u2011]$/;
const ACRONYM = /^(?:\p{Lu}\.){2,}$|^\p{Lu}{2,6}s?$/u;
const NUMBER_WORD = /^(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|half|dozen)$/i;

/** The matching key of a surface form. */
export function keyOf(text: string): string {
  return straightenQuotes(text.normalize('NFKC'))
    .toLowerCase()
    .replace(/'s$/, '')
    .replace(/[.\-\u2010\u2011']/g, '');
}

/**
 * Tokenises one sentence with wink-nlp and joins hyphenated compounds
 * ("cease-fire", "el-Sisi") into one token, so that spellings with and
 * without the hyphen meet. Compounds that start with a number ("six-week",
 * "48-hour") stay apart: the number and its unit are read separately.
 */
export function tokenize(text: string): Token[] {
  const nlp = getNlp();
  const its = nlp.its;
  const doc = nlp.readDoc(text);
  const tokens = doc.tokens();
  const values = tokens.out(its.value) as string[];
  const pos = tokens.out(its.pos) as string[];
  // wink-nlp's typings give `its.lemma` the add-on signature; it is an ItsFunction at run time.
  const lemmas = tokens.out(its.lemma as unknown as ItsFunction<string>) as string[];
  const stops = tokens.out(its.stopWordFlag) as unknown as boolean[];
  const types = tokens.out(its.type) as string[];

  const raw: Token[] = [];
  let cursor = 0;
  for (const [i, value] of values.entries()) {
    const found = text.indexOf(value, cursor);
    const start = found === -1 ? cursor : found;
    const end = start + value.length;
    cursor = end;
    const type = types[i] ?? 'word';
    const isWord = type === 'word' || type === 'number' || /[\p{L}\p{N}]/u.test(value);
    const acronym = ACRONYM.test(value) && !/^(?:I|A)$/.test(value);
    const key = keyOf(value);
    raw.push({
      text: text.slice(start, end),
      start,
      end,
      key,
      lemma: (lemmas[i] ?? value).toLowerCase(),
      stem: stemWord(key),
      pos: pos[i] ?? 'X',
      // A possessive "'s" keys to "" and carries nothing.
      stop: !isWord || (Boolean(stops[i]) && !acronym) || key === '' || HONORIFIC.test(key),
      proper: acronym || (pos[i] === 'PROPN' && /^\p{Lu}/u.test(value)),
      parts: [],
    });
  }
  return joinCompounds(text, raw);
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
    if (j === i || NUMBER_WORD.test(first.text)) {
      out.push(first);
      i++;
      continue;
    }
    const pieces = raw.slice(i, j + 1).filter((_, k) => k % 2 === 0);
    if (pieces.some((p) => NUMBER_WORD.test(p.text))) {
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
      stem: stemWord(keyOf(surface)),
      pos: pieces.some((p) => p.proper) ? 'PROPN' : last.pos,
      stop: false,
      proper: pieces.some((p) => p.proper),
      parts: pieces.map((p) => p.key),
    });
    i = j + 1;
  }
  return out;
}
