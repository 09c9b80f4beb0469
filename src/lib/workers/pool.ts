import { parentPort, Worker, type Transferable } from 'node:worker_threads';

interface Pending<Out> {
  resolve: (value: Out) => void;
  reject: (error: Error) => void;
}

/**
 * A fixed pool of worker threads running one script, which answers each
 * `{ id, input }` message with `{ id, output }` or `{ id, error }` (see
 * `serveTasks`). Tasks go to the least busy worker. A worker holds the
 * process open only while it has tasks, so an idle pool never keeps a build
 * from ending.
 */
export class WorkerPool<In, Out> {
  readonly #workers: { worker: Worker; busy: number }[] = [];
  readonly #pending = new Map<number, Pending<Out>>();
  #next = 0;

  constructor(file: string, size: number, label: string) {
    for (let k = 0; k < size; k++) {
      const worker = new Worker(file);
      const slot = { worker, busy: 0 };
      worker.unref();
      worker.on('message', ({ id, output, error }: { id: number; output?: Out; error?: string }) => {
        const job = this.#pending.get(id);
        this.#pending.delete(id);
        if (--slot.busy === 0) worker.unref();
        if (!job) return;
        if (error === undefined) job.resolve(output as Out);
        else job.reject(new Error(`${label}: ${error}`));
      });
      worker.on('error', (error) => {
        for (const job of this.#pending.values()) job.reject(error);
        this.#pending.clear();
      });
      this.#workers.push(slot);
    }
  }

  /** Runs one task on the least busy worker. */
  run(input: In, transfer: readonly Transferable[] = []): Promise<Out> {
    const slot = this.#workers.reduce((a, b) => (b.busy < a.busy ? b : a));
    const id = this.#next++;
    if (slot.busy++ === 0) slot.worker.ref();
    return new Promise((resolve, reject) => {
      this.#pending.set(id, { resolve, reject });
      slot.worker.postMessage({ id, input }, transfer);
    });
  }

  /** Stops the workers. */
  async close(): Promise<void> {
    await Promise.all(this.#workers.map(({ worker }) => worker.terminate()));
  }
}

/** In a worker thread: answers a `WorkerPool`'s tasks with `task`, handing over the buffers `transfer` names. */
export function serveTasks<In, Out>(task: (input: In) => Out | Promise<Out>, transfer: (output: Out) => Transferable[] = () => []): void {
  parentPort?.on('message', async ({ id, input }: { id: number; input: In }) => {
    try {
      const output = await task(input);
      parentPort!.postMessage({ id, output }, transfer(output));
    } catch (error) {
      parentPort!.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
    }
  });
}
