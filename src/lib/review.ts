import type { Corrections } from './align/corrections.ts';
import { PAIR_LINE, pairLineText } from './present/describe.ts';
import type { Claim, Comparison } from './schemas.ts';

/** One decision of the engine near the line, with the correction that would reverse it. */
export interface Doubt {
  kind: 'apart' | 'paired';
  similarity: number;
  left: { id: string; text: string };
  right: { id: string; text: string };
  /** Names, numbers and words the two share. */
  shared: string[];
  /** For sentences left apart: why. */
  why?: string;
  /** The correction to paste into story.json's "corrections". */
  correction: { list: 'pair' | 'unpair'; ids: [string, string] };
}

/**
 * The engine's decisions nearest the line, most doubtful first: each
 * one-sided sentence with its best candidate (a near miss), and each pair
 * the engine made, ordered by how far their similarity is from the line a
 * pair needs. An editor's decisions are not the engine's and are left out.
 */
export function doubts(comparison: Comparison): Doubt[] {
  const out: Doubt[] = [];
  const seen = new Set<string>();
  for (const c of comparison.claims) {
    if (c.origin === 'editor') continue;
    if (c.status === 'shared') {
      const [l, r] = [c.left[0], c.right[0]];
      const shared = [...c.evidence.names, ...c.evidence.numbers, ...c.evidence.terms];
      out.push({ kind: 'paired', similarity: c.similarity, left: l, right: r, shared, correction: { list: 'unpair', ids: [l.id, r.id] } });
      continue;
    }
    if (!c.nearest) continue;
    const own = c.status === 'left-only' ? c.left[0] : c.right[0];
    const other = { id: c.nearest.id, text: c.nearest.text };
    const [left, right] = c.status === 'left-only' ? [own, other] : [other, own];
    // Two one-sided sentences that are each other's nearest miss are one doubt.
    const key = `${left.id}|${right.id}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ kind: 'apart', similarity: c.nearest.similarity, left, right, shared: c.nearest.shared, why: c.nearest.why, correction: { list: 'pair', ids: [left.id, right.id] } });
  }
  const distance = (d: Doubt) => Math.abs(d.similarity - PAIR_LINE.low);
  return out.sort((a, b) => distance(a) - distance(b) || a.left.id.localeCompare(b.left.id) || a.right.id.localeCompare(b.right.id));
}

/** What a correction in story.json does against the engine's comparison today. */
export interface CorrectionStatus {
  list: 'pair' | 'unpair';
  ids: [string, string];
  /** Whether the build applies it and it changes the comparison. */
  changes: boolean;
  note: string;
}

/** Checks each correction against the engine's own comparison (made without corrections). */
export function correctionStatuses(engine: Comparison, corrections: Corrections): CorrectionStatus[] {
  const sentences = new Set(engine.claims.flatMap((c) => [...c.left, ...c.right].map((s) => s.id)));
  const leftIds = new Set(engine.claims.flatMap((c) => c.left.map((s) => s.id)));
  const together = (a: string, b: string) => engine.claims.some((c: Claim) => c.status === 'shared' && [...c.left, ...c.right].some((s) => s.id === a) && [...c.left, ...c.right].some((s) => s.id === b));
  const check = (list: 'pair' | 'unpair', ids: [string, string]): CorrectionStatus => {
    const unknown = ids.filter((id) => !sentences.has(id));
    if (unknown.length > 0) return { list, ids, changes: false, note: `no sentence ${unknown.join(' or ')} any more: the text changed; the build stops on it` };
    if (leftIds.has(ids[0]) === leftIds.has(ids[1])) return { list, ids, changes: false, note: 'both are sentences of one article; the build stops on it' };
    const paired = together(ids[0], ids[1]);
    if (list === 'pair') return paired ? { list, ids, changes: false, note: 'redundant: the engine now pairs them itself; the build stops on it, remove it' } : { list, ids, changes: true, note: 'still changes the comparison: the engine leaves them apart' };
    return paired ? { list, ids, changes: true, note: 'still changes the comparison: the engine pairs them' } : { list, ids, changes: false, note: 'no longer applies: the engine leaves them apart; the build stops on it, remove it' };
  };
  return [...corrections.pair.map((ids) => check('pair', ids)), ...corrections.unpair.map((ids) => check('unpair', ids))];
}

const quote = (text: string, max = 70) => `“${text.length <= max ? text : `${text.slice(0, max - 1).replace(/\s+\S*$/, '')}…`}”`;
const percent = (x: number) => `${(x * 100).toFixed(1)}%`.padStart(6);

/**
 * The review as text: the doubts (at most `limit`), each ending with its
 * correction, then the story's corrections and their status, and, when the
 * corrections as a whole stop the build (entries that contradict each
 * other), the build's own message.
 */
export function formatReview(comparison: Comparison, list: readonly Doubt[], statuses: readonly CorrectionStatus[], limit: number, buildError: string | null = null): string {
  const { left, right } = comparison.articles;
  const lines = [
    `${comparison.title}: ${left.outlet.name} / ${right.outlet.name}`,
    `${comparison.summary.shared} claims both report, ${comparison.summary.leftOnly + comparison.summary.rightOnly} one-sided. A pair needs ${pairLineText()} similarity.`,
    '',
    list.length === 0 ? 'No decision near the line.' : `The ${Math.min(limit, list.length)} decisions nearest the line (of ${list.length}), most doubtful first:`,
  ];
  for (const [i, d] of list.slice(0, limit).entries()) {
    const what = d.kind === 'paired' ? 'paired   ' : 'left apart';
    const shares = d.shared.length > 0 ? `shares ${d.shared.join(', ')}` : 'shares no name, number or rare word';
    lines.push(
      `${String(i + 1).padStart(2)}. ${percent(d.similarity)} ${what} ${d.left.id} ${quote(d.left.text)}`,
      `${' '.repeat(22)}${d.right.id} ${quote(d.right.text)}`,
      `      ${shares}${d.why ? `; not paired: ${d.why}` : ''} → "${d.correction.list}": ${JSON.stringify(d.correction.ids).replace(',', ', ')}`,
    );
  }
  lines.push('');
  if (statuses.length === 0) lines.push('No corrections in story.json.');
  else {
    lines.push('Corrections in story.json:');
    for (const s of statuses) lines.push(`  ${s.list.padEnd(6)} ${JSON.stringify(s.ids).replace(',', ', ')}: ${s.note}`);
  }
  if (buildError) lines.push('', `The build stops on these corrections: ${buildError}`);
  return `${lines.join('\n')}\n`;
}
