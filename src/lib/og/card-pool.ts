import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { WorkerPool } from '../workers/pool.ts';
import { renderCard, type Card } from './render-card.ts';

/** Where the worker's source sits; the build runs from the project root, and bundling must not move it. */
const WORKER = path.resolve('src/lib/og/card-worker.ts');

let pool: WorkerPool<Card, Uint8Array> | null | undefined;

/**
 * Draws a card on a pool of worker threads, one per core, so cards are drawn
 * on every core while the main thread renders pages (Astro's
 * `build.concurrency` keeps several card routes in flight); on this thread
 * when the worker's source is not at hand (code run from elsewhere than the
 * project root).
 */
export async function drawCard(card: Card): Promise<Buffer> {
  pool ??= existsSync(WORKER) ? new WorkerPool<Card, Uint8Array>(WORKER, availableParallelism(), 'share card') : null;
  if (!pool) return renderCard(card);
  const png = await pool.run(card);
  return Buffer.from(png.buffer, png.byteOffset, png.byteLength);
}
