import { readWords, type Word } from './words.ts';

/** A map that forgets its oldest entries past a size: a memo that cannot grow without bound. */
export class BoundedMap<K, V> extends Map<K, V> {
  readonly #limit: number;

  constructor(limit: number) {
    super();
    this.#limit = limit;
  }

  override set(key: K, value: V): this {
    if (!this.has(key) && this.size >= this.#limit) this.delete(this.keys().next().value as K);
    return super.set(key, value);
  }
}

/** Texts read and remembered at once: a sentence is analysed a single time however many rules read it. */
const MAX_TEXTS = 20_000;

/**
 * The analysis of the texts of one build or worker: each text is read with
 * wink-nlp once, in batches, and every rule module (alignment, quantities,
 * attribution, roles) takes its words from here instead of running the
 * pipeline again. Its memory is bounded.
 */
export class Analysis {
  readonly #words = new BoundedMap<string, Word[]>(MAX_TEXTS);

  /** The words of each text, reading those not seen yet in one pass. */
  wordsOf(texts: readonly string[]): Word[][] {
    const missing = [...new Set(texts.filter((t) => !this.#words.has(t)))];
    if (missing.length > 0) readWords(missing).forEach((words, k) => this.#words.set(missing[k]!, words));
    return texts.map((t) => this.#words.get(t) ?? readWords([t])[0]!);
  }

  /** The words of one text. */
  words(text: string): Word[] {
    return this.wordsOf([text])[0]!;
  }
}
