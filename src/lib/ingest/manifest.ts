import { z } from 'zod';
import { IngestError } from './errors.ts';
import { correctionsSchema, isoDateSchema, outletIdSchema, slugSchema, textSchema, webUrlSchema } from '../schemas.ts';

/**
 * A file of the story folder, named as it is in the folder: a folder path or
 * ".." could read any file on the machine and publish it.
 */
export const storyFileSchema = z
  .string()
  .min(1)
  .refine((name) => !/[/\\\0]/.test(name) && name !== '.' && name !== '..', 'must be the name of a file in the story folder ("left.txt"), without a folder path');

/** Per-article metadata the raw text may not carry; each field overrides what is inferred. */
export const articleOverridesSchema = z.strictObject({
  file: storyFileSchema,
  outlet: z.strictObject({ name: textSchema.optional(), id: outletIdSchema.optional() }).optional(),
  headline: textSchema.optional(),
  url: webUrlSchema.optional(),
  published: isoDateSchema.optional(),
  contributors: z.array(textSchema).optional(),
  /** A note for readers about this article's text, shown with it (e.g. that it was machine-translated). */
  note: textSchema.max(300, 'must be at most 300 characters').optional(),
});

/** `story.json`: the one hand-written file in a story folder. */
export const manifestSchema = z.strictObject({
  title: textSchema,
  date: isoDateSchema,
  /** Defaults to the folder name. */
  slug: slugSchema.optional(),
  /** Left article first. Defaults to the folder's two `.txt` files in name order. */
  articles: z.array(articleOverridesSchema).optional(),
  /** An editor's corrections to the alignment: sentence ids to pair and to separate. */
  corrections: correctionsSchema.optional(),
});

export type ArticleOverrides = z.infer<typeof articleOverridesSchema>;
export type Manifest = z.infer<typeof manifestSchema>;

/** Formats zod issues as `field.path: message` lines. */
export function formatIssues(error: z.ZodError): string {
  return error.issues
    .map((issue) => `${issue.path.length ? issue.path.join('.') : '(root)'}: ${issue.message}`)
    .join('; ');
}

/** Parses and validates a manifest's text; errors name the file and the field path. */
export function parseManifest(text: string, file: string): Manifest {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new IngestError(file, `not valid JSON (${(error as Error).message})`);
  }
  const result = manifestSchema.safeParse(json);
  if (!result.success) throw new IngestError(file, `invalid manifest: ${formatIssues(result.error)}`);
  return result.data;
}
