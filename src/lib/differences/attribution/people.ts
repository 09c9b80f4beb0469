/** People the article names, with the roles it gives them. */
import { attribute } from './cues.ts';
import { analyse } from './noun-phrase.ts';
import { appositionAfter, phraseBefore, skipPortfolio } from './phrase-bounds.ts';
import { nameKey } from './speaker-key.ts';
import { isDeterminer, isNameWord, isRole, isTitle, span } from './tokens.ts';
import type { Context, Mention, Person } from './types.ts';
import { POSTMOD_PREPS } from '../../lexicon/en/function-words.ts';
import { HONORIFICS, NAME_PARTICLES } from '../../lexicon/en/people.ts';

/** Names in a sentence that the text marks as people: an honorific, a title or role, an apposition. */
export function findPeople(ctx: Context, known: ReadonlySet<string> = new Set()): Mention[] {
  const { tokens, sentence } = ctx;
  const found: Mention[] = [];
  let i = 0;
  while (i < tokens.length) {
    if (!isNameWord(tokens, i)) {
      i++;
      continue;
    }
    let end = i + 1;
    while (end < tokens.length && (isNameWord(tokens, end) || (NAME_PARTICLES.has(tokens[end]!.lower) && end + 1 < tokens.length && isNameWord(tokens, end + 1)))) end++;
    i = skipPortfolio(tokens, i, end);
    if (i >= end) continue;
    const run = tokens.slice(i, end);
    const names = run.filter((t) => !HONORIFICS.has(t.lower));
    const start = i;
    i = end;
    if (names.length === 0) continue;
    const key = nameKey(names.at(-1)!.text);
    let description: string | null = null;
    let person = run.length > names.length || known.has(key);
    const before = tokens[start - 1];
    if (before && (isTitle(before) || isRole(before)) && !before.quoted) {
      person = true;
      let s = phraseBefore(tokens, start - 1);
      while (s < start - 1 && (isDeterminer(tokens[s]) || POSTMOD_PREPS.has(tokens[s]!.lower))) s++;
      description = span(sentence, tokens, s, start);
    } else if (before?.text === ',' && [',', '.', undefined].includes(tokens[end]?.text)) {
      // "a Transport Ministry spokeswoman, Ana Lima,"
      const s = phraseBefore(tokens, start - 2);
      const role = analyse(ctx, s, start - 1);
      if (role?.type === 'anonymous' || role?.type === 'post') {
        person = true;
        description = role.type === 'anonymous' ? role.description : role.label.replace(/^the\s+/i, '');
      }
    }
    const apposition = appositionAfter(tokens, end);
    if (apposition) {
      // "Kofi Mensah, a lawyer for the families who sued the city,"
      const [a, b] = apposition;
      const role = analyse(ctx, a, b);
      if (role?.type === 'anonymous' || role?.type === 'post') person = true;
      if (person && role?.type !== 'person') description ??= span(sentence, tokens, a + 1, b);
    }
    if (!person) continue;
    const name = sentence.slice(names[0]!.start, names.at(-1)!.end);
    found.push({ key, name, text: sentence.slice(run[0]!.start, run.at(-1)!.end), words: names.length, description, at: start });
  }
  return found;
}

/** The article's people by surname key: the fullest name and the first role given. */
export function collectPeople(contexts: Context[]): Map<string, Person> {
  const people = new Map<string, Person>();
  const add = (m: { key: string; name: string; words: number; description: string | null }) => {
    const entry = people.get(m.key);
    if (!entry) people.set(m.key, { name: m.name, words: m.words, description: m.description });
    else {
      if (m.words > entry.words && entry.words < 2) Object.assign(entry, { name: m.name, words: m.words });
      entry.description ??= m.description;
    }
  };
  for (const ctx of contexts) for (const m of findPeople(ctx)) add(m);
  // A name the article uses as a speaker is a person too ("Kofi Mensah … noted").
  const known = new Set(people.keys());
  for (const ctx of contexts) {
    const found = attribute({ ...ctx, people: known });
    if (found?.phrase.type === 'person') {
      const { key, name, description } = found.phrase;
      add({ key, name, words: name.split(/\s+/).length, description });
    }
  }
  return people;
}
