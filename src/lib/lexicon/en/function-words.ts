// Function words: determiners, pronouns, auxiliaries and the small words between.
// General English and newsroom vocabulary, never article content; each list is defined here once.
import { wordSet } from '../lists.ts';

/** Forms of "be": one before a speech verb makes it passive ("was announced"), not a cue. */
export const PASSIVE = wordSet('is are was were be been being');
/** Negations: a subject that "has not confirmed" credits no statement. */
export const NEGATIONS = wordSet(`not n't n’t never`);
/** Words that may stand between a subject and its verb. */
export const BETWEEN = wordSet(`has have had will would could can may might must should shall did does do also to 've ’ve 'd ’d
  already previously later repeatedly publicly separately again earlier recently first then privately reportedly
  further subsequently initially`);
/** Determiners and counts that open a noun phrase ("two officials"). */
export const DETERMINERS = wordSet(`a an the some any many several multiple few other another these those this each both all most no
  one two three four five six seven eight nine ten dozens hundreds numerous various`);
/** Possessive pronouns: "his office" belongs to someone named nearby. */
export const POSSESSIVE_PRONOUNS = wordSet('his her their its');
/** Articles, which open an apposition (", a teacher"). */
export const ARTICLES = wordSet('a an the');
/** Pronouns that can be a speaker, resolved from the sentences before. */
export const SUBJECT_PRONOUNS = wordSet('he she they it');
/** Words that point back to the sentence before: a short sentence opening with one says nothing alone ("He will be."). */
export const ANAPHORIC_OPENERS = wordSet('he she they it this that these those');
/** Words that name no speaker when they stand alone as a subject. */
export const SPEAKER_LESS = wordSet('i we you who which that this there');
/** Quantifiers that take "of": "one of the sources". */
export const PARTITIVES = wordSet('one some many several two three four few none most all each either neither both');
/** Prepositions that open a post-modifier: "officials in the capital", "a lawyer for the families". */
export const POSTMOD_PREPS = wordSet('of from for in on with to at about within inside close');
/** Adjectives and participles that start a post-modifier: "sources familiar with", "people informed of". */
export const POSTMOD_ADJECTIVES = wordSet('familiar close knowledgeable privy aware involved briefed informed acquainted loyal linked tied allied');
/** Nouns inside a source's description that take "of": "officials with knowledge of the matter". */
export const MODIFIER_NOUNS = wordSet('knowledge condition details');
/** Short words that, alone between two changes, chop a word diff into pieces ("ceasefire [the] talks") without telling the reader anything. */
export const GLUE_WORDS = wordSet('a an the of to in on and or for with by at as that is was be');
/** Function words, not content: left out when two phrases are compared word by word. */
export const FUNCTION_WORDS = new Set([...GLUE_WORDS, ...wordSet('this are were been has have had it its their his her will would')]);
/** Personal pronouns that refer back to a person: "he", "his", "her". */
export const PERSONAL_PRONOUNS = wordSet('he she him his her');
/** Relative pronouns that open a clause after a noun: "who", "which". */
export const RELATIVE_PRONOUNS = wordSet('who which that whose');
/** Small words inside a spelled-out acronym: "United States of America", "Department for Education". */
export const ACRONYM_LINKS = wordSet('of for and');
