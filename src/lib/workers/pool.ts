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
interface Slot<Out> {
  worker: Worker;
  /** Tasks sent to this worker and not yet answered. */
  pending: Map<number, Pending<Out>>;
  dead: Error | null;
}

export class WorkerPool<In, Out> {
  readonly #slots: Slot<Out>[] = [];
  readonly #label: string;
  #next = 0;

  constructor(file: string, size: number, label: string) {
    this.#label = label;
    for (let k = 0; k < size; k++) {
      const worker = new Worker(file);
      const slot: Slot<Out> = { worker, pending: new Map(), dead: null };
      worker.unref();
      worker.on('message', ({ id, output, error }: { id: number; output?: Out; error?: string }) => {
        const job = slot.pending.get(id);
        slot.pending.delete(id);
        if (slot.pending.size === 0) worker.unref();
        if (!job) return;
        if (error === undefined) job.resolve(output as Out);
        else job.reject(new Error(`${label}: ${error}`));
      });
      // A worker that fails or exits fails only its own tasks, and takes no more.
      const fail = (error: Error) => {
        slot.dead ??= error;
        for (const job of slot.pending.values()) job.reject(error);
        slot.pending.clear();
      };
      worker.on('error', (error) => fail(new Error(`${label}: worker failed: ${error.message}`)));
      worker.on('messageerror', (error) => fail(new Error(`${label}: unreadable message from worker: ${error.message}`)));
      worker.on('exit', (code) => fail(new Error(`${label}: worker exited (code ${code})`)));
      this.#slots.push(slot);
    }
  }

  /** Runs one task on the least busy live worker. */
  run(input: In, transfer: readonly Transferable[] = []): Promise<Out> {
    const live = this.#slots.filter((s) => !s.dead);
    if (live.length === 0) return Promise.reject(this.#slots[0]?.dead ?? new Error(`${this.#label}: no workers`));
    const slot = live.reduce((a, b) => (b.pending.size < a.pending.size ? b : a));
    const id = this.#next++;
    if (slot.pending.size === 0) slot.worker.ref();
    return new Promise((resolve, reject) => {
      slot.pending.set(id, { resolve, reject });
      slot.worker.postMessage({ id, input }, transfer);
    });
  }

  /** Stops the workers. */
  async close(): Promise<void> {
    for (const slot of this.#slots) slot.dead ??= new Error(`${this.#label}: pool closed`);
    await Promise.all(this.#slots.map(({ worker }) => worker.terminate()));
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
