/** Attribution in one sentence: the speech-verb cues and the speaker each one credits. */
import { analyse, combine, withApposition } from './noun-phrase.ts';
import { phraseAfter, phraseBefore } from './phrase-bounds.ts';
import { isDeterminer, isPunctuation } from './tokens.ts';
import type { Context, Found, Token } from './types.ts';
import { CALENDAR_WORDS } from '../../lexicon/en/calendar.ts';
import { BETWEEN, NEGATIONS, PASSIVE, SUBJECT_PRONOUNS } from '../../lexicon/en/function-words.ts';
import { CLOSING_QUOTES } from '../../lexicon/en/marks.ts';
import { INTRANSITIVE_ONLY, OCCASIONS, SPEECH_VERBS, STATEMENT_NOUNS, STATEMENT_VERBS, TELL } from '../../lexicon/en/speech.ts';

/** The speaker of the speech verb at token i. */
function subjectOf(ctx: Context, i: number): Found | null {
  const { tokens } = ctx;
  let j = i - 1;
  while (j >= 0) {
    const t = tokens[j]!;
    if (t.quoted) break;
    if (NEGATIONS.has(t.lower)) return null;
    if (BETWEEN.has(t.lower) || (t.pos === 'ADV' && !SUBJECT_PRONOUNS.has(t.lower))) {
      j--;
      continue;
    }
    if (CALENDAR_WORDS.has(t.lower)) {
      j -= tokens[j - 1]?.lower === 'on' ? 2 : 1;
      continue;
    }
    break;
  }
  const before = tokens[j];
  const after = (): Found | null => {
    const e = phraseAfter(tokens, i + 1);
    const phrase = withApposition(ctx, analyse(ctx, i + 1, e), e);
    return phrase ? { phrase, at: i + 1 } : null;
  };
  if (!before) return null;
  if (before.quoted || CLOSING_QUOTES.has(before.text)) return after();
  if (SUBJECT_PRONOUNS.has(before.lower)) return { phrase: { type: 'pronoun', pronoun: before.lower }, at: j };
  // "…, who said": the speaker is the phrase the relative clause hangs on.
  if ((before.lower === 'who' || before.lower === 'which') && tokens[j - 1]?.text === ',') {
    const s = phraseBefore(tokens, j - 2);
    const phrase = analyse(ctx, s, j - 1);
    return phrase ? { phrase, at: s } : null;
  }
  if (before.text === ',') {
    if (tokens[j - 1]?.quoted) return after();
    // "Ana Lima, a lawyer for the families …, noted": a head phrase and an apposition between commas.
    let k = j - 1;
    while (k >= 0 && !(tokens[k]!.text === ',' && !tokens[k]!.quoted) && !tokens[k]!.quoted) k--;
    if (k >= 0 && tokens[k]!.text === ',') {
      const s = phraseBefore(tokens, k - 1);
      const phrase = combine(ctx, analyse(ctx, s, k), k + 1, j);
      if (phrase) return { phrase, at: s };
    }
    return after();
  }
  const s = phraseBefore(tokens, j);
  const phrase = analyse(ctx, s, j + 1);
  return phrase ? { phrase, at: s } : null;
}

/** Is token i a verb that attributes speech? */
function isCue(tokens: Token[], i: number): boolean {
  const t = tokens[i]!;
  if (t.quoted || !/^\p{Ll}/u.test(t.text)) return false;
  const prev = tokens[i - 1];
  if (SPEECH_VERBS.has(t.lower)) {
    if (t.pos === 'NOUN' || t.pos === 'ADJ') return false;
    if (prev && (isDeterminer(prev) || prev.poss || PASSIVE.has(prev.lower))) return false;
    // ", adding that …" continues a sentence whose speaker is already named.
    if (t.lower.endsWith('ing') && prev?.text === ',') return false;
    const next = tokens[i + 1];
    if (INTRANSITIVE_ONLY.has(t.lower) && next && !next.quoted && (isDeterminer(next) || ['NOUN', 'PROPN', 'NUM'].includes(next.pos))) return false;
    // "told reporters", "told the newspaper": "time will tell" tells no one anything.
    if (TELL.has(t.lower) && (!next || isPunctuation(next))) return false;
    return true;
  }
  if (STATEMENT_VERBS.has(t.lower)) {
    return tokens.slice(i + 1, i + 5).some((n) => STATEMENT_NOUNS.has(n.lower)) && !PASSIVE.has(prev?.lower ?? '');
  }
  return false;
}

/**
 * Nothing but phrases and participles follow token i: the cue is a closing tag
 * ("…, officials said on Sunday.") that credits the whole sentence.
 */
function isClosingTag(tokens: Token[], i: number): boolean {
  return tokens.slice(i + 1).every((t) => t.quoted || !(t.lower === 'that' || t.pos === 'AUX' || (t.pos === 'VERB' && !/(?:ed|en|ing)$/.test(t.lower))));
}

/** The speaker a sentence credits: a closing tag if there is one, else the first attribution. */
export function attribute(ctx: Context): Found | null {
  const { tokens } = ctx;
  const candidates: { found: Found; closing: boolean }[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.quoted) continue;
    if (t.lower === 'according' && tokens[i + 1]?.lower === 'to') {
      const e = phraseAfter(tokens, i + 2);
      const phrase = withApposition(ctx, analyse(ctx, i + 2, e), e);
      if (phrase) candidates.push({ found: { phrase, at: i + 2 }, closing: i > 0 && isClosingTag(tokens, i + 1) });
      continue;
    }
    if (isCue(tokens, i)) {
      const found = subjectOf(ctx, i);
      if (found) candidates.push({ found, closing: found.at > 0 && isClosingTag(tokens, i) });
    }
  }
  // "The union, which has said it will not bargain, rejected the offer, officials said."
  const chosen = candidates.findLast((c) => c.closing) ?? candidates[0];
  if (chosen) return chosen.found;
  // "In a statement, the ministry called for …"
  const comma = tokens.findIndex((t) => t.text === ',');
  if (tokens[0]?.lower === 'in' && comma > 0 && comma < 6 && tokens.slice(1, comma).some((t) => OCCASIONS.has(t.lower))) {
    const e = phraseAfter(tokens, comma + 1);
    const phrase = analyse(ctx, comma + 1, e);
    if (phrase) return { phrase, at: comma + 1 };
  }
  return null;
}
