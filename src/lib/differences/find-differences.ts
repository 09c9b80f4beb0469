import stemWord from 'wink-porter2-stemmer';
import type { AlignedClaim } from '../align/align-claims.ts';
import { foldedWords } from '../analysis/segments.ts';
import type { EntityMap } from '../align/entities.ts';
import { keyOf } from '../analysis/tokens.ts';
import type { Difference, DifferenceKind, DiffSegment } from '../schemas.ts';
import { isFigureWord, type QuantityDifference } from './quantities/index.ts';
import { findQuotations, quoteOverlap, type Quotation } from '../analysis/quotes.ts';
import { findRoles, rolesDiffer, type RoleMention } from '../analysis/roles.ts';
import { isDiffReadable } from './word-diff.ts';
import { FUNCTION_WORDS } from '../lexicon/en/function-words.ts';

export interface DifferenceContext {
  entities: EntityMap;
  /** Number and date differences between two texts (exact substrings, with a note). */
  quantities?: (left: string, right: string) => QuantityDifference[];
  /** Who a sentence's statement is credited to, by sentence id, per side. */
  speakers?: { left: ReadonlyMap<string, Speaker>; right: ReadonlyMap<string, Speaker> };
  /** Whether two words are synonyms (a paraphrase, not a change of meaning); asked of the words and of their lemmas. */
  synonyms?: (a: string, b: string) => boolean;
}

/** A source as shown in an attribution difference. */
export interface Speaker {
  /** "Ana Lima (city council spokeswoman)" */
  label: string;
  anonymous: boolean;
}

/**
 * A factual difference: a number, date, quotation, source or title (what the
 * summary counts as "differs"). Wording is not, and neither is a name spelt
 * two ways (el-Sisi / el-Sissi): the same person, listed apart as a spelling.
 */
export function isFactual(d: Difference): boolean {
  return d.kind !== 'wording' && d.kind !== 'name';
}

const ORDER: DifferenceKind[] = ['name', 'number', 'date', 'quote', 'attribution', 'title', 'wording'];
const MIN_QUOTE_OVERLAP = 0.35;
const MAX_WORDING = 4;
const MAX_PHRASE = 4;

const textOf = (side: AlignedClaim['left']) => side.map((s) => s.text).join(' ');
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const hasWord = (text: string, word: string) => text.includes(word) && new RegExp(`(?<![\\p{L}\\p{N}-])${escape(word)}(?![\\p{L}\\p{N}])`, 'u').test(text);
// Figures are compared as quantities, not as words: "14" and "Fourteen", "18 percent" and "18%".
const contentWords = (text: string) => foldedWords(text).filter((w) => w.length > 2 && !FUNCTION_WORDS.has(w) && !isFigureWord(w));

function nameDifferences(left: string, right: string, entities: EntityMap): Difference[] {
  const out: Difference[] = [];
  for (const { left: ls, right: rs } of entities.spellings.values()) {
    const l = ls.find((w) => hasWord(left, w));
    const r = rs.find((w) => hasWord(right, w));
    if (l && r) out.push({ kind: 'name', left: l, right: r, note: `the same name is spelled “${l}” and “${r}”` });
  }
  return out;
}

function quoteDifferences(left: string, right: string): Difference[] {
  const lq = findQuotations(left);
  const rq = findQuotations(right);
  // Link each quotation to its best match on the other side, both ways, and
  // take linked groups whole: when one outlet splits a quotation the other
  // gives in one piece, the parts are one quotation.
  const parent = new Map<string, string>();
  const find = (x: string): string => (parent.get(x) === undefined || parent.get(x) === x ? x : find(parent.get(x)!));
  const link = (a: string, b: string) => parent.set(find(a), find(b));
  const best = (q: string, others: { text: string }[]) =>
    others.map((o, i) => ({ i, overlap: quoteOverlap(q, o.text) })).sort((x, y) => y.overlap - x.overlap || x.i - y.i)[0];
  lq.forEach((q, i) => {
    const m = best(q.text, rq);
    if (m && m.overlap >= MIN_QUOTE_OVERLAP) link(`l${i}`, `r${m.i}`);
  });
  rq.forEach((q, j) => {
    const m = best(q.text, lq);
    if (m && m.overlap >= MIN_QUOTE_OVERLAP) link(`r${j}`, `l${m.i}`);
  });
  const groups = new Map<string, { l: number[]; r: number[] }>();
  for (const [side, list] of [['l', lq], ['r', rq]] as const) {
    list.forEach((_, i) => {
      const id = `${side}${i}`;
      if (!parent.has(id) && ![...parent.values()].includes(id)) return;
      const g = groups.get(find(id)) ?? { l: [], r: [] };
      g[side].push(i);
      groups.set(find(id), g);
    });
  }
  const out: Difference[] = [];
  for (const g of groups.values()) {
    if (g.l.length === 0 || g.r.length === 0) continue;
    // The span from the first quotation to the last: exact text of its side.
    const span = (text: string, qs: Quotation[], idx: number[]) => text.slice(qs[Math.min(...idx)]!.start, qs[Math.max(...idx)]!.end);
    const l = span(left, lq, g.l);
    const r = span(right, rq, g.r);
    const words = (qs: Quotation[], idx: number[]) => idx.sort((x, y) => x - y).flatMap((i) => foldedWords(qs[i]!.text)).join(' ');
    // The same words, or one outlet quoting a run of the other's quotation
    // word for word: nothing in the quotation was reworded.
    const [wl, wr] = [` ${words(lq, g.l)} `, ` ${words(rq, g.r)} `];
    if (wl.includes(wr) || wr.includes(wl)) continue;
    out.push({ kind: 'quote', left: l, right: r, note: 'the same quotation is worded differently' });
  }
  return out;
}

function attributionDifferences(claim: AlignedClaim, speakers: NonNullable<DifferenceContext['speakers']>, entities: EntityMap): Difference[] {
  const who = (side: AlignedClaim['left'], map: ReadonlyMap<string, Speaker>) =>
    [...new Map(side.flatMap((s) => map.get(s.id) ?? []).map((x) => [x.label, x])).values()];
  const l = who(claim.left, speakers.left);
  const r = who(claim.right, speakers.right);
  if (l.length === 0 || r.length === 0) return [];
  // Two unnamed sources described differently ("a person briefed on the
  // talks", "people familiar with the talks") are not a different attribution.
  if ([...l, ...r].every((x) => x.anonymous)) return [];
  // The same speaker may be written two ways (a misspelt surname, "Mr. X’s office"); compare name keys.
  const keys = (labels: { label: string }[]) => new Set(labels.flatMap((x) => contentWords(x.label).map((w) => entities.canonical(keyOf(w)))));
  const lk = keys(l);
  if ([...keys(r)].some((k) => lk.has(k))) return [];
  const show = (xs: { label: string }[]) => xs.map((x) => x.label).join('; ');
  return [{ kind: 'attribution', left: show(l), right: show(r), note: 'the same statement is credited to a different source' }];
}

function titleDifferences(claim: AlignedClaim, entities: EntityMap): Difference[] {
  const rolesOf = (side: AlignedClaim['left']) => {
    const roles = new Map<string, RoleMention>();
    for (const s of side) for (const m of findRoles(s.text, s.tokens)) if (!roles.has(entities.canonical(m.surname))) roles.set(entities.canonical(m.surname), m);
    return roles;
  };
  const right = rolesOf(claim.right);
  const out: Difference[] = [];
  for (const [key, l] of rolesOf(claim.left)) {
    const r = right.get(key);
    if (!r || !rolesDiffer(l.roleWords, r.roleWords)) continue;
    out.push({ kind: 'title', left: l.role, right: r.role, note: `${l.name} is described as “${l.role}” and as “${r.role}”` });
  }
  return out;
}

/**
 * Word → lemma, as the claim's own analysis read each word in its sentence
 * (WordNet lists lemmas only: "duties" is found as "duty"); a word the
 * analysis split otherwise keeps its own form.
 */
function lemmasOf(claim: AlignedClaim): (word: string) => string {
  const map = new Map<string, string>();
  for (const s of [...claim.left, ...claim.right]) for (const t of s.tokens) if (!map.has(foldedWords(t.text).join(' '))) map.set(foldedWords(t.text).join(' '), t.lemma);
  return (word) => map.get(word) ?? word;
}

/** Phrases the diff replaced whose content words differ beyond spelling, inflection and synonymy. */
function wordingDifferences(diff: readonly DiffSegment[], covered: readonly string[], synonyms: ((a: string, b: string) => boolean) | undefined): Difference[] {
  const out: Difference[] = [];
  for (const [i, seg] of diff.entries()) {
    const next = diff[i + 1];
    if (!seg.removed || !next?.added) continue;
    const [a, b] = [seg.value.trim(), next.value.trim()];
    const wa = contentWords(a);
    const wb = contentWords(b);
    // A replacement reads as one: a few words for a few words. Longer runs are
    // different sentences side by side, which the diff already shows.
    const na = foldedWords(a).length;
    const nb = foldedWords(b).length;
    if (wa.length === 0 || wb.length === 0 || na > MAX_PHRASE || nb > MAX_PHRASE || Math.max(na, nb) > 2.5 * Math.min(na, nb)) continue;
    if (covered.some((c) => a.includes(c) || b.includes(c) || c.includes(a) || c.includes(b))) continue;
    const sa = new Set(wa.map((w) => stemWord(w.replace(/[-']/g, ''))));
    const sb = new Set(wb.map((w) => stemWord(w.replace(/[-']/g, ''))));
    const same = [...sa].every((w) => sb.has(w)) && [...sb].every((w) => sa.has(w));
    const paraphrase = synonyms !== undefined && wa.every((x) => wb.some((y) => synonyms(x, y) || stemWord(x) === stemWord(y)));
    if (same || paraphrase) continue;
    out.push({ kind: 'wording', left: a, right: b, note: `“${a}” becomes “${b}”` });
  }
  return out.sort((x, y) => x.left.length + x.right.length - (y.left.length + y.right.length)).slice(0, MAX_WORDING);
}

/**
 * The typed differences inside a shared claim: names spelled differently,
 * numbers and days that disagree, quotations worded differently, statements
 * credited to someone else, and other replaced phrases. `left`/`right` are
 * always exact text from each side.
 */
export function findDifferences(claim: AlignedClaim, diff: readonly DiffSegment[], context: DifferenceContext): Difference[] {
  if (claim.status !== 'shared') return [];
  const left = textOf(claim.left);
  const right = textOf(claim.right);
  const found: Difference[] = [
    ...nameDifferences(left, right, context.entities),
    ...(context.quantities?.(left, right) ?? []),
    ...quoteDifferences(left, right),
    ...(context.speakers ? attributionDifferences(claim, context.speakers, context.entities) : []),
    ...titleDifferences(claim, context.entities),
  ];
  const covered = found.flatMap((d) => [d.left, d.right]);
  const { synonyms } = context;
  const lemma = lemmasOf(claim);
  const paraphrase = synonyms && ((a: string, b: string) => synonyms(a, b) || synonyms(lemma(a), lemma(b)));
  if (isDiffReadable(diff)) found.push(...wordingDifferences(diff, covered, paraphrase));
  return found.sort((a, b) => ORDER.indexOf(a.kind) - ORDER.indexOf(b.kind));
}
