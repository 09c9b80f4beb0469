/**
 * Who an article quotes or cites: named people, organisations and anonymous
 * sources, found with general attribution rules (speech verbs in either order,
 * "according to", statements, appositive roles, pronoun follow-ups) over
 * wink-nlp tokens. Nothing here knows any particular article.
 */
export { findAttribution, findSources } from './resolver.ts';
export { speakerKey } from './speaker-key.ts';
export type { Attribution } from './types.ts';
