// Deterministic synthetic articles and stories for benchmarks.
import { normalizeForMatching } from '../src/lib/text/normalize.ts';
import type { Article } from '../src/lib/schemas.ts';

/** Small deterministic PRNG (mulberry32). */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SYLLABLES = 'ba ko ri ta mel vo sun dar el fa gri lo pen shu tor ve zan ca dri mo'.split(' ');
const FUNCTION_WORDS = 'the of and to in that on for with as by at from'.split(' ');

/** `n` distinct pseudo-words of two to four syllables, in a fixed order. */
function lexicon(n: number, seed: number, capitalise = false): string[] {
  const rnd = random(seed);
  const words = new Set<string>();
  while (words.size < n) {
    const w = Array.from({ length: 2 + Math.floor(rnd() * 3) }, () => SYLLABLES[Math.floor(rnd() * SYLLABLES.length)]).join('');
    words.add(capitalise ? w[0]!.toUpperCase() + w.slice(1) : w);
  }
  return [...words];
}

// News vocabulary is Zipfian: a few words everywhere, most words rare. The
// lexicon and the name list are shared by every article, like a language.
const WORDS = lexicon(4000, 11);
const NAMES = lexicon(400, 12, true);
const ZIPF = (() => {
  const weights = WORDS.map((_, r) => 1 / (r + 1));
  const total = weights.reduce((a, b) => a + b, 0);
  let sum = 0;
  return weights.map((w) => (sum += w / total));
})();

function zipfWord(rnd: () => number): string {
  const x = rnd();
  let lo = 0;
  let hi = ZIPF.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (ZIPF[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return WORDS[lo]!;
}

/** One random news-like sentence: names, Zipfian words, function words, a number and a weekday. */
export function sentence(rnd: () => number): string {
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)]!;
  const words = Array.from({ length: 8 + Math.floor(rnd() * 14) }, () => (rnd() < 0.35 ? pick(FUNCTION_WORDS) : zipfWord(rnd)));
  const name = `${pick(NAMES)} ${pick(NAMES)}`;
  return `${name} said on ${pick(['Monday', 'Tuesday', 'Thursday'])} that ${Math.floor(rnd() * 90) + 2} ${words.join(' ')}.`;
}

/** Perturbs a sentence as another outlet might: a reworded word, a misspelt name, a changed number. */
export function perturb(text: string, rnd: () => number): string {
  let out = text;
  if (rnd() < 0.3) out = out.replace(/\b(\d+)\b/, (n) => String(Number(n) + 1));
  if (rnd() < 0.2) out = out.replace(/\b([A-Z][a-z]{4,})\b/, (n) => n.slice(0, -1) + n.slice(-1).repeat(2));
  if (rnd() < 0.5) out = out.replace(/ said /, ' told reporters ');
  if (rnd() < 0.3) out = out.replace(/ the /, ' a ');
  return out;
}

/** An article of `n` sentences, four a paragraph. */
export function makeArticle(texts: readonly string[], outlet: { name: string; id: string }, story = 'synthetic'): Article {
  const paragraphs = [];
  for (let p = 0; p * 4 < texts.length; p++) {
    const pid = `${outlet.id}-p${String(p + 1).padStart(2, '0')}`;
    paragraphs.push({
      id: pid,
      sentences: texts.slice(p * 4, p * 4 + 4).map((text, s) => ({ id: `${pid}-s${s + 1}`, text, normalized: normalizeForMatching(text) })),
    });
  }
  return { id: `${story}/${outlet.id}`, story, outlet, headline: null, url: null, published: null, contributors: [], note: null, file: `${outlet.id}.txt`, paragraphs };
}

/**
 * Two articles of `n` sentences on one synthetic event: the right one keeps
 * about 70% of the left's sentences, perturbed and reordered, and adds its own.
 */
export function makePair(n: number, seed = 1): [Article, Article] {
  const rnd = random(seed);
  const left = Array.from({ length: n }, () => sentence(rnd));
  const right = left.map((s) => (rnd() < 0.7 ? perturb(s, rnd) : sentence(rnd)));
  for (let i = right.length - 1; i > 0; i--) {
    if (rnd() < 0.2) {
      const j = Math.floor(rnd() * (i + 1));
      [right[i], right[j]] = [right[j]!, right[i]!];
    }
  }
  return [makeArticle(left, { name: 'Harbor Ledger', id: 'hl' }), makeArticle(right, { name: 'Valley Courier', id: 'vc' })];
}

/** `count` articles of `n` sentences on one synthetic event, each keeping about 70% of a shared base, perturbed and reordered (outlet ids o1, o2, …). */
export function makeOutlets(n: number, count: number, seed = 1): Article[] {
  const rnd = random(seed);
  const base = Array.from({ length: n }, () => sentence(rnd));
  return Array.from({ length: count }, (_, k) => {
    const texts = base.map((s) => (rnd() < 0.7 ? perturb(s, rnd) : sentence(rnd)));
    for (let i = texts.length - 1; i > 0; i--) {
      if (rnd() < 0.2) {
        const j = Math.floor(rnd() * (i + 1));
        [texts[i], texts[j]] = [texts[j]!, texts[i]!];
      }
    }
    return makeArticle(texts, { name: `Outlet ${k + 1}`, id: `o${k + 1}` });
  });
}
