/** wink-nlp tokens of a sentence, with offsets, possessives and quotations, and the small tests on one token. */
import type { Word } from '../../analysis/words.ts';
import type { Context, Token } from './types.ts';
import { CALENDAR_WORDS } from '../../lexicon/en/calendar.ts';
import { DETERMINERS, MODIFIER_NOUNS, PARTITIVES, POSSESSIVE_PRONOUNS, POSTMOD_ADJECTIVES } from '../../lexicon/en/function-words.ts';
import { APOSTROPHES, CLOSING_QUOTES, OPENING_QUOTES } from '../../lexicon/en/marks.ts';
import { HONORIFICS, ORGANIZATIONS, ROLES, TITLES } from '../../lexicon/en/people.ts';
import { SPEECH_VERBS, STATEMENT_NOUNS } from '../../lexicon/en/speech.ts';

/** The attribution tokens of a sentence, from its words: hyphenated words joined, possessives and quotations marked. */
export function tokensOf(sentence: string, words: readonly Word[]): Token[] {
  const raw: Token[] = words.map((w) => ({ text: w.text, lower: w.text.toLowerCase(), lemma: w.lemma, pos: w.pos, start: w.start, end: w.end, quoted: false, poss: false }));
  const tokens: Token[] = [];
  for (let i = 0; i < raw.length; i++) {
    const t = raw[i]!;
    const prev = tokens.at(-1);
    const next = raw[i + 1];
    // wink splits "al-Rashid" and "e-mail"; a hyphen with no space either side joins one word.
    if ((t.text === '-' || t.text === '‑') && prev && next && prev.end === t.start && next.start === t.end && /[\p{L}\p{N}]$/u.test(prev.text)) {
      const text = sentence.slice(prev.start, next.end);
      const pos = /^\p{Lu}/u.test(next.text) ? 'PROPN' : next.pos === 'VERB' ? 'ADJ' : next.pos;
      tokens[tokens.length - 1] = { ...prev, text, lower: text.toLowerCase(), lemma: text.toLowerCase(), pos, end: next.end };
      i++;
      continue;
    }
    tokens.push({ ...t });
  }
  for (const [i, t] of tokens.entries()) {
    const prev = tokens[i - 1];
    const next = tokens[i + 1];
    if (APOSTROPHES.test(t.text) && prev && prev.end === t.start) t.poss = true;
    // "Jones’ speech": a bare apostrophe after an s, followed by a word.
    if ((t.text === '’' || t.text === "'") && prev && prev.end === t.start && /s$/i.test(prev.text) && next && next.start > t.end && /^\p{L}/u.test(next.text)) {
      t.poss = true;
    }
  }
  markQuotations(tokens);
  return tokens;
}

/** Marks tokens inside closed quotations; a close with no opening quotes from the sentence start. */
function markQuotations(tokens: Token[]): void {
  const mark = (from: number, to: number) => {
    for (let k = from; k <= to; k++) tokens[k]!.quoted = true;
  };
  let curly = -1;
  let straight = -1;
  for (const [i, t] of tokens.entries()) {
    if (t.text === '"') {
      if (straight === -1) straight = i;
      else {
        mark(straight, i);
        straight = -1;
      }
    } else if (OPENING_QUOTES.has(t.text)) {
      curly = i;
    } else if (CLOSING_QUOTES.has(t.text)) {
      mark(curly === -1 ? 0 : curly, i);
      curly = -1;
    }
  }
}

/** The sentence text of tokens [from, to), or "" when the range is empty. */
export const span = (sentence: string, tokens: Token[], from: number, to: number): string =>
  from >= to ? '' : sentence.slice(tokens[from]!.start, tokens[to - 1]!.end);

// Tags a capital cannot override; mid-sentence, a capitalised "verb" is a name ("Ahmed Said").
const CLOSED_CLASSES = new Set(['ADP', 'DET', 'PRON', 'CCONJ', 'SCONJ', 'AUX', 'PART', 'PUNCT']);
/** A title written before a name, alone or in a hyphenated word ("president-elect"). */
export const isTitle = (t: Token): boolean => TITLES.has(t.lower) || (t.lower.includes('-') && t.lower.split('-').some((w) => TITLES.has(w)));
/** Starts with a capital, or a short lowercase prefix and a capital ("al-Rashid"). */
export const isCapitalised = (t: Token): boolean => /^\p{Lu}/u.test(t.text) || /^\p{Ll}{1,3}-\p{Lu}/u.test(t.text);
/** Neither a letter nor a digit in it, and not a possessive ending. */
export const isPunctuation = (t: Token): boolean => !t.poss && !/[\p{L}\p{N}]/u.test(t.text);
/** The singular of a role or organisation noun ("officials" → "official"); the lemma otherwise. */
export function singular(t: Token): string {
  const w = t.lower;
  if (w === 'people') return w;
  for (const form of [w, w.replace(/ies$/, 'y'), w.replace(/es$/, ''), w.replace(/s$/, '')]) {
    if (ROLES.has(form) || ORGANIZATIONS.has(form)) return form;
  }
  return t.lemma;
}
/** A role noun, singular or plural. */
export const isRole = (t: Token | undefined): boolean => !!t && (ROLES.has(t.lower) || ROLES.has(singular(t)));
/** An organisation noun, singular or plural. */
export const isOrganization = (t: Token | undefined): boolean => !!t && (ORGANIZATIONS.has(t.lower) || ORGANIZATIONS.has(singular(t)));
/** A determiner, possessive pronoun or count outside a quotation; a four-digit year is no count. */
export const isDeterminer = (t: Token | undefined): boolean =>
  !!t && !t.quoted && (DETERMINERS.has(t.lower) || POSSESSIVE_PRONOUNS.has(t.lower) || (t.pos === 'NUM' && !/\d{4}/.test(t.text)));
/** A past participle or adjective that opens a post-modifier after a role noun. */
export const isParticiple = (t: Token | undefined): boolean =>
  !!t && (POSTMOD_ADJECTIVES.has(t.lower) || (t.pos === 'VERB' && /(?:ed|en)$/.test(t.lower) && !SPEECH_VERBS.has(t.lower)));
/** Can the token take a post-modifier ("officials in X", "sources familiar with", "one of")? */
export const takesModifier = (t: Token | undefined): boolean =>
  !!t && (isRole(t) || isOrganization(t) || STATEMENT_NOUNS.has(t.lower) || PARTITIVES.has(t.lower) || POSTMOD_ADJECTIVES.has(t.lower) || MODIFIER_NOUNS.has(t.lower) || isParticiple(t));

/** A word that can be part of a person's name. */
export function isNameWord(tokens: Token[], i: number): boolean {
  const t = tokens[i]!;
  if (HONORIFICS.has(t.lower)) return /^\p{Lu}/u.test(t.text);
  if (!isCapitalised(t) || t.poss) return false;
  if (CLOSED_CLASSES.has(t.pos) && !/^\p{Lu}\.$/u.test(t.text)) return false;
  if (isTitle(t) || isRole(t) || isOrganization(t) || CALENDAR_WORDS.has(t.lower) || DETERMINERS.has(t.lower)) return false;
  // Acronyms ("U.S.", "CIA") are not people's names.
  if (/^(?:\p{Lu}\.){2,}$/u.test(t.text) || /^\p{Lu}{2,}$/u.test(t.text)) return false;
  // A capital at the start of a sentence or quotation says nothing; trust the tagger there.
  const prev = tokens[i - 1];
  if ((!prev || OPENING_QUOTES.has(prev.text)) && t.pos !== 'PROPN') return false;
  return true;
}

/** The tagger sometimes calls "people" a verb; role and organisation nouns are nouns here. */
export const isNominal = (t: Token): boolean =>
  !t.quoted && !isPunctuation(t) && (['NOUN', 'PROPN', 'ADJ'].includes(t.pos) || isRole(t) || isOrganization(t) || (isCapitalised(t) && !CLOSED_CLASSES.has(t.pos)));

/** A sentence ready for the attribution rules: its tokens and the people the article names. */
export function context(sentence: string, people: ReadonlySet<string>, tokens: Token[]): Context {
  return { sentence, tokens, people };
}
