import { ACRONYM, keyOf, stemOf, tokenize, type Token } from './tokens.ts';
import { ARTICLES, POSSESSIVE_PRONOUNS } from '../lexicon/en/function-words.ts';
import { ROLE_HEADS } from '../lexicon/en/people.ts';

/** A person named in a sentence with the role the sentence gives them. */
export interface RoleMention {
  /** Matching key of the surname (last word of the name). */
  surname: string;
  /** The name as published. */
  name: string;
  /** The role as published, e.g. "the F.B.I. director" or "Special Envoy". */
  role: string;
  /** Stems of the role's content words, for comparison ("the F.B.I. director" → fbi, director). */
  roleWords: string[];
}

// A role opens with an article or a possessive pronoun ("the", "his").
const isDeterminer = (key: string) => ARTICLES.has(key) || POSSESSIVE_PRONOUNS.has(key);
const MAX_ROLE_WORDS = 9;

const isHead = (t: Token) => ROLE_HEADS.has(t.key) || ROLE_HEADS.has(t.key.replace(/s$/, ''));

/** Maximal runs of capitalised name tokens (acronyms included), as [start, end) token indexes. */
function nameRuns(tokens: readonly Token[]): [number, number][] {
  const runs: [number, number][] = [];
  let start = -1;
  for (let i = 0; i <= tokens.length; i++) {
    const t = tokens[i];
    // wink tags a capitalised title ("President") as a common noun; it still belongs to the run.
    const inName = t !== undefined && ((t.proper && !t.stop) || (isHead(t) && /^\p{Lu}/u.test(t.text)));
    if (inName && start === -1) start = i;
    if (!inName && start !== -1) {
      runs.push([start, i]);
      start = -1;
    }
  }
  return runs;
}

/** The phrase of tokens [from, to) as published. */
const phrase = (text: string, tokens: readonly Token[], from: number, to: number) => text.slice(tokens[from]!.start, tokens[to - 1]!.end);

/** A role next to a name, as token ranges [from, to) of one sentence. */
interface RoleSpan {
  name: [number, number];
  role: [number, number];
}

/** Where roles stand next to names; see `findRoles`. */
function roleSpans(tokens: readonly Token[]): RoleSpan[] {
  const found: RoleSpan[] = [];
  for (const [start, end] of nameRuns(tokens)) {
    // A title inside the capitalised run: the name starts after its last role word.
    let split = -1;
    for (let i = start; i < end - 1; i++) if (isHead(tokens[i]!)) split = i;
    if (split !== -1) {
      // A sentence-initial modifier ("Interior Minister …") may have been
      // truecased out of the run: a capitalised word just before a title that
      // opens the run belongs to the title.
      const before = tokens[start - 1];
      const from = isHead(tokens[start]!) && before && !before.stop && /^\p{Lu}/u.test(before.text) ? start - 1 : start;
      found.push({ name: [split + 1, end], role: [from, split + 1] });
      continue;
    }
    // A lowercase title just before the name: "union leader Ana Lima".
    const head = tokens[start - 1];
    if (head && isHead(head) && /^\p{Ll}/u.test(head.text)) {
      const modifier = tokens[start - 2];
      const modified = modifier !== undefined && !modifier.stop && /^(?:NOUN|PROPN|ADJ)$/.test(modifier.pos);
      found.push({ name: [start, end], role: [modified ? start - 2 : start - 1, start] });
      continue;
    }
    // Appositive after: "Name, the ROLE[,.]" (stopping at "who" or punctuation).
    if (tokens[end]?.text === ',') {
      let stop = end + 1;
      while (stop < tokens.length && stop - end <= MAX_ROLE_WORDS && !/^[,.;:]$/.test(tokens[stop]!.text) && tokens[stop]!.key !== 'who') stop++;
      const words = tokens.slice(end + 1, stop);
      // It opens with a determiner or an owner's possessive ("Ostland's deputy premier").
      const possessive = words[0]?.proper === true && /^['’]s$/.test(words[1]?.text ?? '');
      if (words.length > 0 && (isDeterminer(words[0]!.key) || possessive) && words.some(isHead)) {
        found.push({ name: [start, end], role: [end + 1, stop] });
        continue;
      }
    }
    // Appositive before: "[the] ROLE, Name".
    if (tokens[start - 1]?.text === ',') {
      let from = start - 2;
      while (from > 0 && start - from <= MAX_ROLE_WORDS && !/^[,.;:]$/.test(tokens[from - 1]!.text)) from--;
      const words = tokens.slice(from, start - 1);
      // The role starts at the determiner of its first title word ("the
      // Egyptian president", not "by the time the Egyptian president");
      // otherwise it is the whole phrase, owner included ("the mayor’s chief
      // of staff").
      const firstHead = words.findIndex(isHead);
      const article = words.findLastIndex((t, k) => k < firstHead && isDeterminer(t.key));
      const roleFrom = article === -1 ? from : from + article;
      if (firstHead !== -1 && roleFrom < start - 1) found.push({ name: [start, end], role: [roleFrom, start - 1] });
    }
  }
  return found;
}

/**
 * Finds people with a role in one sentence, in the three forms news uses:
 * a title before the name ("FBI Director Ana Lima"), an appositive after
 * it ("Ana M. Lima, the F.B.I. director,") and one before it ("the
 * Danish foreign minister, Lars Holm").
 */
export function findRoles(text: string, tokens: readonly Token[] = tokenize(text)): RoleMention[] {
  return roleSpans(tokens).map(({ name: [from, end], role }) => ({
    surname: tokens[end - 1]!.key,
    name: phrase(text, tokens, from, end),
    role: phrase(text, tokens, role[0], role[1]),
    roleWords: roleWords(tokens.slice(role[0], role[1])),
  }));
}

/**
 * Indexes of the title words of a named person's role: each head word and
 * the word just before it ("prime minister", "defense secretary"), unless
 * that word is an acronym. Two sentences that call different people "prime
 * minister" do not report one fact; the names say who is meant.
 */
export function titleWordIndexes(tokens: readonly Token[]): Set<number> {
  const out = new Set<number>();
  for (const { role: [from, to] } of roleSpans(tokens)) {
    for (let i = from; i < to; i++) {
      if (!isHead(tokens[i]!)) continue;
      out.add(i);
      const before = tokens[i - 1];
      // The word before a title is part of it ("prime minister", "Interior
      // Minister"), except a name that owns a lowercase title ("Acme chairman").
      const owner = before !== undefined && before.proper && /^\p{Ll}/u.test(tokens[i]!.text);
      if (i - 1 >= from && before && !before.stop && !owner && !ACRONYM.test(before.text)) out.add(i - 1);
    }
  }
  return out;
}

/** Content words of a role's tokens, folded for comparison ("the F.B.I. director" → fbi, director). */
function roleWords(tokens: readonly Token[]): string[] {
  return [...new Set(tokens.filter((t) => !t.stop && !isDeterminer(t.key)).map((t) => stemOf(keyOf(t.text))))];
}

/** Whether two descriptions of one person's role (their `roleWords`) differ in substance, not only in case, dots or articles. */
export function rolesDiffer(a: readonly string[], b: readonly string[]): boolean {
  const x = new Set(a);
  const y = new Set(b);
  let shared = 0;
  for (const w of x) if (y.has(w)) shared++;
  return shared / (x.size + y.size - shared || 1) < 0.5;
}
