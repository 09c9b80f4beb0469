/**
 * The serialisable data model, defined once as zod schemas: the content
 * collection validates with them and the TypeScript types are inferred from them.
 */
import { z } from 'zod';

/** Longest story slug: it is a folder name and part of every path the build writes for the story. */
export const MAX_SLUG_LENGTH = 80;
/** Longest outlet id: it opens every sentence id of the article. */
export const MAX_OUTLET_ID_LENGTH = 32;

/** Kebab-case identifier used in URLs (story slugs, outlet ids). */
export const slugSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lowercase letters, digits and single hyphens')
  .max(MAX_SLUG_LENGTH, `must be at most ${MAX_SLUG_LENGTH} characters`);

/** An outlet's short id, e.g. "nyt". */
export const outletIdSchema = slugSchema.max(MAX_OUTLET_ID_LENGTH, `must be at most ${MAX_OUTLET_ID_LENGTH} characters`);

/** Text a person reads: a blank one would render as nothing. */
export const textSchema = z.string().regex(/\S/, 'must not be blank');

/**
 * A link to an article: http or https only. A `javascript:` or `data:` URL
 * rendered as a link runs script when a reader clicks it.
 */
export const webUrlSchema = z.url({ protocol: /^https?$/, error: 'must be an http:// or https:// address' });

/** An ISO calendar date, YYYY-MM-DD. */
export const isoDateSchema = z.iso.date();

export const outletSchema = z.object({
  /** Display name, e.g. "New York Times". */
  name: textSchema,
  /** Short id used in URLs and sentence ids, e.g. "nyt". */
  id: outletIdSchema,
});

/** A sentence id: `<outlet>-p<NN>-s<N>`, e.g. `nyt-p02-s1`. */
export const sentenceIdSchema = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*-p\d{2,}-s\d+$/, 'must be a sentence id such as "nyt-p02-s1"');

/** A claim id: kebab-case words and a digest, e.g. `envoys-make-last-push-3f9a2c`. */
export const claimIdSchema = slugSchema.max(64, 'must be at most 64 characters');

/** Pairs of sentence ids, a sentence of each article: an editor's corrections to a story's alignment. */
export const correctionsSchema = z.strictObject({
  /** Sentences to put in one shared claim. */
  pair: z.array(z.tuple([sentenceIdSchema, sentenceIdSchema])).default([]),
  /** Sentences the engine put in one claim, to separate. */
  unpair: z.array(z.tuple([sentenceIdSchema, sentenceIdSchema])).default([]),
});

export const sentenceSchema = z.object({
  /** Stable id: `<outlet>-p<NN>-s<N>`, e.g. `nyt-p02-s1`. */
  id: sentenceIdSchema,
  /** The sentence exactly as published. */
  text: z.string().min(1),
  /** A normalised copy used only for matching. */
  normalized: z.string(),
});

export const paragraphSchema = z.object({
  id: z.string(),
  sentences: z.array(sentenceSchema).min(1),
});

export const articleSchema = z.object({
  /** `<story-slug>/<outlet-id>` */
  id: z.string(),
  story: slugSchema,
  outlet: outletSchema,
  headline: textSchema.nullable(),
  url: webUrlSchema.nullable(),
  published: isoDateSchema.nullable(),
  contributors: z.array(z.string()),
  /** The story's note for readers about this article's text (`story.json`), if any. */
  note: z.string().nullable(),
  /** Path of the raw file, relative to the content root. */
  file: z.string(),
  paragraphs: z.array(paragraphSchema).min(1),
});

export const storySchema = z.object({
  slug: slugSchema,
  title: textSchema,
  date: isoDateSchema,
  /** Two articles (left, then right) or more, up to 12, in the order the story lists them. */
  articles: z.tuple([articleSchema, articleSchema], articleSchema),
  /** An editor's corrections to the alignment (`story.json`), and the file they come from, for errors. */
  corrections: correctionsSchema.extend({ file: z.string() }).optional(),
});

export type Outlet = z.infer<typeof outletSchema>;
export type Sentence = z.infer<typeof sentenceSchema>;
export type Paragraph = z.infer<typeof paragraphSchema>;
export type Article = z.infer<typeof articleSchema>;
export type Story = z.infer<typeof storySchema>;

// ---------------------------------------------------------------------------
// Comparison: the alignment engine's output, published as JSON.

export const differenceKinds = ['name', 'number', 'date', 'quote', 'attribution', 'title', 'wording'] as const;

/** One typed factual difference inside a shared claim. */
export const differenceSchema = z.object({
  kind: z.enum(differenceKinds),
  /** The left article's wording of what differs (exact text); for `attribution`, the source it credits, with its role. */
  left: z.string(),
  /** The right article's wording (exact text); for `attribution`, the source it credits, with its role. */
  right: z.string(),
  /** Plain-language explanation, without outlet names (pages add them). */
  note: z.string(),
  /** Date differences only, when both publication days are known: the calendar day each side's date names ("Thursday" → 2024-10-31), null where it names no one day. */
  days: z.object({ left: isoDateSchema.nullable(), right: isoDateSchema.nullable() }).optional(),
});

/** A piece of the word diff: plain data, never markup (as jsdiff returns it). */
export const diffSegmentSchema = z.object({
  /** Left text for unchanged and removed segments; right text for added ones. */
  value: z.string(),
  added: z.boolean(),
  removed: z.boolean(),
  /** On an unchanged segment, the right text when it differs only in case or quote style. */
  rightValue: z.string().optional(),
});

/** Why two sides were paired: the shared names, numbers and rare words. */
export const evidenceSchema = z.object({
  names: z.array(z.string()),
  numbers: z.array(z.string()),
  terms: z.array(z.string()),
  /** Words of the two sides aligned as one meaning though written differently ("killed" / "died"), as published. */
  paraphrases: z.array(z.object({ left: z.string(), right: z.string() })),
});

export const sentenceRefSchema = z.object({ id: z.string(), text: z.string() });

/** Who decided a claim: the engine, or an editor's correction. */
export const originSchema = z.enum(['engine', 'editor']);

/** A one-sided sentence's best candidate in the other article. */
export const nearMissSchema = z.object({
  /** The candidate sentence: its id and text. */
  id: z.string(),
  text: z.string(),
  /** 0 to 1: the pair's cosine. */
  similarity: z.number().min(0).max(1),
  /** Names, numbers and words the two share, as this claim's sentence writes them. */
  shared: z.array(z.string()),
  /** Why they were not paired, in plain words ("they share only “election”"). */
  why: z.string(),
});

/** What an editor's correction did to a claim. */
export const editSchema = z.enum(['paired', 'separated']);


/** A claim both articles report: a sentence or more on each side, how alike they are, why they were paired, and what differs. */
export const sharedClaimSchema = z.object({
  /** Readable slug of the claim's first words and a digest of its sentences' text: unique in the comparison, unchanged while its sentences are. */
  id: claimIdSchema,
  status: z.literal('shared'),
  left: z.tuple([sentenceRefSchema], sentenceRefSchema),
  right: z.tuple([sentenceRefSchema], sentenceRefSchema),
  /** 0 to 1: cosine of the two sides. */
  similarity: z.number().min(0).max(1),
  evidence: evidenceSchema,
  diff: z.array(diffSegmentSchema),
  differences: z.array(differenceSchema),
  /** Who made the pair: the engine, or an editor's correction in `story.json`. */
  origin: originSchema,
  /** On an editor's claim: "paired" (sentences were put in it) or "separated" (a sentence was taken out). */
  edit: editSchema.optional(),
});

/** What a claim of one article has beside its sentence: no score, evidence or diff; who decided it; its nearest miss. */
const oneSidedFields = {
  id: claimIdSchema,
  similarity: z.null(),
  evidence: z.null(),
  diff: z.null(),
  differences: z.tuple([]),
  /** "editor" when an editor's correction separated this sentence from a claim. */
  origin: originSchema,
  /** "separated" on an editor's one-sided claim. */
  edit: editSchema.optional(),
  /** The other article's sentence most like this one, when it scores at least the near-miss floor (0.08), and why the two were not paired. */
  nearest: nearMissSchema.nullable(),
};

/** A sentence only the left article has. */
export const leftOnlyClaimSchema = z.object({ ...oneSidedFields, status: z.literal('left-only'), left: z.tuple([sentenceRefSchema]), right: z.tuple([]) });

/** A sentence only the right article has. */
export const rightOnlyClaimSchema = z.object({ ...oneSidedFields, status: z.literal('right-only'), left: z.tuple([]), right: z.tuple([sentenceRefSchema]) });

/** One claim of a comparison: which articles report it decides which fields it has. */
export const claimSchema = z.discriminatedUnion('status', [sharedClaimSchema, leftOnlyClaimSchema, rightOnlyClaimSchema]);

/** One entity spelled differently by the two articles. */
export const nameVariantSchema = z.object({
  /** A display form of the entity (the left spelling when there is one). */
  entity: z.string(),
  left: z.array(z.string()),
  right: z.array(z.string()),
});

/** Someone an article quotes or cites. */
export const sourceSchema = z.object({
  /** How the article names or describes the source, e.g. "Ana Lima" or "a U.S. official". */
  label: z.string(),
  kind: z.enum(['person', 'organization', 'anonymous']),
  /** Role or description given in the text, e.g. "National Security Council spokesman". */
  description: z.string().nullable(),
  /** Ids of the sentences where the source is quoted or cited, in reading order. */
  sentences: z.array(z.string()).min(1),
});

/** A claim id an earlier build published that is no longer a claim's id, and the claim that now holds its sentences (null: none of them is left). */
export const claimAliasSchema = z.object({ id: claimIdSchema, claim: claimIdSchema.nullable() });

export const articleRefSchema = z.object({
  id: z.string(),
  outlet: outletSchema,
  headline: textSchema.nullable(),
  url: webUrlSchema.nullable(),
  date: isoDateSchema.nullable(),
  contributors: z.array(z.string()),
  /** The story's note for readers about this article's text, e.g. that it was machine-translated. */
  note: z.string().nullable(),
});

export const comparisonSchema = z.object({
  slug: slugSchema,
  title: z.string(),
  date: isoDateSchema,
  articles: z.object({ left: articleRefSchema, right: articleRefSchema }),
  summary: z.object({
    shared: z.number().int(),
    differing: z.number().int(),
    leftOnly: z.number().int(),
    rightOnly: z.number().int(),
  }),
  claims: z.array(claimSchema),
  variants: z.array(nameVariantSchema),
  sources: z.object({ left: z.array(sourceSchema), right: z.array(sourceSchema) }),
  /** Earlier claim ids and where they lead now; their pages redirect there. */
  aliases: z.array(claimAliasSchema),
});

export type Difference = z.infer<typeof differenceSchema>;
export type DifferenceKind = Difference['kind'];
export type DiffSegment = z.infer<typeof diffSegmentSchema>;
export type Evidence = z.infer<typeof evidenceSchema>;
export type SentenceRef = z.infer<typeof sentenceRefSchema>;
export type NearMissRef = z.infer<typeof nearMissSchema>;
export type Claim = z.infer<typeof claimSchema>;
export type SharedClaim = z.infer<typeof sharedClaimSchema>;
export type NameVariant = z.infer<typeof nameVariantSchema>;
export type Source = z.infer<typeof sourceSchema>;
export type ClaimAlias = z.infer<typeof claimAliasSchema>;
export type Comparison = z.infer<typeof comparisonSchema>;

/** A content-collection entry: the story and its comparison (null in plain-pages builds), computed once per build and cached by digest. */
/** One claim of a story told by three outlets or more: each reporting outlet's sentences, and where their wording differs. */
export const outletsClaimSchema = z.object({
  /** Readable slug of the claim's first words and a digest of its sentences' text. */
  id: claimIdSchema,
  /** The ids of the outlets that report it, in the story's order. */
  outlets: z.array(outletIdSchema).min(1),
  /** Outlet id → its sentences of this claim, in reading order. */
  sentences: z.record(z.string(), z.array(sentenceRefSchema)),
  /** Differences among the outlets that report it: for each, every wording and the outlets that use it. */
  differences: z.array(z.object({ kind: z.enum(differenceKinds), values: z.array(z.object({ outlets: z.array(outletIdSchema).min(1), text: z.string() })).min(2) })),
});

/** A story told by three outlets or more: the claims across them, and a two-outlet comparison for each pair. */
export const outletsComparisonSchema = z.object({
  slug: slugSchema,
  title: z.string(),
  date: isoDateSchema,
  /** Every article, in the story's order. */
  articles: z.array(articleRefSchema).min(3),
  /** Claims in the order of their first sentence in the first article that reports them. */
  claims: z.array(outletsClaimSchema),
  /** Each pair of outlets, `<a>-vs-<b>` in the story's order, and its comparison (today's two-outlet shape). */
  pairs: z.array(z.object({ path: z.string(), comparison: comparisonSchema })),
  /** Claim ids earlier builds published and no claim has now, and where they lead (as in a two-outlet comparison). */
  aliases: z.array(claimAliasSchema).default([]),
});

export const storyEntrySchema = storySchema.extend({ comparison: comparisonSchema.nullable(), outlets: outletsComparisonSchema.nullable().default(null) });
export type OutletsComparison = z.infer<typeof outletsComparisonSchema>;
export type OutletsClaimEntry = z.infer<typeof outletsClaimSchema>;
export type StoryEntry = z.infer<typeof storyEntrySchema>;
