import { randomUUID } from 'node:crypto';
import { rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { decodeUtf8 } from './decode.ts';
import { IngestError } from './errors.ts';
import { formatIssues } from './manifest.ts';
import { readRegularFile } from './read-file.ts';
import { claimIdSchema, sentenceIdSchema } from '../schemas.ts';

/** The record, in each story folder, of every claim id a build has published. */
export const PUBLISHED_FILE = 'published-claims.json';
const MAX_PUBLISHED_BYTES = 4 * 1024 * 1024;

/** Claim id → the ids of the sentences it held when it was published. */
export type PublishedClaims = Record<string, string[]>;

const publishedSchema = z.strictObject({
  claims: z.record(claimIdSchema, z.array(sentenceIdSchema).min(1)),
});

/**
 * Reads a story folder's record of published claim ids (`dir` is the
 * folder's real path; `shown` the path for messages); empty when there is
 * none yet. It is untrusted input like the rest of the folder.
 */
export async function readPublished(dir: string, shown: string): Promise<PublishedClaims> {
  const display = path.join(shown, PUBLISHED_FILE);
  const bytes = await readRegularFile(path.join(dir, PUBLISHED_FILE), { display, maxBytes: MAX_PUBLISHED_BYTES, what: PUBLISHED_FILE, within: dir }).catch(
    (error: unknown) => (error instanceof IngestError && error.problem === 'file not found' ? null : Promise.reject(error)),
  );
  if (bytes === null) return {};
  let json: unknown;
  try {
    json = JSON.parse(decodeUtf8(bytes, display, MAX_PUBLISHED_BYTES, PUBLISHED_FILE));
  } catch (error) {
    throw error instanceof IngestError ? error : new IngestError(display, `not valid JSON (${(error as Error).message})`);
  }
  const result = publishedSchema.safeParse(json);
  if (!result.success) throw new IngestError(display, `invalid record of published claims: ${formatIssues(result.error)}`);
  return result.data.claims;
}

/**
 * The record once this build's claims are in it, or null when it already
 * holds them as they are: ids are only ever added (an id once published
 * stays reachable), and a current id notes the sentences it holds now.
 */
export function recordClaims(record: PublishedClaims, claims: readonly { id: string; left: readonly { id: string }[]; right: readonly { id: string }[] }[]): PublishedClaims | null {
  const next: PublishedClaims = { ...record };
  let changed = false;
  for (const claim of claims) {
    const sentences = [...claim.left, ...claim.right].map((s) => s.id);
    if (JSON.stringify(next[claim.id]) === JSON.stringify(sentences)) continue;
    next[claim.id] = sentences;
    changed = true;
  }
  if (!changed) return null;
  return Object.fromEntries(Object.keys(next).sort().map((id) => [id, next[id]!]));
}

/** Writes a story folder's record (write, then rename: a build that stops midway leaves the old one whole). */
export async function writePublished(dir: string, record: PublishedClaims): Promise<void> {
  const file = path.join(dir, PUBLISHED_FILE);
  const tmp = `${file}.${process.pid}.${randomUUID()}.tmp`;
  const lines = Object.entries(record).map(([id, sentences]) => `    ${JSON.stringify(id)}: ${JSON.stringify(sentences)}`);
  await writeFile(tmp, `{\n  "claims": {\n${lines.join(',\n')}\n  }\n}\n`);
  await rename(tmp, file);
}
