import { titleWordIndexes } from '../analysis/roles.ts';
import { stemOf, type Token } from '../analysis/tokens.ts';
import { REPORTING_LEMMAS } from '../lexicon/en/speech.ts';
import { ACRONYM_LINKS } from '../lexicon/en/function-words.ts';

/** Sparse weighted feature vector. */
export type Vector = Map<string, number>;

/** What a feature stands for: a name, a number or date, a common word, or a WordNet sense. */
export type FeatureKind = 'name' | 'number' | 'term' | 'synonym';

/** One feature of a sentence. Vectors key features by `featureId`, read back with `readFeature`. */
export interface Feature {
  kind: FeatureKind;
  /**
   * A whole word, name or number; a part of a hyphenated compound (which must
   * not count as a second shared word); a long word's first letters; or two
   * adjacent content words.
   */
  form: 'word' | 'part' | 'prefix' | 'phrase';
  /** The stem, canonical name key, number key or synset id (for a phrase, two stems joined by "_"). */
  key: string;
}

export interface FeatureContext {
  /** Canonical name key (spelling variants across the pair meet here). */
  canonical: (key: string) => string;
  /** Joined keys that occur as one word somewhere in the pair ("ceasefire"), so "cease fire" meets them. */
  compounds: ReadonlySet<string>;
  /** Paraphrase keys of a word (WordNet synsets); none when absent. */
  synonyms?: (token: Token) => readonly string[];
  /** Acronyms used in the pair ("us", "nsc"): a run of capitalised words with those initials meets them. */
  acronyms?: ReadonlySet<string>;
  /** Number values found in the sentence, as strings ("6", "48"). */
  numbers?: readonly string[];
}

// Names and numbers say more about which fact a sentence reports than common
// words do; synonyms are weaker evidence than the same word.
const KIND_WEIGHT: Record<FeatureKind, number> = { name: 1.6, number: 1.3, term: 1, synonym: 0.4 };
const PREFIX = 6;
// How a feature is written as a vector key: kind as a prefix, form as a suffix.
const KIND_PREFIX: Record<FeatureKind, string> = { name: 'e:', number: 'n:', term: 'w:', synonym: 's:' };
const PART = '^';
const PREFIX_MARK = '~';
const BIGRAM = 0.7;
const CONTENT_POS = new Set(['NOUN', 'VERB', 'ADJ', 'ADV', 'PROPN', 'NUM']);

/** The vector key of a feature. */
export function featureId({ kind, form, key }: Feature): string {
  return `${KIND_PREFIX[kind]}${key}${form === 'part' ? PART : form === 'prefix' ? PREFIX_MARK : ''}`;
}

/** The feature a vector key stands for. */
export function readFeature(id: string): Feature {
  const prefix = id.slice(0, 2);
  const kind: FeatureKind = prefix === 'e:' ? 'name' : prefix === 'n:' ? 'number' : prefix === 's:' ? 'synonym' : 'term';
  const body = id.slice(2);
  if (body.endsWith(PART)) return { kind, form: 'part', key: body.slice(0, -PART.length) };
  if (body.endsWith(PREFIX_MARK)) return { kind, form: 'prefix', key: body.slice(0, -PREFIX_MARK.length) };
  return { kind, form: body.includes('_') ? 'phrase' : 'word', key: body };
}

/** Whether a feature stands for one whole word, name or number (not a phrase, a prefix, a part of a compound or a sense). */
export function isWordFeature(id: string): boolean {
  const f = readFeature(id);
  return f.kind !== 'synonym' && f.form === 'word';
}

function add(vector: Vector, feature: Feature, weight: number): void {
  const id = featureId(feature);
  vector.set(id, (vector.get(id) ?? 0) + weight);
}

/** Raw (pre-IDF) feature counts of one tokenised sentence. */
export function extractFeatures(tokens: readonly Token[], context: FeatureContext): Vector {
  const vector: Vector = new Map();
  const titles = titleWordIndexes(tokens);
  for (const [i, t] of tokens.entries()) {
    const next = tokens[i + 1];
    if (next && !t.stop && !next.stop && context.compounds.has(t.key + next.key)) {
      add(vector, { kind: 'term', form: 'word', key: stemOf(t.key + next.key) }, 1);
    }
    if (t.stop || t.key.length < 2 || /^\d/.test(t.key) || titles.has(i)) continue;
    if (t.proper) {
      // A day or month is read once, as a date key, not also as a name.
      if (context.numbers?.includes(t.key)) continue;
      add(vector, { kind: 'name', form: 'word', key: context.canonical(t.key) }, 1);
      for (const part of t.parts) if (part.length > 2) add(vector, { kind: 'name', form: 'part', key: context.canonical(part) }, 0.5);
      continue;
    }
    if (t.key.length < 3 || !CONTENT_POS.has(t.pos) || REPORTING_LEMMAS.has(t.lemma)) continue;
    add(vector, { kind: 'term', form: 'word', key: t.stem }, 1);
    // Derivations stem apart (pessimistic/pessimism, skeptical/skepticism): a
    // long word's first letters catch them, as prefix stemming does in IR.
    if (t.key.length >= 7 && /^\p{L}+$/u.test(t.key)) add(vector, { kind: 'term', form: 'prefix', key: t.key.slice(0, PREFIX) }, 0.5);
    for (const part of t.parts) if (part.length > 2) add(vector, { kind: 'term', form: 'part', key: stemOf(part) }, 0.5);
    for (const key of context.synonyms?.(t) ?? []) add(vector, { kind: 'synonym', form: 'word', key }, 1);
  }
  // Adjacent content words (stop words skipped): a phrase both outlets use,
  // such as a reproduced quotation, says more than its words apart.
  const content = tokens.filter((t) => !t.stop && t.key.length > 2 && !/^\d/.test(t.key));
  for (let k = 0; k + 1 < content.length; k++) add(vector, { kind: 'term', form: 'phrase', key: `${content[k]!.stem}_${content[k + 1]!.stem}` }, BIGRAM);
  for (const n of context.numbers ?? []) add(vector, { kind: 'number', form: 'word', key: n }, 1);
  for (const acronym of expandedAcronyms(tokens, context.acronyms)) add(vector, { kind: 'name', form: 'word', key: context.canonical(acronym) }, 1);
  return vector;
}

/** Acronyms spelled out in the sentence: "United States" gives "us" when the pair uses "U.S." or "US". */
export function expandedAcronyms(tokens: readonly Token[], acronyms: ReadonlySet<string> | undefined): string[] {
  if (!acronyms?.size) return [];
  const found: string[] = [];
  let run: Token[] = [];
  const flush = () => {
    for (let from = 0; from < run.length; from++) {
      for (let to = from + 2; to <= Math.min(run.length, from + 5); to++) {
        const initials = run.slice(from, to).map((t) => t.key[0]).join('');
        if (acronyms.has(initials)) found.push(initials);
      }
    }
    run = [];
  };
  for (const t of tokens) {
    if (t.proper && !/^\p{Lu}{2,}|\./u.test(t.text)) run.push(t);
    else if (!(run.length && ACRONYM_LINKS.has(t.key))) flush();
  }
  flush();
  return found;
}

/** Turns raw counts into unit-length TF-IDF vectors, with IDF over all sentences given. */
export function weightVectors(raw: readonly Vector[]): { vectors: Vector[]; idf: Map<string, number> } {
  const df = new Map<string, number>();
  for (const v of raw) for (const f of v.keys()) df.set(f, (df.get(f) ?? 0) + 1);
  const n = raw.length;
  const idf = new Map<string, number>();
  for (const [f, d] of df) idf.set(f, Math.log(1 + n / d));
  const vectors = raw.map((v) => {
    const out: Vector = new Map();
    let norm = 0;
    for (const [f, count] of v) {
      const w = (1 + Math.log(count)) * (idf.get(f) ?? 0) * KIND_WEIGHT[readFeature(f).kind];
      out.set(f, w);
      norm += w * w;
    }
    norm = Math.sqrt(norm) || 1;
    for (const [f, w] of out) out.set(f, w / norm);
    return out;
  });
  return { vectors, idf };
}

/** Cosine of two unit vectors (or of any two vectors, normalised here). */
export function cosine(a: Vector, b: Vector): number {
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (const w of a.values()) na += w * w;
  for (const w of b.values()) nb += w * w;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  for (const [f, w] of small) dot += w * (large.get(f) ?? 0);
  return na && nb ? dot / Math.sqrt(na * nb) : 0;
}

/** Sum of vectors (a group of sentences read as one). */
export function sumVectors(vectors: readonly Vector[]): Vector {
  const out: Vector = new Map();
  for (const v of vectors) for (const [f, w] of v) out.set(f, (out.get(f) ?? 0) + w);
  return out;
}
