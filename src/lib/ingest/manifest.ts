import { z } from 'zod';
import { IngestError } from './errors.ts';
import { isoDateSchema, slugSchema } from '../schemas.ts';

/** Per-article metadata the raw text may not carry; each field overrides what is inferred. */
export const articleOverridesSchema = z.strictObject({
  file: z.string().min(1),
  outlet: z.strictObject({ name: z.string().min(1).optional(), id: slugSchema.optional() }).optional(),
  headline: z.string().min(1).optional(),
  url: z.url().optional(),
  published: isoDateSchema.optional(),
  contributors: z.array(z.string().min(1)).optional(),
});

/** `story.json`: the one hand-written file in a story folder. */
export const manifestSchema = z.strictObject({
  title: z.string().min(1),
  date: isoDateSchema,
  /** Defaults to the folder name. */
  slug: slugSchema.optional(),
  /** Left article first. Defaults to the folder's two `.txt` files in name order. */
  articles: z.array(articleOverridesSchema).optional(),
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
