// Reads the ECB+ corpus (Cybulska and Vossen, LREC 2014; CC BY 3.0): news
// articles by many outlets on the same events, tokenised, with event
// mentions and their cross-document coreference. Used only to derive the
// real-text benchmark fixtures (bench/ecb/build-fixtures.ts); nothing in the
// site or the engine reads it.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** One ECB+ document, its text rebuilt from the tokens. */
export interface EcbDoc {
  /** "1_10ecbplus" */
  id: string;
  topic: number;
  /** "ecb" (the original corpus) or "ecbplus" (the added one): two events per topic. */
  part: 'ecb' | 'ecbplus';
  /** The page the text was taken from (ecbplus documents only). */
  url: string | null;
  /** Sentence number → its text, detokenised. */
  sentences: Map<number, string>;
  /** Sentence number → the cross-document instance ids of the events mentioned in it. */
  events: Map<number, Set<string>>;
}

const TOKEN = /<token t_id="(\d+)" sentence="(\d+)" number="\d+"[^>]*>([^<]*)<\/token>/g;
const MARKABLE = /<(ACTION_[A-Z_]+|NEG_[A-Z_]+) m_id="(\d+)"\s*>([\s\S]*?)<\/\1>/g;
const ANCHOR = /<token_anchor t_id="(\d+)"\/>/g;
const COREF = /<CROSS_DOC_COREF r_id="\d+" note="([^"]+)"\s*>([\s\S]*?)<\/CROSS_DOC_COREF>/g;
const SOURCE = /<source m_id="(\d+)"\s*\/>/g;

const unescape = (s: string) => s.replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

// Clitics and marks that attach to the word before them.
const ATTACH_LEFT = /^(?:[.,;:!?%)\]}]|\.\.\.|'s|'S|n't|'m|'re|'ve|'ll|'d|’s|’|')$/;
// Marks that attach to the word after them.
const ATTACH_RIGHT = /^(?:[([{$]|‘)$/;
// Every way the corpus writes a double quotation mark (PTB `` and '', straight, curly).
const DOUBLE_QUOTE = /^(?:``|''|"|“|”)$/;

/**
 * Joins tokens into text as a newspaper prints it: no space before closing
 * marks and clitics ("'s", "n't"), none after opening marks, hyphens and
 * slashes between words closed up ("90-day"), an initialism's letters
 * together ("U.S."), and double quotation marks curly, opening and closing
 * in turn (the corpus writes them four ways, some reversed; `quotes` carries
 * an open quotation from one sentence to the next).
 */
export function detokenize(input: readonly string[], quotes: { open: boolean } = { open: false }): string {
  // A closing quote split into two apostrophes ("' '") is one mark; a quote
  // mark glued to a word ('"We') is a mark of its own.
  const tokens: string[] = [];
  for (const t of input) {
    if (t === "'" && tokens.at(-1) === "'") tokens[tokens.length - 1] = "''";
    else if (/^["“”].+/.test(t)) tokens.push(t[0]!, ...(/^.+["“”]$/.test(t.slice(1)) ? [t.slice(1, -1), t.at(-1)!] : [t.slice(1)]));
    else if (/^.+["“”]$/.test(t)) tokens.push(t.slice(0, -1), t.at(-1)!);
    else tokens.push(t);
  }
  let out = '';
  let glueNext = false;
  let previous = '';
  let before = '';
  for (const raw of tokens) {
    let t = raw;
    let left = ATTACH_LEFT.test(raw) || t === '-' || t === '/';
    let right = ATTACH_RIGHT.test(raw) || t === '-' || t === '/';
    if (DOUBLE_QUOTE.test(raw)) {
      t = quotes.open ? '”' : '“';
      left = quotes.open;
      right = !quotes.open;
      quotes.open = !quotes.open;
    }
    if (/^['’]$/.test(previous) && /^(?:s|t|re|ve|ll|d|m)$/.test(raw)) left = true;
    if (/^\p{Lu}\.$/u.test(previous) && /^\p{Lu}\.?$/u.test(raw)) left = true;
    if (previous === '.' && /^\p{Lu}$/u.test(before) && /^\p{Lu}$/u.test(raw)) left = true;
    // Figures split at their marks: "7 : 21" is 7:21, "300 , 000" is 300,000, "6 . 1" is 6.1.
    if (/^[.:]$/.test(previous) && /\d$/.test(before) && /^\d/.test(raw)) left = true;
    if (previous === ',' && /\d$/.test(before) && /^\d{3}(?:\D|$)/.test(raw)) left = true;
    if (out === '' || left || glueNext) out += t;
    else out += ` ${t}`;
    glueNext = right;
    before = previous;
    previous = raw;
  }
  return out;
}

/** Reads one ECB+ XML file. */
export function readEcbDoc(file: string): EcbDoc {
  const xml = readFileSync(file, 'utf8');
  const id = path.basename(file, '.xml');
  const [topic, rest] = id.split('_') as [string, string];
  const part = rest.endsWith('ecbplus') ? 'ecbplus' : 'ecb';
  const bySentence = new Map<number, string[]>();
  const sentenceOf = new Map<string, number>();
  for (const [, tid, s, word] of xml.matchAll(TOKEN)) {
    const n = Number(s);
    sentenceOf.set(tid!, n);
    bySentence.set(n, [...(bySentence.get(n) ?? []), unescape(word!)]);
  }
  const mentionSentences = new Map<string, Set<number>>();
  for (const [, , mid, body] of xml.matchAll(MARKABLE)) {
    const set = new Set<number>();
    for (const [, tid] of body!.matchAll(ANCHOR)) {
      const n = sentenceOf.get(tid!);
      if (n !== undefined) set.add(n);
    }
    mentionSentences.set(mid!, set);
  }
  const events = new Map<number, Set<string>>();
  for (const [, instance, body] of xml.matchAll(COREF)) {
    if (!/^(?:ACT|NEG)/.test(instance!)) continue;
    for (const [, mid] of body!.matchAll(SOURCE)) {
      for (const n of mentionSentences.get(mid!) ?? []) events.set(n, (events.get(n) ?? new Set()).add(instance!));
    }
  }
  const quotes = { open: false };
  const sentences = new Map([...bySentence].sort((a, b) => a[0] - b[0]).map(([n, words]) => [n, detokenize(words, quotes)]));
  let url: string | null = null;
  if (part === 'ecbplus' && /^https?:/.test(sentences.get(0) ?? '')) {
    url = (bySentence.get(0) ?? []).join('');
    sentences.delete(0);
  }
  return { id, topic: Number(topic), part, url, sentences, events };
}

/** Every document of an ECB+ folder (the one holding 1/, 2/ … 45/), sorted by topic and name. */
export function readEcbCorpus(dir: string): EcbDoc[] {
  const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.xml'));
  return files.map((f) => readEcbDoc(path.join(dir, f))).sort((a, b) => a.topic - b.topic || a.id.localeCompare(b.id, 'en', { numeric: true }));
}

/** The sentences annotated with coreference (ECBplus_coreference_sentences.csv): "1_10ecbplus" → sentence numbers. */
export function readAnnotatedSentences(csv: string): Map<string, Set<number>> {
  const out = new Map<string, Set<number>>();
  for (const line of readFileSync(csv, 'utf8').split(/\r?\n/).slice(1)) {
    const [topic, file, sentence] = line.split(',');
    if (!topic || !file || sentence === undefined) continue;
    const id = `${topic}_${file}`;
    out.set(id, (out.get(id) ?? new Set()).add(Number(sentence)));
  }
  return out;
}
