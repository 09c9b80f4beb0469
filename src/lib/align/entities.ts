import { distance } from 'fastest-levenshtein';
import type { Token } from '../analysis/tokens.ts';
import type { NameVariant } from '../schemas.ts';
import { CALENDAR_NAMES } from '../lexicon/en/calendar.ts';
import { NAME_ENDINGS } from '../lexicon/en/people.ts';

/** Name tokens of one side. */
export interface NameForms {
  /** Matching key → surface forms in reading order. */
  forms: Map<string, string[]>;
  /** Matching key → keys of the name words written just before it ("piotr" before "kowal"). */
  before: Map<string, Set<string>>;
}

export interface EntityMap {
  /** Canonical key for a name key (itself when it has no variant). */
  canonical: (key: string) => string;
  /** Names spelled differently by the two sides. */
  variants: NameVariant[];
  /** For a canonical key with variants: its left and right spellings. */
  spellings: Map<string, { left: string[]; right: string[] }>;
}


/** Collects the name tokens (capitalised proper nouns, acronyms) of a list of sentences. */
export function collectNames(sentences: Token[][]): NameForms {
  const forms = new Map<string, string[]>();
  const before = new Map<string, Set<string>>();
  for (const tokens of sentences) {
    for (const [i, t] of tokens.entries()) {
      if (!t.proper || t.stop || t.key.length < 2 || CALENDAR_NAMES.has(t.key)) continue;
      const list = forms.get(t.key) ?? [];
      if (!list.includes(t.text)) list.push(t.text);
      forms.set(t.key, list);
      const prev = tokens[i - 1];
      if (prev?.proper && !prev.stop) before.set(t.key, (before.get(t.key) ?? new Set()).add(prev.key));
    }
  }
  return { forms, before };
}

/** Edit distance counting an adjacent transposition as one edit (optimal string alignment). */
export function editDistance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, d[i - 2]![j - 2]! + 1);
      d[i]![j] = v;
    }
  }
  return d[a.length]![b.length]!;
}

/**
 * True when two name keys are plausibly one name spelled two ways: one edit
 * apart, a letter added or dropped (Jensen/Jenssen) or two letters swapped
 * (Okonkwo/Okonkow); a replaced letter only in names of seven letters or
 * more, or after the same given name (`sameGivenName`: Piotr Kowal /
 * Piotr Koval). Two edits make other names too often (Slovenia/Slovakia,
 * Austria/Australia), and so does one replaced letter in a short name on its
 * own (Dana/Dina).
 */
export function isSpellingVariant(a: string, b: string, sameGivenName = false): boolean {
  if (a === b || a[0] !== b[0]) return false;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (short.length < 4 || /\d/.test(a + b)) return false;
  if (long.startsWith(short) && NAME_ENDINGS.includes(long.slice(short.length))) return false;
  if (editDistance(a, b) !== 1) return false;
  return a.length !== b.length || short.length >= 7 || sameGivenName || distance(a, b) === 2;
}

/**
 * Links names that only one side uses to a close spelling that only the
 * other side uses (McNally/McNeally, al-Amin/al-Amine), so both match as one
 * entity. Names both sides use are never relinked: each is its own entity.
 */
export function canonicalizeEntities(left: NameForms, right: NameForms): EntityMap {
  const onlyLeft = [...left.forms.keys()].filter((k) => !right.forms.has(k)).sort();
  const onlyRight = new Set([...right.forms.keys()].filter((k) => !left.forms.has(k)));
  const sameGivenName = (l: string, r: string): boolean => {
    const theirs = right.before.get(r);
    if (theirs) for (const k of left.before.get(l) ?? []) if (theirs.has(k)) return true;
    return false;
  };
  const alias = new Map<string, string>();
  const variants: NameVariant[] = [];
  const spellings = new Map<string, { left: string[]; right: string[] }>();
  for (const l of onlyLeft) {
    let best: string | null = null;
    let bestDistance = Infinity;
    for (const r of [...onlyRight].sort()) {
      if (!isSpellingVariant(l, r, sameGivenName(l, r))) continue;
      const d = distance(l, r);
      if (d < bestDistance) [best, bestDistance] = [r, d];
    }
    if (best === null) continue;
    onlyRight.delete(best);
    alias.set(best, l);
    const forms = { left: left.forms.get(l) ?? [], right: right.forms.get(best) ?? [] };
    spellings.set(l, forms);
    variants.push({ entity: forms.left[0] ?? l, ...forms });
  }
  return { canonical: (key) => alias.get(key) ?? key, variants, spellings };
}
