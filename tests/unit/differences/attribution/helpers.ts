import type { Attribution } from '../../../../src/lib/differences/attribution/index.ts';
import { parseArticle } from '../../../../src/lib/ingest/parse-article.ts';
import type { Article } from '../../../../src/lib/schemas.ts';

/** An invented article: one paragraph a line, sentence ids `t-pNN-sN`. */
export const article = (...paragraphs: string[]): Article =>
  parseArticle(paragraphs.join('\n\n'), { file: 't.txt', story: 'test', overrides: { outlet: { name: 'Test', id: 't' } } });

/** A named person, with the role the text gives. */
export const person = (speaker: string, description: string | null = null): Attribution => ({ speaker, kind: 'person', description });
/** An organisation. */
export const organization = (speaker: string): Attribution => ({ speaker, kind: 'organization', description: null });
/** An unnamed source and its description. */
export const anonymous = (speaker: string, description: string): Attribution => ({ speaker, kind: 'anonymous', description });
