// The two baselines Parallax is measured against (benchmarks only).
import { diffWords } from 'diff';
import type { Article } from '../src/lib/schemas.ts';

export type Pair = readonly [string, string];

const sentencesOf = (a: Article) => a.paragraphs.flatMap((p) => p.sentences);

/** Sentence index at each character of the sentences joined by single spaces. */
function offsets(a: Article): { text: string; owner: Int32Array; ids: string[] } {
  const s = sentencesOf(a);
  const text = s.map((x) => x.text).join(' ');
  const owner = new Int32Array(text.length);
  let at = 0;
  s.forEach((x, i) => {
    owner.fill(i, at, at + x.text.length + 1);
    at += x.text.length + 1;
  });
  return { text, owner, ids: s.map((x) => x.id) };
}

/**
 * Whole-document word diff: jsdiff over the two full texts; two sentences are
 * paired when an unchanged run of at least `minWords` words joins them.
 */
export function wholeDocumentDiffPairs(left: Article, right: Article, minWords = 3): Pair[] {
  const l = offsets(left);
  const r = offsets(right);
  const pairs = new Map<string, Pair>();
  let i = 0;
  let j = 0;
  for (const change of diffWords(l.text, r.text)) {
    const n = change.value.length;
    if (change.added) {
      j += n;
      continue;
    }
    if (change.removed) {
      i += n;
      continue;
    }
    // jsdiff may give the unchanged run with either side's white space; walk it word by word.
    const words = [...change.value.matchAll(/\S+/g)];
    const runs = new Map<string, number>();
    for (const w of words) {
      const li = l.text.indexOf(w[0], i);
      const rj = r.text.indexOf(w[0], j);
      if (li === -1 || rj === -1) break;
      const key = `${l.owner[li]}|${r.owner[rj]}`;
      runs.set(key, (runs.get(key) ?? 0) + 1);
      i = li + w[0].length;
      j = rj + w[0].length;
    }
    for (const [key, count] of runs) {
      if (count < minWords) continue;
      const [a, b] = key.split('|').map(Number) as [number, number];
      const pair: Pair = [l.ids[a]!, r.ids[b]!];
      pairs.set(pair.join('|'), pair);
    }
  }
  return [...pairs.values()];
}

const STOP = new Set('a an and are as at be by for from has have he her his in is it its of on or said that the their this to was were will with'.split(' '));

function tfidf(docs: string[][]): Map<string, number>[] {
  const df = new Map<string, number>();
  for (const d of docs) for (const w of new Set(d)) df.set(w, (df.get(w) ?? 0) + 1);
  return docs.map((d) => {
    const v = new Map<string, number>();
    for (const w of d) v.set(w, (v.get(w) ?? 0) + 1);
    let norm = 0;
    for (const [w, tf] of v) {
      const x = tf * Math.log(docs.length / (df.get(w) ?? 1));
      v.set(w, x);
      norm += x * x;
    }
    for (const [w, x] of v) v.set(w, x / (Math.sqrt(norm) || 1));
    return v;
  });
}

/** Plain TF-IDF cosine best match: each left sentence to its most similar right sentence above `threshold`. */
export function tfidfBestMatchPairs(left: Article, right: Article, threshold = 0.2): Pair[] {
  const words = (t: string) => t.toLowerCase().match(/[\p{L}\p{N}]+/gu)?.filter((w) => !STOP.has(w)) ?? [];
  const L = sentencesOf(left);
  const R = sentencesOf(right);
  const vectors = tfidf([...L, ...R].map((s) => words(s.text)));
  const pairs: Pair[] = [];
  L.forEach((s, i) => {
    let best = -1;
    let bestScore = threshold;
    R.forEach((_, j) => {
      let dot = 0;
      for (const [w, x] of vectors[i]!) dot += x * (vectors[L.length + j]!.get(w) ?? 0);
      if (dot > bestScore) [best, bestScore] = [j, dot];
    });
    if (best >= 0) pairs.push([s.id, R[best]!.id]);
  });
  return pairs;
}
