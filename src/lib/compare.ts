import { alignClaims, type AlignedClaim, type AlignOptions, type NearMiss, type SentenceGroup } from './align/align-claims.ts';
import { assignClaimIds } from './align/claim-ids.ts';
import { wordnetKeys } from './align/paraphrase.ts';
import { Analysis } from './analysis/context.ts';
import { findSources } from './differences/attribution/index.ts';
import { findDifferences, isFactual, type DifferenceContext, type Speaker } from './differences/find-differences.ts';
import { compareQuantities, findQuantities } from './differences/quantities/index.ts';
import { areSynonyms } from './lexicon/wordnet.ts';
import { diffText } from './differences/word-diff.ts';
import type { Article, Claim, Comparison, Difference, NearMissRef, OutletsComparison, Sentence, SentenceRef, Source, Story } from './schemas.ts';
import { joinPairwise } from './align/outlets.ts';

export interface CompareOptions {
  align?: Partial<AlignOptions>;
  /** The analysis of the texts, shared across the stories of a build or worker; default a fresh one. */
  analysis?: Analysis;
}

/** A sentence as the comparison publishes it: its id and text. */
const refOf = ({ id, text }: Sentence): SentenceRef => ({ id, text });
/** The sentences of one side of a shared claim, as published. */
const groupOf = ([first, ...rest]: SentenceGroup): [SentenceRef, ...SentenceRef[]] => [refOf(first), ...rest.map(refOf)];

const articleRefOf = (a: Article) => ({
  id: a.id,
  outlet: a.outlet,
  headline: a.headline,
  url: a.url,
  date: a.published,
  contributors: a.contributors,
  note: a.note,
});

/** Who decided a claim, as the comparison publishes it: `edit` only on an editor's claims. */
const decisionOf = (c: AlignedClaim): Pick<Claim, 'origin' | 'edit'> => (c.origin === 'editor' ? { origin: 'editor', edit: c.edit } : { origin: 'engine' });

/** A one-sided claim's nearest miss, as the comparison publishes it. */
const nearMissOf = (n: NearMiss | null): NearMissRef | null => (n ? { id: n.sentence.id, text: n.sentence.text, similarity: n.similarity, shared: n.shared, why: n.why } : null);

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

/** The comparison's counts: shared claims, those with a factual difference, and each side's one-sided claims. */
export function summarizeClaims(claims: readonly Claim[]): Comparison['summary'] {
  const shared = claims.filter((c) => c.status === 'shared');
  return {
    shared: shared.length,
    differing: shared.filter((c) => c.differences.some(isFactual)).length,
    leftOnly: claims.filter((c) => c.status === 'left-only').length,
    rightOnly: claims.filter((c) => c.status === 'right-only').length,
  };
}

/**
 * Compares a story's two articles: aligned claims with ids, word diffs and
 * typed differences, name variants, and each side's sources. The result is
 * plain data, the JSON contract documented in the README.
 */
export function compareStory(story: Story, options: CompareOptions = {}): Comparison {
  if (story.articles.length !== 2) throw new Error(`story ${story.slug}: compareStory compares two articles; a story of ${story.articles.length} goes to compareOutletsStory`);
  const [left, right] = story.articles;
  const analysis = options.analysis ?? new Analysis();
  const sources = { left: findSources(left, analysis), right: findSources(right, analysis) };
  const speakers = { left: speakersBySentence(sources.left), right: speakersBySentence(sources.right) };
  const voices = { left: new Map([...speakers.left].map(([id, s]) => [id, s.label])), right: new Map([...speakers.right].map(([id, s]) => [id, s.label])) };
  const alignment = alignClaims(
    left,
    right,
    { synonyms: wordnetKeys, numbers: (text) => quantityKeys(text, analysis), speakers: voices, ...(story.corrections ? { corrections: story.corrections } : {}), ...options.align },
    analysis,
  );
  const context: DifferenceContext = {
    entities: alignment.entities,
    speakers,
    // Any sense: the two sentences already report one fact, and that context
    // picks the sense ("duty" as a tariff is its third sense in WordNet).
    synonyms: (a, b) => areSynonyms(a, b, { maxSenses: Infinity }),
    // Weekdays and "yesterday" are read against each article's publication day.
    quantities: (l, r) => compareQuantities(l, r, analysis, { left: left.published, right: right.published }),
  };
  const ids = assignClaimIds(alignment.claims);
  const claims: Claim[] = alignment.claims.map((c, i): Claim => {
    const id = ids[i]!;
    const none = { similarity: null, evidence: null, diff: null, differences: [] as [], ...decisionOf(c) };
    if (c.status === 'left-only') return { id, status: c.status, left: [refOf(c.left[0])], right: [], ...none, nearest: nearMissOf(c.nearest) };
    if (c.status === 'right-only') return { id, status: c.status, left: [], right: [refOf(c.right[0])], ...none, nearest: nearMissOf(c.nearest) };
    const diff = diffText(c.left.map((s) => s.text).join(' '), c.right.map((s) => s.text).join(' '));
    return {
      id,
      status: c.status,
      left: groupOf(c.left),
      right: groupOf(c.right),
      similarity: c.similarity,
      evidence: c.evidence,
      diff,
      differences: findDifferences(c, diff, context),
      ...decisionOf(c),
    };
  });
  return {
    slug: story.slug,
    title: story.title,
    date: story.date,
    articles: { left: articleRefOf(left), right: articleRefOf(right) },
    summary: summarizeClaims(claims),
    claims,
    variants: alignment.variants,
    sources,
    // Earlier ids come from the story's record, which the loader holds (`withAliases`).
    aliases: [],
  };
}

/**
 * Compares a story told by three outlets or more: every pair of articles
 * with the two-outlet engine (each a comparison of today's shape, for its
 * own page), and the claims across all of them (`joinPairwise`), each with
 * the differences among the outlets that report it: the pairwise
 * differences inside the claim, each wording with the outlets that use it.
 */
export function compareOutletsStory(story: Story, options: CompareOptions = {}): OutletsComparison {
  const articles = story.articles;
  const pairwise = articles.flatMap((left, a) =>
    articles.slice(a + 1).map((right, k) => {
      const b = a + 1 + k;
      return { a, b, comparison: compareStory({ slug: story.slug, title: story.title, date: story.date, articles: [left, right] }, options) };
    }),
  );
  const joined = joinPairwise(articles, pairwise);
  const ids = assignClaimIds(joined.map((c) => ({ left: Object.values(c.sentences).flat(), right: [] })));
  const claims = joined.map((c, i) => {
    const outlets = articles.map((a) => a.outlet.id).filter((id) => c.sentences[id]);
    const inClaim = new Set(Object.entries(c.sentences).flatMap(([o, s]) => s.map((x) => `${o} ${x.id}`)));
    // Wordings by difference kind: outlet → its wording, from every pair inside this claim.
    const wordings = new Map<Difference['kind'], Map<string, string>>();
    for (const { a, b, comparison } of pairwise) {
      const [oa, ob] = [articles[a]!.outlet.id, articles[b]!.outlet.id];
      for (const pc of comparison.claims) {
        if (pc.status !== 'shared' || !pc.left.some((s) => inClaim.has(`${oa} ${s.id}`)) || !pc.right.some((s) => inClaim.has(`${ob} ${s.id}`))) continue;
        for (const d of pc.differences.filter(isFactual)) {
          const byOutlet = wordings.get(d.kind) ?? new Map<string, string>();
          if (!byOutlet.has(oa)) byOutlet.set(oa, d.left);
          if (!byOutlet.has(ob)) byOutlet.set(ob, d.right);
          wordings.set(d.kind, byOutlet);
        }
      }
    }
    const differences = [...wordings].flatMap(([kind, byOutlet]) => {
      const values = new Map<string, string[]>();
      for (const o of outlets) {
        const text = byOutlet.get(o);
        if (text !== undefined) values.set(text, [...(values.get(text) ?? []), o]);
      }
      return values.size >= 2 ? [{ kind, values: [...values].map(([text, by]) => ({ outlets: by, text })) }] : [];
    });
    return { id: ids[i]!, outlets, sentences: c.sentences, differences };
  });
  return {
    slug: story.slug,
    title: story.title,
    date: story.date,
    articles: articles.map(articleRefOf),
    claims,
    pairs: pairwise.map(({ a, b, comparison }) => ({ path: `${articles[a]!.outlet.id}-vs-${articles[b]!.outlet.id}`, comparison })),
    // Earlier ids come from the story's record, which the loader holds (`withOutletAliases`).
    aliases: [],
  };
}
