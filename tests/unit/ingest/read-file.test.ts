import { describe, expect, test } from 'vitest';
import { describeFsError, isInside } from '../../../src/lib/ingest/read-file.ts';

describe('describeFsError', () => {
  // Permission errors cannot be made as root, which CI runs as: the mapping is tested on the error codes.
  test.each([
    { code: 'ENOENT', problem: 'file not found' },
    { code: 'ENOTDIR', problem: 'file not found' },
    { code: 'EACCES', problem: 'cannot be read: permission denied' },
    { code: 'EPERM', problem: 'cannot be read: permission denied' },
    { code: 'ELOOP', problem: 'is a symbolic link that cannot be followed (a loop)' },
    { code: 'EIO', problem: 'cannot be read (EIO)' },
  ])('$code: "$problem" (a permission error read as "no story.json")', ({ code, problem }) => {
    const error = describeFsError(Object.assign(new Error('raw'), { code }), 's/story.json');
    expect(error.file).toBe('s/story.json');
    expect(error.problem).toBe(problem);
  });
});

describe('isInside', () => {
  test.each([
    ['/c/story', '/c/story/a.txt', true],
    ['/c/story', '/c/story/sub/a.txt', true],
    ['/c/story', '/c/story', false],
    ['/c/story', '/c/other/a.txt', false],
    ['/c/story', '/c/story-2/a.txt', false],
    ['/c/story', '/c/story/../other', false],
    ['/c/story', '/c/story/..data', true],
  ])('%s holds %s: %s', (dir, file, inside) => {
    expect(isInside(dir, file)).toBe(inside);
  });
});
