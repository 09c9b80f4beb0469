/** Builders for word lists: a set from a space-separated list, a lookup table without a prototype. */

/** A set of the words of a space-separated list (line breaks allowed). */
export const wordSet = (list: string): Set<string> => new Set(list.split(/\s+/).filter(Boolean));

/** A lookup table without a prototype, so words such as "constructor" find nothing. */
export function table<T>(entries: Record<string, T>): Record<string, T> {
  return Object.assign(Object.create(null) as Record<string, T>, entries);
}
