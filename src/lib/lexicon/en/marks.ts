// Quotation marks, apostrophes and the marks that open or close a clause.

/** Marks that open a quotation; a straight quote opens or closes one. */
export const OPENING_QUOTES = new Set(['“', '"', '„', '«']);
/** Marks that close a quotation. */
export const CLOSING_QUOTES = new Set(['”', '"', '»']);
/** A possessive ending as wink-nlp splits it off: "'s" or "’s". */
export const APOSTROPHES = /^['’]s$/i;
/** Quotes, brackets and dashes that may open a clause before its first word. */
export const OPENERS = new Set(['"', '\u201c', "'", '\u2018', '(', '[', '\u2014', '\u2013']);
/** Marks that end a sentence or clause. */
export const STOPS = new Set(['.', '!', '?', ':', ';']);
/** Typographic quotes and apostrophes, and their ASCII forms. */
export const ASCII_QUOTES: Readonly<Record<string, string>> = {
  '\u2018': "'", '\u2019': "'", '\u201a': "'", '\u201b': "'", '\u2032': "'",
  '\u201c': '"', '\u201d': '"', '\u201e': '"', '\u201f': '"', '\u2033': '"', '\u00ab': '"', '\u00bb': '"',
};
