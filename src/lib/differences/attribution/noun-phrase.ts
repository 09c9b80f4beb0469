/** What kind of speaker a noun phrase names: a person, an organisation, an unnamed source, a post or a pronoun. */
import { appositionAfter, isInName, phraseAfter, skipPortfolio } from './phrase-bounds.ts';
import { nameKey } from './speaker-key.ts';
import { isCapitalised, isDeterminer, isNameWord, isNominal, isOrganization, isParticiple, isPunctuation, isRole, isTitle, singular, span } from './tokens.ts';
import type { Context, Phrase, Token } from './types.ts';
import { ARTICLES, DETERMINERS, PARTITIVES, PERSONAL_PRONOUNS, POSSESSIVE_PRONOUNS, POSTMOD_PREPS, RELATIVE_PRONOUNS, SPEAKER_LESS, SUBJECT_PRONOUNS } from '../../lexicon/en/function-words.ts';
import { OPENING_QUOTES } from '../../lexicon/en/marks.ts';
import { HONORIFICS, NAME_PARTICLES, POSTS } from '../../lexicon/en/people.ts';
import { STATEMENT_NOUNS } from '../../lexicon/en/speech.ts';

/** Lowercases a label's first letter when it is only a sentence capital ("Officials briefed …"). */
function labelCase(tokens: Token[], i: number, text: string): string {
  const t = tokens[i]!;
  const prev = tokens[i - 1];
  if (prev && !OPENING_QUOTES.has(prev.text)) return text;
  const common = DETERMINERS.has(t.lower) || POSSESSIVE_PRONOUNS.has(t.lower) || isRole(t) || (isOrganization(t) && t.pos !== 'PROPN') ||
    (['ADJ', 'NOUN', 'NUM'].includes(t.pos) && !/(?:i|ese|an|ish)$/.test(t.lower));
  return common ? text.charAt(0).toLowerCase() + text.slice(1) : text;
}

/** Classifies the noun phrase tokens[s, e) as a speaker. */
export function analyse(ctx: Context, s0: number, e0: number): Phrase | null {
  const { tokens, sentence } = ctx;
  let s = s0;
  let e = e0;
  while (s < e && (POSTMOD_PREPS.has(tokens[s]!.lower) || tokens[s]!.pos === 'CCONJ' || isPunctuation(tokens[s]!))) s++;
  while (e > s && (isPunctuation(tokens[e - 1]!) || POSTMOD_PREPS.has(tokens[e - 1]!.lower) || tokens[e - 1]!.pos === 'CCONJ')) e--;
  if (s >= e) return null;
  const first = tokens[s]!;
  const text = span(sentence, tokens, s, e);
  if (e - s === 1 && SUBJECT_PRONOUNS.has(first.lower)) return { type: 'pronoun', pronoun: first.lower };
  if (SPEAKER_LESS.has(first.lower) && e - s === 1) return null;

  // "one of the sources": the same unnamed source as before.
  if (PARTITIVES.has(first.lower) && tokens[s + 1]?.lower === 'of') {
    const inner = analyse(ctx, s + 2, e);
    if (inner?.type === 'anonymous') return { ...inner, label: labelCase(tokens, s, text), anaphoric: inner.anaphoric || tokens[s + 2]?.lower === 'the' };
    return inner;
  }

  // The core ends where a post-modifier starts ("officials | in the capital", "a person | informed of …").
  let c = s;
  let nominal = false;
  for (; c < e; c++) {
    const t = tokens[c]!;
    if (nominal) {
      if (t.text === ',' || t.lower === 'who' || t.lower === 'which' || t.lower === 'that') break;
      if (POSTMOD_PREPS.has(t.lower) && !isInName(tokens, c)) break;
      if (isParticiple(t) && !isCapitalised(t)) break;
    }
    if (isNominal(t) || t.poss) nominal = true;
  }
  const head = tokens[c - 1]!;
  if (c === s || head.poss) return null;
  const postmodified = c < e;

  // "a statement from X", "X’s statement": the speaker is X.
  if (STATEMENT_NOUNS.has(head.lower)) {
    const prep = tokens[c]?.lower;
    if (prep === 'from' || prep === 'by') return analyse(ctx, c + 1, e);
    const p = lastPossessive(tokens, s, c);
    return p === -1 ? null : analyse(ctx, s, p);
  }

  const p = lastPossessive(tokens, s, c);
  const headStart = p === -1 ? s : p + 1;
  const descStart = (() => {
    let d = s;
    while (d < c && isDeterminer(tokens[d]) && !POSSESSIVE_PRONOUNS.has(tokens[d]!.lower)) d++;
    return d;
  })();

  // A name at the end of the core, after any title: "Prime Minister | Ana Lima".
  let r = c;
  while (r > headStart && (isNameWord(tokens, r - 1) || (NAME_PARTICLES.has(tokens[r - 1]!.lower) && r - 1 > headStart && isNameWord(tokens, r - 2)))) r--;
  r = skipPortfolio(tokens, r, c);
  const run = tokens.slice(r, c);
  const nameTokens = run.filter((t) => !HONORIFICS.has(t.lower));

  if (isOrganization(head)) {
    return organization(ctx, s, e, p, head, labelCase(tokens, s, text));
  }
  if (nameTokens.length > 0) {
    const honorific = run.length > nameTokens.length;
    const prefix = tokens.slice(s, r);
    const titled = prefix.some((t) => isTitle(t) || isRole(t));
    const key = nameKey(nameTokens.at(-1)!.text);
    const person = honorific || titled || ctx.people.has(key) || (nameTokens.length >= 2 && first.lower !== 'the') || followedByPersonalPronoun(tokens, e);
    if (!person) {
      // "a claim the capital denied": the organisation is the name, not the words before it.
      const from = tokens[r - 1]?.lower === 'the' ? r - 1 : r;
      return organization(ctx, from, e, -1, head, labelCase(tokens, from, span(sentence, tokens, from, e)));
    }
    const name = sentence.slice(nameTokens[0]!.start, nameTokens.at(-1)!.end);
    const description = titled && descStart < r ? span(sentence, tokens, descStart, r) : null;
    return { type: 'person', name, key, description };
  }
  if (isRole(head)) {
    const label = labelCase(tokens, s, text);
    const plural = head.lower !== singular(head) || head.lower === 'people';
    // "the spokesman", "the country’s finance minister" name a post; "his spokesman" is someone else's aide.
    const definite = (first.lower === 'the' || p !== -1) && !POSSESSIVE_PRONOUNS.has(first.lower);
    if (definite && !plural && POSTS.has(head.lower) && !postmodified) {
      const role = tokens.slice(Math.max(headStart, c - 2), c).filter((t) => !isDeterminer(t)).map((t) => t.lower).join(' ');
      const owner = p === -1 ? null : span(sentence, tokens, first.lower === 'the' ? s + 1 : s, p);
      return { type: 'post', label, role, place: owner };
    }
    let d = s;
    while (d < e - 1 && isDeterminer(tokens[d])) d++;
    const description = labelCase(tokens, d, span(sentence, tokens, d, e));
    return { type: 'anonymous', label, description, head: head.lower, singular: !plural, anaphoric: first.lower === 'the' && !postmodified };
  }
  return null;
}

/** "Lima said, adding that she …": a personal pronoun later in the sentence marks a lone name as a person. */
function followedByPersonalPronoun(tokens: Token[], e: number): boolean {
  return tokens.slice(e).some((t) => !t.quoted && PERSONAL_PRONOUNS.has(t.lower));
}

function lastPossessive(tokens: Token[], s: number, c: number): number {
  let p = -1;
  for (let i = s; i < c; i++) if (tokens[i]!.poss) p = i;
  return p;
}

/** "Mr. Ortiz’s office", "his office", "the Finance Minister’s Office". */
function organization(ctx: Context, s: number, e: number, p: number, head: Token, label: string): Phrase {
  const { tokens } = ctx;
  const first = tokens[s]!;
  const base = { type: 'organization', label, head: singular(head), anaphoric: false } as const;
  if (POSSESSIVE_PRONOUNS.has(first.lower) && p === -1) {
    return { ...base, key: '', owner: { pronoun: first.lower }, tail: span(ctx.sentence, tokens, s + 1, e) };
  }
  if (p !== -1) {
    const owner = analyse(ctx, s, p);
    if (owner?.type === 'person') {
      return { ...base, key: `org:${owner.key}:${singular(head)}`, owner: { key: owner.key, text: owner.name }, tail: span(ctx.sentence, tokens, p + 1, e) };
    }
  }
  const anaphoric = first.lower === 'the' && e - s === 2 && !isCapitalised(head);
  return { ...base, key: `org:${nameKey(label.replace(/^the\s+/i, ''))}`, owner: null, tail: label, anaphoric };
}

/** Joins a head phrase and its apposition tokens[a, b): a role and a name, or a name and a role. */
export function combine(ctx: Context, head: Phrase | null, a: number, b: number): Phrase | null {
  const { tokens, sentence } = ctx;
  const opener = tokens[a];
  if (!opener || a >= b || RELATIVE_PRONOUNS.has(opener.lower) || POSTMOD_PREPS.has(opener.lower) || opener.pos === 'ADP') return head;
  if (head?.type === 'person') {
    if (!ARTICLES.has(opener.lower) || b <= a + 1) return head;
    const role = analyse(ctx, a, b);
    if (role?.type === 'person' || role?.type === 'pronoun') return head;
    return { ...head, description: head.description ?? span(sentence, tokens, a + 1, b) };
  }
  const apposition = analyse(ctx, a, phraseAfter(tokens, a));
  if (apposition?.type === 'person' && (head?.type === 'anonymous' || head?.type === 'post')) {
    const description = head.type === 'anonymous' ? head.description : head.label.replace(/^the\s+/i, '');
    return { ...apposition, description: apposition.description ?? description };
  }
  return head ?? null;
}

/** A role in apposition after a name: "said Ana Lima, a spokeswoman for the council." */
export function withApposition(ctx: Context, phrase: Phrase | null, e: number): Phrase | null {
  const range = phrase?.type === 'person' ? appositionAfter(ctx.tokens, e) : null;
  return range ? combine(ctx, phrase, range[0], range[1]) : phrase;
}
