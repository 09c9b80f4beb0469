import { alignClaims, type AlignOptions } from './align/align-claims.ts';
import { assignClaimIds } from './align/claim-ids.ts';
import { wordnetKeys } from './align/paraphrase.ts';
import { Analysis } from './analysis/context.ts';
import { findSources } from './differences/attribution/index.ts';
import { findDifferences, isFactual, type DifferenceContext, type Speaker } from './differences/find-differences.ts';
import { compareQuantities, findQuantities } from './differences/quantities/index.ts';
import { areSynonyms } from './lexicon/wordnet.ts';
import { diffText } from './differences/word-diff.ts';
import type { Article, Claim, Comparison, Source, Story } from './schemas.ts';

export interface CompareOptions {
  align?: Partial<AlignOptions>;
  /** The analysis of the texts, shared across the stories of a build or worker; default a fresh one. */
  analysis?: Analysis;
}

const refOf = (a: Article) => ({
  id: a.id,
  outlet: a.outlet,
  headline: a.headline,
  url: a.url,
  date: a.published,
  contributors: a.contributors,
});

/** Matching keys of a sentence's numbers, durations and dates ("6 week" for both "six weeks" and "six-week"). */
export function quantityKeys(text: string, analysis: Analysis = new Analysis()): string[] {
  return findQuantities(text, analysis).flatMap((q) => {
    if (q.value !== null) return [q.unit ? `${q.value} ${q.unit}` : String(q.value)];
    return q.key ? [q.key] : [];
  });
}

/** Sentence id → the source it is credited to (the first one found). */
function speakersBySentence(sources: readonly Source[]): Map<string, Speaker> {
  const map = new Map<string, Speaker>();
  for (const s of sources) {
    const label = s.description && s.kind !== 'anonymous' ? `${s.label} (${s.description})` : s.label;
    for (const id of s.sentences) if (!map.has(id)) map.set(id, { label, anonymous: s.kind === 'anonymous' });
  }
  return map;
}

/**
 * Compares a story's two articles: aligned claims with ids, word diffs and
 * typed differences, name variants, and each side's sources. The result is
 * plain data, the JSON contract documented in the README.
 */
export function compareStory(story: Story, options: CompareOptions = {}): Comparison {
  const [left, right] = story.articles;
  const analysis = options.analysis ?? new Analysis();
  const alignment = alignClaims(left, right, { synonyms: wordnetKeys, numbers: (text) => quantityKeys(text, analysis), ...options.align }, analysis);
  const sources = { left: findSources(left, analysis), right: findSources(right, analysis) };
  const context: DifferenceContext = {
    entities: alignment.entities,
    speakers: { left: speakersBySentence(sources.left), right: speakersBySentence(sources.right) },
    // Any sense: the two sentences already report one fact, and that context
    // picks the sense ("duty" as a tariff is its third sense in WordNet).
    synonyms: (a, b) => areSynonyms(a, b, { maxSenses: Infinity }),
    quantities: (l, r) => compareQuantities(l, r, analysis),
  };
  const ids = assignClaimIds(alignment.claims);
  const claims: Claim[] = alignment.claims.map((c, i) => {
    const diff = c.status === 'shared' ? diffText(c.left.map((s) => s.text).join(' '), c.right.map((s) => s.text).join(' ')) : null;
    return {
      id: ids[i]!,
      status: c.status,
      left: c.left.map(({ id, text }) => ({ id, text })),
      right: c.right.map(({ id, text }) => ({ id, text })),
      similarity: c.similarity,
      evidence: c.evidence,
      diff,
      differences: diff ? findDifferences(c, diff, context) : [],
    };
  });
  const shared = claims.filter((c) => c.status === 'shared');
  return {
    slug: story.slug,
    title: story.title,
    date: story.date,
    articles: { left: refOf(left), right: refOf(right) },
    summary: {
      shared: shared.length,
      differing: shared.filter((c) => c.differences.some(isFactual)).length,
      leftOnly: claims.filter((c) => c.status === 'left-only').length,
      rightOnly: claims.filter((c) => c.status === 'right-only').length,
    },
    claims,
    variants: alignment.variants,
    sources,
    // Earlier ids come from the story's record, which the loader holds (`withAliases`).
    aliases: [],
  };
}
