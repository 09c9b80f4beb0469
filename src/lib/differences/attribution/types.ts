/** The shapes the attribution rules pass around: tokens, speaker phrases, people found. */
import type { Source } from '../../schemas.ts';

/** Who one sentence credits its statement or quotation to. */
export interface Attribution {
  /** The speaker as the text names it: "Ana Lima", "a senior official", "Mr. Ortiz’s office". */
  speaker: string;
  kind: Source['kind'];
  /** Role or description given in the text, e.g. "Transport Ministry spokeswoman". */
  description: string | null;
}

/** A wink-nlp token with its character offsets in the sentence. */
export interface Token {
  text: string;
  lower: string;
  lemma: string;
  pos: string;
  start: number;
  end: number;
  /** Inside a quotation (the quote marks included). */
  quoted: boolean;
  /** A possessive ending: "’s", or "’" after a word ending in s. */
  poss: boolean;
}

/** Whose organisation a phrase names: a possessive pronoun to resolve, or a named person. */
export type Owner = { pronoun: string } | { key: string; text: string };

/** A noun phrase read as a speaker. */
export type Phrase =
  | { type: 'pronoun'; pronoun: string }
  | { type: 'person'; name: string; key: string; description: string | null }
  | {
    type: 'organization';
    label: string;
    key: string;
    owner: Owner | null;
    /** Singular head noun ("office", "ministry"). */
    head: string;
    /** The words after the owner: "office" in "his office". */
    tail: string;
    /** A bare "the ministry": the organisation named before. */
    anaphoric: boolean;
  }
  | { type: 'anonymous'; label: string; description: string; head: string; singular: boolean; anaphoric: boolean }
  | { type: 'post'; label: string; role: string; place: string | null };

/** One sentence, its tokens, and the surnames of the people the article names. */
export interface Context {
  sentence: string;
  tokens: Token[];
  /** Surname keys of people the article names. */
  people: ReadonlySet<string>;
}

/** The speaker phrase a sentence credits, and where it starts. */
export interface Found {
  phrase: Phrase;
  /** Token index where the speaker phrase starts (names before it may be its antecedent). */
  at: number;
}

/** A person named in one sentence, with the role that sentence gives. */
export interface Mention {
  key: string;
  name: string;
  /** The name as written, honorific included ("Mr. Ortiz"). */
  text: string;
  /** Number of name words, honorifics aside. */
  words: number;
  description: string | null;
  /** Token index where the mention starts. */
  at: number;
}

/** A person of the article: the fullest name used and the first role given. */
export interface Person {
  name: string;
  words: number;
  description: string | null;
}
