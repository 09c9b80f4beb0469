import { expect, test } from 'vitest';
import { coalesce } from '../../../src/lib/build/coalesce.ts';

test('never runs the task twice at once; triggers during a run ask for one more run (two syncs wrote one store at once)', async () => {
  let running = 0;
  let most = 0;
  let runs = 0;
  let release: () => void = () => undefined;
  const trigger = coalesce(async () => {
    running++;
    most = Math.max(most, running);
    runs++;
    await new Promise<void>((resolve) => (release = resolve));
    running--;
  }, () => undefined);
  const first = trigger();
  void trigger();
  void trigger();
  void trigger();
  release();
  await first;
  // The second run starts once the first ends.
  await new Promise((resolve) => setTimeout(resolve, 0));
  expect(runs).toBe(2);
  release();
  await new Promise((resolve) => setTimeout(resolve, 0));
  expect(most).toBe(1);
  expect(runs).toBe(2);
});

test('a failing run is reported, and the next trigger runs again', async () => {
  const errors: unknown[] = [];
  let n = 0;
  const trigger = coalesce(async () => {
    n++;
    if (n === 1) throw new Error('bad story');
  }, (error) => errors.push(error));
  await trigger();
  await trigger();
  expect(errors.map((e) => (e as Error).message)).toEqual(['bad story']);
  expect(n).toBe(2);
});
