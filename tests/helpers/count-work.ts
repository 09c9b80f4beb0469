import { vi } from 'vitest';

/**
 * Characters a function hands to a built-in string or pattern method while it
 * runs (the substrings `slice` returns, the texts `test` scans): a count of
 * work done that, unlike a timing, is the same on every machine, so a test
 * can tell linear from quadratic work without a clock.
 */
export function charactersThrough(method: 'slice' | 'test', run: () => unknown): number {
  const target = (method === 'slice' ? String.prototype : RegExp.prototype) as unknown as Record<string, (...args: unknown[]) => unknown>;
  const original = target[method]!;
  let characters = 0;
  const spy = vi.spyOn(target, method).mockImplementation(function (this: unknown, ...args: unknown[]) {
    const result = original.apply(this, args);
    characters += method === 'slice' ? String(result).length : String(args[0]).length;
    return result;
  });
  try {
    run();
  } finally {
    spy.mockRestore();
  }
  return characters;
}
