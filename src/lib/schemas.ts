/**
 * The serialisable data model, defined once as zod schemas: the content
 * collection validates with them and the TypeScript types are inferred from them.
 */
import { z } from 'zod';

/** Kebab-case identifier used in URLs (story slugs, outlet ids). */
export const slugSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lowercase letters, digits and single hyphens');

/** An ISO calendar date, YYYY-MM-DD. */
export const isoDateSchema = z.iso.date();

export const outletSchema = z.object({
  /** Display name, e.g. "New York Times". */
  name: z.string().min(1),
  /** Short id used in URLs and sentence ids, e.g. "nyt". */
  id: slugSchema,
});

export const sentenceSchema = z.object({
  /** Stable id: `<outlet>-p<NN>-s<N>`, e.g. `nyt-p02-s1`. */
  id: z.string(),
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
  headline: z.string().nullable(),
  url: z.url().nullable(),
  published: isoDateSchema.nullable(),
  contributors: z.array(z.string()),
  /** Path of the raw file, relative to the content root. */
  file: z.string(),
  paragraphs: z.array(paragraphSchema).min(1),
});

export const storySchema = z.object({
  slug: slugSchema,
  title: z.string().min(1),
  date: isoDateSchema,
  /** Exactly two articles: left, then right. */
  articles: z.tuple([articleSchema, articleSchema]),
});

export type Outlet = z.infer<typeof outletSchema>;
export type Sentence = z.infer<typeof sentenceSchema>;
export type Paragraph = z.infer<typeof paragraphSchema>;
export type Article = z.infer<typeof articleSchema>;
export type Story = z.infer<typeof storySchema>;
