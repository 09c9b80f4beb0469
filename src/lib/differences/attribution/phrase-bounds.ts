/** Where a noun phrase or an apposition starts and ends, read over the tokens. */
import { isCapitalised, isDeterminer, isNominal, isOrganization, isParticiple, isPunctuation, isRole, isTitle, takesModifier } from './tokens.ts';
import type { Token } from './types.ts';
import { ARTICLES, POSTMOD_PREPS, SUBJECT_PRONOUNS } from '../../lexicon/en/function-words.ts';
import { HONORIFICS, PORTFOLIOS } from '../../lexicon/en/people.ts';
import { SPEECH_VERBS } from '../../lexicon/en/speech.ts';

/** A noun the tagger took for a verb in front of a role or organisation noun ("aid groups"). */
const isCompoundModifier = (t: Token, next: Token | undefined): boolean =>
  t.pos === 'VERB' && !t.quoted && /^\p{Ll}+$/u.test(t.text) && !SPEECH_VERBS.has(t.lower) && (isRole(next) || isOrganization(next));

/** "of" or "for" inside a proper name or title: "Institute for the Study of War", "Secretary of State". */
export function isInName(tokens: Token[], k: number): boolean {
  const t = tokens[k]!;
  const prev = tokens[k - 1];
  const next = tokens[k + 1]?.lower === 'the' ? tokens[k + 2] : tokens[k + 1];
  if ((t.lower !== 'of' && t.lower !== 'for') || !prev || !next || !isCapitalised(prev) || !isCapitalised(next) || next.quoted) return false;
  return !isRole(prev) || (isTitle(prev) && PORTFOLIOS.has(next.lower));
}

/** "Secretary of State Antony Blinken": the portfolio after "Title of" is not part of the name. */
export function skipPortfolio(tokens: Token[], r: number, end: number): number {
  if (tokens[r - 1]?.lower !== 'of' || !tokens[r - 2] || !isTitle(tokens[r - 2]!)) return r;
  let k = r;
  while (k < end && PORTFOLIOS.has(tokens[k]!.lower)) k++;
  return k;
}

/** A word right after a possessive is a noun, whatever the tagger says ("the cabinet’s thinking"). */
const afterPossessive = (tokens: Token[], k: number): boolean => !!tokens[k - 1]?.poss && /^[\p{L}-]+$/u.test(tokens[k]!.text) && !tokens[k]!.quoted;

/** Start of the noun phrase that ends at token j, read backwards. */
export function phraseBefore(tokens: Token[], j: number): number {
  let s = j + 1;
  for (let k = j; k >= 0; k--) {
    const t = tokens[k]!;
    if (t.quoted) break;
    if (isDeterminer(t)) {
      s = k;
      if (POSTMOD_PREPS.has(tokens[k - 1]?.lower ?? '') && (takesModifier(tokens[k - 2]) || isInName(tokens, k - 1))) continue;
      break;
    }
    if (t.poss || isNominal(t) || HONORIFICS.has(t.lower) || isCompoundModifier(t, tokens[k + 1]) || afterPossessive(tokens, k)) {
      s = k;
      continue;
    }
    if ((POSTMOD_PREPS.has(t.lower) && takesModifier(tokens[k - 1])) || isInName(tokens, k)) {
      s = k;
      continue;
    }
    if (isParticiple(t) && POSTMOD_PREPS.has(tokens[k + 1]?.lower ?? '') && (isRole(tokens[k - 1]) || isOrganization(tokens[k - 1]))) {
      s = k;
      continue;
    }
    break;
  }
  return s;
}

/** End (exclusive) of the noun phrase that starts at token i, read forwards. */
export function phraseAfter(tokens: Token[], i: number): number {
  let e = i;
  for (let k = i; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.quoted) break;
    if (k === i && SUBJECT_PRONOUNS.has(t.lower)) return i + 1;
    const prev = tokens[k - 1];
    if (isDeterminer(t) && (k === i || POSTMOD_PREPS.has(prev?.lower ?? ''))) {
      e = k + 1;
      continue;
    }
    if (t.poss || isNominal(t) || HONORIFICS.has(t.lower) || isCompoundModifier(t, tokens[k + 1]) || afterPossessive(tokens, k)) {
      e = k + 1;
      continue;
    }
    if (k > i && ((POSTMOD_PREPS.has(t.lower) && takesModifier(prev)) || isInName(tokens, k))) {
      e = k + 1;
      continue;
    }
    if (k > i && isParticiple(t) && POSTMOD_PREPS.has(tokens[k + 1]?.lower ?? '') && (isRole(prev) || isOrganization(prev))) {
      e = k + 1;
      continue;
    }
    break;
  }
  return e;
}

/** Tokens [a, b) of an apposition after a name ending at e: ", a teacher", ", 34, a teacher". */
export function appositionAfter(tokens: Token[], e: number): [number, number] | null {
  if (tokens[e]?.text !== ',') return null;
  let a = e + 1;
  // An age between commas comes before the role.
  if (tokens[a]?.pos === 'NUM' && tokens[a + 1]?.text === ',') a += 2;
  if (!ARTICLES.has(tokens[a]?.lower ?? '')) return null;
  let b = a + 1;
  while (b < tokens.length && !isPunctuation(tokens[b]!)) b++;
  return b > a + 1 ? [a, b] : null;
}
