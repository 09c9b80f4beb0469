import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { WorkerPool } from '../../../src/lib/workers/pool.ts';
import { ROOT } from '../../helpers/paths.ts';

const pool = new WorkerPool<number, number>(path.join(ROOT, 'tests/fixtures/workers/square.ts'), 2, 'square');
afterAll(() => pool.close());

describe('WorkerPool', () => {
  test('runs tasks on its threads and answers each in order of asking', async () => {
    const inputs = Array.from({ length: 50 }, (_, k) => k);
    await expect(Promise.all(inputs.map((n) => pool.run(n)))).resolves.toEqual(inputs.map((n) => n * n));
  });

  test('a failed task rejects with the pool’s label and the worker’s message; the pool goes on', async () => {
    await expect(pool.run(-3)).rejects.toThrow('square: cannot square -3 here');
    await expect(pool.run(4)).resolves.toBe(16);
  });

  test('a worker that exits fails its own task with a message, and the pool does not hang on it', async () => {
    const one = new WorkerPool<number, number>(path.join(ROOT, 'tests/fixtures/workers/square.ts'), 1, 'square');
    await expect(one.run(-99)).rejects.toThrow('square: worker exited (code 3)');
    await expect(one.run(2)).rejects.toThrow(/worker exited/);
    await one.close();
  });
});
