/** Building the matches the matchers return. */
import type { Match, QuantityKind } from './types.ts';

/** A match ending before token `end`; fields not given are null. */
export function makeMatch(end: number, fields: Partial<Match> & { kind: QuantityKind }): Match {
  return { end, value: null, unit: null, qualifier: null, key: null, range: null, ...fields };
}

/** Consumes tokens up to `end` without reporting them. */
export function skipTo(end: number): Match {
  return { ...makeMatch(end, { kind: 'number' }), skip: true };
}
