/** A hand labelling of which sentences of two articles report the same facts. */
export interface GoldAlignment {
  claims: { fact: string; left: string[]; right: string[] }[];
  /** Pairs on related facts: allowed, not required. */
  acceptable?: [string, string][];
  /** Pairs that look alike but report different facts: the worst wrong pairs. */
  traps?: { left: string; right: string; why?: string }[];
  /** Never used to choose or tune a change; its figures only report. */
  heldOut?: boolean;
}

export interface AlignmentScore {
  /** Share of predicted pairs that are gold or acceptable. */
  precision: number;
  /** Share of gold facts found by at least one predicted pair. */
  recall: number;
  /** Share of all gold pairs predicted. */
  pairRecall: number;
  predicted: number;
  wrong: [string, string][];
  missed: string[];
  /** Labelled traps the prediction pairs. */
  traps: [string, string][];
  /** Sentences no fact or acceptable pair holds (one-sided) that the prediction pairs anyway. */
  oneSidedPaired: number;
}

const pairKey = (l: string, r: string) => `${l}|${r}`;

/** Scores predicted sentence pairs (left id, right id) against a gold labelling. */
export function scoreAlignment(predicted: readonly (readonly [string, string])[], gold: GoldAlignment): AlignmentScore {
  const goldPairs = new Set(gold.claims.flatMap((c) => c.left.flatMap((l) => c.right.map((r) => pairKey(l, r)))));
  const allowed = new Set([...goldPairs, ...(gold.acceptable ?? []).map(([l, r]) => pairKey(l, r))]);
  const got = new Set(predicted.map(([l, r]) => pairKey(l, r)));
  const wrong = predicted.filter(([l, r]) => !allowed.has(pairKey(l, r))).map(([l, r]) => [l, r] as [string, string]);
  const missed = gold.claims.filter((c) => !c.left.some((l) => c.right.some((r) => got.has(pairKey(l, r))))).map((c) => c.fact);
  const found = [...goldPairs].filter((p) => got.has(p)).length;
  const trapKeys = new Set((gold.traps ?? []).map((t) => pairKey(t.left, t.right)));
  const traps = predicted.filter(([l, r]) => trapKeys.has(pairKey(l, r))).map(([l, r]) => [l, r] as [string, string]);
  const held = new Set([...gold.claims.flatMap((c) => [...c.left, ...c.right]), ...(gold.acceptable ?? []).flat()]);
  const oneSided = new Set(predicted.flatMap(([l, r]) => [l, r]).filter((id) => !held.has(id)));
  return {
    precision: got.size === 0 ? 1 : (got.size - wrong.length) / got.size,
    recall: gold.claims.length === 0 ? 1 : (gold.claims.length - missed.length) / gold.claims.length,
    pairRecall: goldPairs.size === 0 ? 1 : found / goldPairs.size,
    predicted: got.size,
    wrong,
    missed,
    traps,
    oneSidedPaired: oneSided.size,
  };
}
