import { vi } from 'vitest';

/**
 * Characters a function hands to a built-in string or pattern method while it
 * runs: a count of work done that, unlike a timing, is the same on every
 * machine, so a test can tell linear from quadratic work without a clock.
 */
export function charactersThrough(method: 'slice' | 'test', run: () => unknown): number {
  let characters = 0;
  if (method === 'slice') {
    const original = String.prototype.slice;
    const spy = vi.spyOn(String.prototype, 'slice').mockImplementation(function (this: string, start?: number, end?: number) {
      const part = original.call(this, start, end);
      characters += part.length;
      return part;
    });
    try {
      run();
    } finally {
      spy.mockRestore();
    }
    return characters;
  }
  const original = RegExp.prototype.test;
  const spy = vi.spyOn(RegExp.prototype, 'test').mockImplementation(function (this: RegExp, text: string) {
    characters += String(text).length;
    return original.call(this, text);
  });
  try {
    run();
  } finally {
    spy.mockRestore();
  }
  return characters;
}
