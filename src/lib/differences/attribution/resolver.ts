/** Speakers across sentences: pronouns and anaphora resolved, mentions merged per source. */
import { Analysis } from '../../analysis/context.ts';
import type { Article, Source } from '../../schemas.ts';
import { attribute } from './cues.ts';
import { collectPeople, findPeople } from './people.ts';
import { nameKey } from './speaker-key.ts';
import { context, isCapitalised, tokensOf } from './tokens.ts';
import type { Attribution, Context, Found, Mention, Person } from './types.ts';
import { OPENING_QUOTES } from '../../lexicon/en/marks.ts';
import { COUNTRY_NOUNS } from '../../lexicon/en/people.ts';

/**
 * Who a single sentence credits its statement or quotation to, or null when it
 * credits no one. Pass the sentences before it to resolve "he said" and "his
 * office"; an unresolved pronoun gives null, since it names no one.
 */
export function findAttribution(sentence: string, previous: readonly string[] = [], analysis: Analysis = new Analysis()): Attribution | null {
  const texts = [...previous.slice(-2), sentence];
  const tokens = analysis.wordsOf(texts).map((words, k) => tokensOf(texts[k]!, words));
  const people = collectPeople(texts.map((t, k) => context(t, new Set(), tokens[k]!)));
  const keys = new Set(people.keys());
  const contexts = texts.map((t, k) => context(t, keys, tokens[k]!));
  const resolver = new Resolver(people, contexts);
  for (const [i] of contexts.entries()) resolver.resolve(i);
  const key = resolver.keys[contexts.length - 1];
  const entry = key === undefined || key === null ? undefined : resolver.entries.get(key);
  return entry ? { speaker: entry.label, kind: entry.kind, description: entry.description } : null;
}

/** The sources an article quotes or cites, merged per source, in order of first appearance. */
export function findSources(article: Article, analysis: Analysis = new Analysis()): Source[] {
  const sentences = article.paragraphs.flatMap((p, paragraph) => p.sentences.map((s) => ({ id: s.id, text: s.text, paragraph })));
  const tokens = analysis.wordsOf(sentences.map((s) => s.text)).map((words, k) => tokensOf(sentences[k]!.text, words));
  const people = collectPeople(sentences.map((s, k) => context(s.text, new Set(), tokens[k]!)));
  const keys = new Set(people.keys());
  const contexts = sentences.map((s, k) => context(s.text, keys, tokens[k]!));
  const resolver = new Resolver(people, contexts);
  for (const [i, s] of sentences.entries()) {
    let key = resolver.resolve(i);
    // A quotation that runs on in the next sentence of the paragraph, or in a paragraph after one
    // left open (the newsroom convention for a long quotation), belongs to the same speaker.
    const prev = sentences[i - 1];
    const continues = prev && (prev.paragraph === s.paragraph || leavesQuoteOpen(prev.text));
    if (key === null && continues && OPENING_QUOTES.has(s.text.trimStart().charAt(0))) {
      key = resolver.keys[i - 1] ?? null;
      resolver.keys[i] = key;
    }
    if (key !== null) resolver.entries.get(key)!.sentences.push(s.id);
  }
  return [...resolver.entries.values()]
    .filter((e) => e.sentences.length > 0)
    .map(({ label, kind, description, sentences: ids }) => ({ label, kind, description, sentences: ids }));
}

/** Does the text open a quotation it does not close? */
function leavesQuoteOpen(text: string): boolean {
  let depth = 0;
  for (const c of text) {
    if (c === '“') depth++;
    else if (c === '”') depth = Math.max(0, depth - 1);
    else if (c === '"') depth = depth > 0 ? depth - 1 : 1;
  }
  return depth > 0;
}

interface Entry extends Source {
  /** One unnamed person, who may be "he" or "she" in the next sentence. */
  singular: boolean;
  /** Head noun of an unnamed source or organisation, to attach "the official", "one of the sources", "the ministry". */
  head: string | null;
}

/** Turns each sentence's speaker phrase into a merged source, resolving pronouns and anaphora. */
class Resolver {
  readonly entries = new Map<string, Entry>();
  /** Source key per sentence index, null when the sentence credits no one. */
  readonly keys: (string | null)[] = [];
  private readonly people: Map<string, Person>;
  private readonly contexts: Context[];

  constructor(people: Map<string, Person>, contexts: Context[]) {
    this.people = people;
    this.contexts = contexts;
  }

  resolve(i: number): string | null {
    const ctx = this.contexts[i]!;
    const found = attribute(ctx);
    const key = found ? this.place(found, i) : null;
    this.keys[i] = key;
    return key;
  }

  private add(key: string, make: () => Omit<Entry, 'sentences'>): string {
    if (!this.entries.has(key)) this.entries.set(key, { ...make(), sentences: [] });
    return key;
  }

  private person(key: string, name: string, description: string | null): string {
    const known = this.people.get(key);
    return this.add(`person:${key}`, () => ({ label: known?.name ?? name, kind: 'person', description: known?.description ?? description, head: null, singular: false }));
  }

  /** Sources of the previous one or two sentences, most recent first. */
  private recent(i: number): Entry[] {
    const out: Entry[] = [];
    for (const k of [i - 1, i - 2]) {
      const key = this.keys[k];
      const entry = key === null || key === undefined ? undefined : this.entries.get(key);
      if (entry) out.push(entry);
    }
    return out;
  }

  /** Key of the source of this kind and head noun cited most recently. */
  private latest(kind: Source['kind'], head: string, fits: (e: Entry) => boolean = () => true): string | null {
    for (let k = this.keys.length - 1; k >= 0; k--) {
      const key = this.keys[k];
      const entry = key ? this.entries.get(key) : undefined;
      if (key && entry?.kind === kind && entry.head === head && fits(entry)) return key;
    }
    return null;
  }

  private keyOf(entry: Entry): string {
    for (const [key, e] of this.entries) if (e === entry) return key;
    return '';
  }

  /** The one person named just before token `at` in this sentence, or in the sentence before. */
  private mentioned(i: number, at: number): Mention | null {
    for (const k of [i, i - 1]) {
      const ctx = this.contexts[k];
      if (!ctx) continue;
      const mentions = findPeople(ctx, ctx.people).filter((m) => k < i || m.at < at);
      const distinct = new Set(mentions.map((m) => m.key));
      if (distinct.size === 1) return mentions.at(-1)!;
      if (distinct.size > 1) return k === i ? mentions.at(-1)! : null;
    }
    return null;
  }

  private place(found: Found, i: number): string | null {
    const { phrase } = found;
    switch (phrase.type) {
      case 'person':
        return this.person(phrase.key, phrase.name, phrase.description);
      case 'pronoun': {
        const recent = this.recent(i);
        if (phrase.pronoun === 'it' || phrase.pronoun === 'they') {
          const wanted: Source['kind'][] = phrase.pronoun === 'it' ? ['organization'] : ['anonymous', 'organization'];
          const entry = recent.find((e) => wanted.includes(e.kind));
          return entry ? this.keyOf(entry) : null;
        }
        // "he" is the last named person; failing that, a lone unnamed official just cited.
        const entry = recent.find((e) => e.kind === 'person') ?? recent.find((e) => e.kind === 'anonymous' && e.singular);
        if (entry) return this.keyOf(entry);
        const m = this.mentioned(i, found.at);
        return m ? this.person(m.key, m.name, m.description) : null;
      }
      case 'organization': {
        if (phrase.owner && 'pronoun' in phrase.owner) {
          if (phrase.owner.pronoun !== 'his' && phrase.owner.pronoun !== 'her') return null;
          const m = this.mentioned(i, found.at);
          const recent = this.recent(i).find((e) => e.kind === 'person');
          const owner = m ? { key: m.key, text: m.text } : recent ? { key: this.keyOf(recent).replace(/^person:/, ''), text: recent.label } : null;
          if (!owner) return null;
          const apostrophe = this.contexts[i]!.sentence.includes("'") && !this.contexts[i]!.sentence.includes('’') ? "'" : '’';
          return this.add(`org:${owner.key}:${phrase.head}`, () => ({ label: `${owner.text}${apostrophe}s ${phrase.tail}`, kind: 'organization', description: null, head: phrase.head, singular: false }));
        }
        if (phrase.anaphoric) {
          const earlier = this.latest('organization', phrase.head);
          if (earlier) return earlier;
        }
        return this.add(phrase.key, () => ({ label: phrase.label, kind: 'organization', description: null, head: phrase.head, singular: false }));
      }
      case 'anonymous': {
        if (phrase.anaphoric) {
          // "the official" is the official cited before, if the words it uses describe that one too.
          const words = phrase.description.toLowerCase().split(/\s+/);
          const earlier = this.latest('anonymous', phrase.head, (e) => words.every((w) => (e.description ?? '').toLowerCase().split(/\s+/).includes(w)));
          if (earlier) return earlier;
        }
        const key = `anonymous:${phrase.description.toLowerCase().replace(/[’']/g, "'")}`;
        return this.add(key, () => ({ label: phrase.label, kind: 'anonymous', description: phrase.description, head: phrase.head, singular: phrase.singular }));
      }
      case 'post': {
        const holder = this.holder(phrase, i, found.at);
        if (holder) return this.person(holder, holder, null);
        return this.add(`post:${phrase.label.toLowerCase()}`, () => ({ label: phrase.label, kind: 'person', description: null, head: null, singular: false }));
      }
    }
  }

  /** The one named person whose role matches "the country’s finance minister". */
  private holder(phrase: { role: string; place: string | null }, i: number, at: number): string | null {
    let candidates = [...this.people.entries()].filter(([, p]) => p.description?.toLowerCase().includes(phrase.role));
    if (candidates.length > 1 && phrase.place !== null) {
      let place = phrase.place;
      // "the country’s" points at the nearest place named before it.
      if (COUNTRY_NOUNS.has(place.toLowerCase())) {
        const { tokens } = this.contexts[i]!;
        const names = tokens.slice(0, at).filter((t, k) => isCapitalised(t) && t.pos === 'PROPN' && k > 0 && !this.people.has(nameKey(t.text)));
        place = names.at(-1)?.text ?? '';
      }
      const stem = nameKey(place).slice(0, 5);
      if (stem.length >= 4) {
        candidates = candidates.filter(([, p]) => (p.description ?? '').split(/\s+/).some((w) => nameKey(w).startsWith(stem)));
      }
    }
    return candidates.length === 1 ? candidates[0]![0] : null;
  }
}
