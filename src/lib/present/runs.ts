/** A claim as the grouping sees it: only whether, and where, it is one-sided. */
export type RunKey = 'left-only' | 'right-only' | 'shared';

/** A row of the claim list: one claim shown, or a run of one outlet's claims collapsed behind a summary. */
export type ListItem = { kind: 'claim'; index: number } | { kind: 'run'; status: 'left-only' | 'right-only'; indexes: number[] };

/** A run this long or longer is collapsed after its first rows (so at least three are collapsed). */
export const RUN_MIN = 5;
/** How many claims of a collapsed run stay in view before its summary. */
export const RUN_KEEP = 2;

/**
 * Groups a claim list for display: wherever one outlet alone reports
 * `RUN_MIN` or more claims in a row, the first `RUN_KEEP` stay rows and the
 * rest become one collapsed run ("4 more only in CNN"). Shared claims are
 * never collapsed. `keys` is in display order; indexes point into it. The
 * page uses this at build time and again in the browser when the reader
 * changes the order.
 */
export function groupRuns(keys: readonly RunKey[]): ListItem[] {
  const out: ListItem[] = [];
  let i = 0;
  while (i < keys.length) {
    const key = keys[i]!;
    let j = i;
    while (j < keys.length && keys[j] === key) j++;
    if (key !== 'shared' && j - i >= RUN_MIN) {
      for (let k = i; k < i + RUN_KEEP; k++) out.push({ kind: 'claim', index: k });
      out.push({ kind: 'run', status: key, indexes: Array.from({ length: j - i - RUN_KEEP }, (_, k) => i + RUN_KEEP + k) });
    } else {
      for (let k = i; k < j; k++) out.push({ kind: 'claim', index: k });
    }
    i = j;
  }
  return out;
}

/** The summary of a collapsed run: "4 more only in CNN". */
export function runLabel(count: number, outlet: string): string {
  return `Show ${count} more only in ${outlet}`;
}
