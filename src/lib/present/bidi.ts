// Text from outside (outlet names, headlines, titles, article text) may
// carry right-to-left script or bidirectional control characters. Set inline
// among the site's own words, an unclosed RIGHT-TO-LEFT OVERRIDE (U+202E) in
// an outlet name reversed the rest of the line: "Read it here, sentence by
// sentence" came out backwards. Isolating it keeps its effect inside it.

/** Right-to-left letters (Hebrew to N'Ko, presentation forms) and the bidirectional controls. */
const BIDI = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069]|[\ud802\ud803\ud83a\ud83b][\udc00-\udfff]/;

/** Whether a text could change the direction of what surrounds it. */
export function needsIsolation(text: string): boolean {
  return BIDI.test(text);
}

/**
 * A text for plain-text places (titles, meta tags, labels, badges) wrapped
 * in FIRST STRONG ISOLATE … POP DIRECTIONAL ISOLATE when it could reorder
 * its surroundings; as it is otherwise, so ordinary text is unchanged. In
 * markup, `<bdi>` does the same.
 */
export function isolate(text: string): string {
  return needsIsolation(text) ? `\u2068${text}\u2069` : text;
}
