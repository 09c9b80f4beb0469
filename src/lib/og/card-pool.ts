import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { renderCard, type Card } from './render-card.ts';

/** Where the worker's source sits; the build runs from the project root, and bundling must not move it. */
const WORKER = path.resolve('src/lib/og/card-worker.ts');

interface Pending {
  resolve: (png: Buffer) => void;
  reject: (error: Error) => void;
}

/**
 * A pool of worker threads that draw share cards, one per core, so cards are
 * drawn on every core while the main thread renders pages (with Astro's
 * `build.concurrency` above one, several card routes are in flight at once).
 * A worker holds the process open only while it has cards to draw.
 */
export class CardPool {
  readonly #workers: { worker: Worker; busy: number }[] = [];
  readonly #pending = new Map<number, Pending>();
  #next = 0;

  constructor(size: number, file = WORKER) {
    for (let k = 0; k < size; k++) {
      const worker = new Worker(file);
      const slot = { worker, busy: 0 };
      worker.unref();
      worker.on('message', ({ id, png, error }: { id: number; png?: Uint8Array; error?: string }) => {
        const job = this.#pending.get(id);
        this.#pending.delete(id);
        if (--slot.busy === 0) worker.unref();
        if (!job) return;
        if (png) job.resolve(Buffer.from(png.buffer, png.byteOffset, png.byteLength));
        else job.reject(new Error(`share card: ${error ?? 'the worker returned nothing'}`));
      });
      worker.on('error', (error) => {
        for (const job of this.#pending.values()) job.reject(error);
        this.#pending.clear();
      });
      this.#workers.push(slot);
    }
  }

  /** Draws a card on the least busy worker. */
  draw(card: Card): Promise<Buffer> {
    const slot = this.#workers.reduce((a, b) => (b.busy < a.busy ? b : a));
    const id = this.#next++;
    if (slot.busy++ === 0) slot.worker.ref();
    return new Promise((resolve, reject) => {
      this.#pending.set(id, { resolve, reject });
      slot.worker.postMessage({ id, card });
    });
  }

  /** Stops the workers. */
  async close(): Promise<void> {
    await Promise.all(this.#workers.map(({ worker }) => worker.terminate()));
  }
}

let shared: CardPool | null | undefined;

/**
 * Draws a card in the shared pool (one worker per core), or on this thread
 * when the worker's source is not at hand (the code runs from elsewhere than
 * the project root).
 */
export function drawCard(card: Card): Promise<Buffer> {
  shared ??= existsSync(WORKER) ? new CardPool(availableParallelism()) : null;
  return shared ? shared.draw(card) : Promise.resolve(renderCard(card));
}
