import stemWord from 'wink-porter2-stemmer';
import type { AlignedClaim } from '../align/align-claims.ts';
import type { EntityMap } from '../align/entities.ts';
import { keyOf } from '../align/tokens.ts';
import type { Difference, DifferenceKind, DiffSegment } from '../schemas.ts';
import { findQuotations, quoteOverlap, quoteWords } from './quotes.ts';
import { findRoles, rolesDiffer } from './titles.ts';
import { isDiffReadable } from './word-diff.ts';

export interface DifferenceContext {
  entities: EntityMap;
  /** Number and date differences between two texts (exact substrings, with a note). */
  quantities?: (left: string, right: string) => { kind: 'number' | 'date'; left: string; right: string; note: string }[];
  /** Who a sentence's statement is credited to, by sentence id, per side. */
  speakers?: { left: ReadonlyMap<string, Speaker>; right: ReadonlyMap<string, Speaker> };
  /** Whether two lemmas are synonyms (a paraphrase, not a change of meaning). */
  synonyms?: (a: string, b: string) => boolean;
}

/** A source as shown in an attribution difference. */
export interface Speaker {
  /** "Ana Lima (city council spokeswoman)" */
  label: string;
  anonymous: boolean;
}

const ORDER: DifferenceKind[] = ['name', 'number', 'date', 'quote', 'attribution', 'title', 'wording'];
const MIN_QUOTE_OVERLAP = 0.35;
const MAX_WORDING = 4;
const MAX_PHRASE = 4;
const STOP = new Set(['the', 'a', 'an', 'of', 'to', 'in', 'on', 'and', 'or', 'for', 'with', 'by', 'at', 'as', 'that', 'this', 'is', 'was', 'are', 'were', 'be', 'been', 'has', 'have', 'had', 'it', 'its', 'their', 'his', 'her', 'will', 'would']);

const textOf = (side: AlignedClaim['left']) => side.map((s) => s.text).join(' ');
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const hasWord = (text: string, word: string) => new RegExp(`(?<![\\p{L}\\p{N}-])${escape(word)}(?![\\p{L}\\p{N}])`, 'u').test(text);
const contentWords = (text: string) => quoteWords(text).filter((w) => w.length > 2 && !STOP.has(w) && !/^\d/.test(w));

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
  const rightQuotes = findQuotations(right);
  // Each left quotation goes to the right one it overlaps most; when one
  // outlet splits a quotation the other gives whole, the parts are joined.
  const matched = new Map<number, string[]>();
  for (const q of findQuotations(left)) {
    const best = rightQuotes
      .map((r, i) => ({ i, overlap: quoteOverlap(q.text, r.text) }))
      .sort((a, b) => b.overlap - a.overlap || a.i - b.i)[0];
    if (!best || best.overlap < MIN_QUOTE_OVERLAP) continue;
    matched.set(best.i, [...(matched.get(best.i) ?? []), q.text]);
  }
  const out: Difference[] = [];
  for (const [i, parts] of [...matched].sort((a, b) => a[0] - b[0])) {
    const l = parts.join(' … ');
    const r = rightQuotes[i]!.text;
    if (quoteWords(l).join(' ') === quoteWords(r).join(' ')) continue;
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
    const roles = new Map<string, { name: string; role: string }>();
    for (const s of side) for (const m of findRoles(s.text, s.tokens)) if (!roles.has(entities.canonical(m.surname))) roles.set(entities.canonical(m.surname), m);
    return roles;
  };
  const right = rolesOf(claim.right);
  const out: Difference[] = [];
  for (const [key, l] of rolesOf(claim.left)) {
    const r = right.get(key);
    if (!r || !rolesDiffer(l.role, r.role)) continue;
    out.push({ kind: 'title', left: l.role, right: r.role, note: `${l.name} is described as “${l.role}” and as “${r.role}”` });
  }
  return out;
}

/** Phrases the diff replaced whose content words differ beyond spelling, inflection and synonymy. */
function wordingDifferences(diff: readonly DiffSegment[], covered: readonly string[], synonyms: DifferenceContext['synonyms']): Difference[] {
  const out: Difference[] = [];
  for (const [i, seg] of diff.entries()) {
    const next = diff[i + 1];
    if (!seg.removed || !next?.added) continue;
    const [a, b] = [seg.value.trim(), next.value.trim()];
    const wa = contentWords(a);
    const wb = contentWords(b);
    // A replacement reads as one: a few words for a few words. Longer runs are
    // different sentences side by side, which the diff already shows.
    const na = quoteWords(a).length;
    const nb = quoteWords(b).length;
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
  if (isDiffReadable(diff)) found.push(...wordingDifferences(diff, covered, context.synonyms));
  return found.sort((a, b) => ORDER.indexOf(a.kind) - ORDER.indexOf(b.kind));
}
