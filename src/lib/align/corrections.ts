import { editDistance } from './entities.ts';

/** An editor's corrections to a story's alignment, as `story.json` gives them: pairs of sentence ids. */
export interface Corrections {
  /** Sentences to put in one shared claim: a sentence of each article. */
  pair: [string, string][];
  /** Sentences the engine put in one claim, to separate. */
  unpair: [string, string][];
}

/** A bad correction, worded so an editor can fix it: the file, the field and what is wrong. */
export class CorrectionError extends Error {
  override name = 'CorrectionError';
  /** The file that holds the corrections, as people can open it (e.g. `content/stories/x/story.json`). */
  readonly file: string;
  /** The field at fault, e.g. `corrections.pair[0]`. */
  readonly field: string;
  readonly problem: string;

  constructor(file: string, field: string, problem: string) {
    super(`${file}: ${field}: ${problem}`);
    this.file = file;
    this.field = field;
    this.problem = problem;
  }
}

/** What an editor did to a claim: paired sentences into it, or only separated sentences from it. */
export type Edit = 'paired' | 'separated';

/** The engine's claims as groups of sentence indexes; `editor` says what a correction did to the group. */
export interface CorrectableGroup {
  left: number[];
  right: number[];
  editor?: Edit;
}

/** What the corrections did: the groups after them, and the sentences a correction left in no claim (separated by the editor). */
export interface CorrectedGroups {
  groups: CorrectableGroup[];
  separated: { left: Set<number>; right: Set<number> };
}

/** The ids nearest an unknown one (edit distance), for the error message. */
function nearest(id: string, ids: readonly string[], count = 3): string[] {
  return [...ids].sort((a, b) => editDistance(id, a) - editDistance(id, b) || a.localeCompare(b)).slice(0, count);
}

/**
 * Applies an editor's corrections to the engine's groups, after the engine:
 * each `unpair` takes one sentence out of the claim that holds both (the one
 * on the side with more sentences; a claim of one sentence a side is
 * dissolved), then each `pair` puts its sentences in one claim: the right
 * sentence joins the left one's claim, or the left joins the right's, or
 * the two open a claim; a sentence that leaves a claim leaves it one-sided
 * if nothing is left on its side. Every group a correction touches is marked.
 *
 * Throws a CorrectionError for an id that is in neither article (listing the
 * nearest ids), two ids of one article, a pair also unpaired, a pair the
 * engine already made (redundant), and an unpair of sentences the engine
 * does not put in one claim (no longer applies: the text or the engine
 * changed since it was written).
 */
export function applyCorrections(
  engine: readonly { left: readonly number[]; right: readonly number[] }[],
  corrections: Corrections,
  ids: { left: readonly string[]; right: readonly string[] },
  file: string,
): CorrectedGroups {
  const index = { left: new Map(ids.left.map((id, i) => [id, i])), right: new Map(ids.right.map((id, i) => [id, i])) };
  const all = [...ids.left, ...ids.right];
  const resolve = (entry: readonly [string, string], field: string): [number, number] => {
    const sides = entry.map((id, k) => {
      if (index.left.has(id)) return 'left' as const;
      if (index.right.has(id)) return 'right' as const;
      throw new CorrectionError(file, `${field}[${k}]`, `"${id}" is not a sentence of either article (the text may have changed); nearest: ${nearest(id, all).join(', ')}`);
    });
    if (sides[0] === sides[1]) throw new CorrectionError(file, field, `"${entry[0]}" and "${entry[1]}" are both sentences of one article; a correction joins or separates a sentence of each article`);
    const [l, r] = sides[0] === 'left' ? [entry[0], entry[1]] : [entry[1], entry[0]];
    return [index.left.get(l)!, index.right.get(r)!];
  };
  const pairs = corrections.pair.map((e, i) => ({ at: resolve(e, `corrections.pair[${i}]`), field: `corrections.pair[${i}]`, entry: e }));
  const unpairs = corrections.unpair.map((e, i) => ({ at: resolve(e, `corrections.unpair[${i}]`), field: `corrections.unpair[${i}]`, entry: e }));
  // Each entry once: the same two sentences in either order, or in both lists, is a mistake in the file.
  const entries = [...pairs, ...unpairs];
  for (const [k, e] of entries.entries()) {
    const earlier = entries.slice(0, k).find((x) => x.at[0] === e.at[0] && x.at[1] === e.at[1]);
    if (earlier) throw new CorrectionError(file, e.field, `"${e.entry[0]}" and "${e.entry[1]}" are already in ${earlier.field}; keep one of the two`);
  }
  // Redundant and stale corrections are judged against the engine's own claims, not half-corrected ones.
  const inEngine = (l: number, r: number) => engine.some((g) => g.left.includes(l) && g.right.includes(r));
  for (const u of unpairs) {
    if (!inEngine(...u.at)) throw new CorrectionError(file, u.field, `no longer applies: the engine does not put "${u.entry[0]}" and "${u.entry[1]}" in one claim (the text or the engine changed since it was written); remove it`);
  }
  for (const p of pairs) {
    if (inEngine(...p.at)) throw new CorrectionError(file, p.field, `redundant: the engine already puts "${p.entry[0]}" and "${p.entry[1]}" in one claim; remove it`);
  }

  const groups: CorrectableGroup[] = engine.map((g) => ({ left: [...g.left], right: [...g.right] }));
  const holding = (l: number, r: number) => groups.find((g) => g.left.includes(l) && g.right.includes(r));
  for (const u of unpairs) {
    const [l, r] = u.at;
    const g = holding(l, r);
    // An earlier unpair of the same claim may have taken one of the two out already.
    if (!g) continue;
    g.editor ??= 'separated';
    if (g.left.length > 1 && g.left.length >= g.right.length) g.left = g.left.filter((i) => i !== l);
    else if (g.right.length > 1) g.right = g.right.filter((j) => j !== r);
    else {
      g.left = [];
      g.right = [];
    }
  }
  for (const p of pairs) {
    const [l, r] = p.at;
    if (holding(l, r)) continue;
    const ofLeft = groups.find((g) => g.left.includes(l));
    const ofRight = groups.find((g) => g.right.includes(r));
    if (ofLeft && ofRight && ofRight.editor === 'paired') {
      // Two of the editor's pairs meet: they say these sentences are one claim.
      ofLeft.left = [...new Set([...ofLeft.left, ...ofRight.left])];
      ofLeft.right = [...new Set([...ofLeft.right, ...ofRight.right])];
      ofRight.left = [];
      ofRight.right = [];
      delete ofRight.editor;
      ofLeft.editor = 'paired';
    } else if (ofLeft) {
      if (ofRight) {
        ofRight.right = ofRight.right.filter((j) => j !== r);
        ofRight.editor ??= 'separated';
      }
      ofLeft.right.push(r);
      ofLeft.editor = 'paired';
    } else if (ofRight) {
      ofRight.left.push(l);
      ofRight.editor = 'paired';
    } else {
      groups.push({ left: [l], right: [r], editor: 'paired' });
    }
  }
  // An unpair that a later pair undid (the two back in one claim through a third sentence) contradicts it.
  for (const u of unpairs) {
    const g = holding(...u.at);
    if (g) throw new CorrectionError(file, u.field, `"${u.entry[0]}" and "${u.entry[1]}" end up in one claim again through the pairs; pair or separate them, not both`);
  }

  // A group left without one of its sides is gone: its sentences are one-sided, separated by the editor.
  const kept = groups.filter((g) => g.left.length > 0 && g.right.length > 0);
  const inClaims = { left: new Set(kept.flatMap((g) => g.left)), right: new Set(kept.flatMap((g) => g.right)) };
  const separated = { left: new Set<number>(), right: new Set<number>() };
  for (const g of groups) {
    if (!g.editor || (g.left.length > 0 && g.right.length > 0)) continue;
    for (const i of g.left) if (!inClaims.left.has(i)) separated.left.add(i);
    for (const j of g.right) if (!inClaims.right.has(j)) separated.right.add(j);
  }
  for (const u of unpairs) {
    if (!inClaims.left.has(u.at[0])) separated.left.add(u.at[0]);
    if (!inClaims.right.has(u.at[1])) separated.right.add(u.at[1]);
  }
  return { groups: kept, separated };
}
