import type { ItsFunction } from 'wink-nlp';
import { getNlp } from './nlp.ts';

/** One word or mark of a text as wink-nlp reads it, located in the text. */
export interface Word {
  /** As published. */
  text: string;
  /** Offsets in the text. */
  start: number;
  end: number;
  /** wink-nlp's lemma, lowercased. */
  lemma: string;
  /** Universal part-of-speech tag ("NOUN", "PROPN", "PUNCT" …). */
  pos: string;
  /** wink-nlp's stop-word flag. */
  stopWord: boolean;
  /** wink-nlp's token type ("word", "number", "punctuation" …). */
  type: string;
}

/**
 * Reads texts with wink-nlp in one pass over all of them (wink's
 * per-document cost dominates on short texts): each text's words with
 * offsets, part of speech and lemma. Texts are joined by a blank line, so no
 * word spans two; read alone, a sentence gets the same words and tags (checked
 * on every sentence of the labelled pairs).
 */
export function readWords(texts: readonly string[]): Word[][] {
  const nlp = getNlp();
  const its = nlp.its;
  const joined = texts.join('\n\n');
  const starts: number[] = [];
  let at = 0;
  for (const t of texts) {
    starts.push(at);
    at += t.length + 2;
  }
  const tokens = nlp.readDoc(joined).tokens();
  const values = tokens.out(its.value) as string[];
  const pos = tokens.out(its.pos) as string[];
  // wink-nlp's typings give `its.lemma` the add-on signature; it is an ItsFunction at run time.
  const lemmas = tokens.out(its.lemma as unknown as ItsFunction<string>) as string[];
  const stops = tokens.out(its.stopWordFlag) as unknown as boolean[];
  const types = tokens.out(its.type) as string[];
  const out: Word[][] = texts.map(() => []);
  let cursor = 0;
  let text = 0;
  for (const [i, value] of values.entries()) {
    // wink returns the blank line between texts as a token; it belongs to none.
    if (/^\s*$/.test(value)) continue;
    const found = joined.indexOf(value, cursor);
    if (found === -1) continue;
    cursor = found + value.length;
    while (text + 1 < texts.length && found >= starts[text + 1]!) text++;
    const start = found - starts[text]!;
    out[text]!.push({
      text: value,
      start,
      end: start + value.length,
      lemma: (lemmas[i] ?? value).toLowerCase(),
      pos: pos[i] ?? 'X',
      stopWord: Boolean(stops[i]),
      type: types[i] ?? 'word',
    });
  }
  return out;
}
