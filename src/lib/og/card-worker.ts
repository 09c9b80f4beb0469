// Worker thread that draws share cards for the build's card pool (see card-pool.ts).
import { parentPort } from 'node:worker_threads';
import { renderCard, type Card } from './render-card.ts';

parentPort?.on('message', async ({ id, card }: { id: number; card: Card }) => {
  try {
    const png = renderCard(card);
    const bytes = new Uint8Array(png.buffer, png.byteOffset, png.byteLength).slice();
    parentPort!.postMessage({ id, png: bytes }, [bytes.buffer]);
  } catch (error) {
    parentPort!.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
  }
});
