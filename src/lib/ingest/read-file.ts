import { constants } from 'node:fs';
import { lstat, open, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { formatSize } from './decode.ts';
import { IngestError } from './errors.ts';

export interface ReadFileOptions {
  /** The path shown in messages. */
  display: string;
  /** Largest file accepted; checked before a byte is read. */
  maxBytes: number;
  /** What the file is, for the size message ("one article"). */
  what: string;
  /**
   * The folder the file must stay inside, as a real path (a story folder,
   * through `realpath`). Without it the path is read as given (a file named
   * on the command line).
   */
  within?: string;
}

/** Whether `file` lies strictly inside `dir` (both absolute, symlinks resolved). */
export function isInside(dir: string, file: string): boolean {
  const rel = path.relative(dir, file);
  return rel !== '' && !rel.startsWith(`..${path.sep}`) && rel !== '..' && !path.isAbsolute(rel);
}

/** A file-system error as a problem a person can act on; never more than the path they gave. */
export function describeFsError(error: unknown, display: string): IngestError {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  switch (code) {
    case 'ENOENT':
    case 'ENOTDIR':
      return new IngestError(display, 'file not found');
    case 'EACCES':
    case 'EPERM':
      return new IngestError(display, 'cannot be read: permission denied');
    case 'ELOOP':
      return new IngestError(display, 'is a symbolic link that cannot be followed (a loop)');
    default:
      return new IngestError(display, `cannot be read (${code ?? (error instanceof Error ? error.message : String(error))})`);
  }
}

/** What kind of thing a non-regular file is, in words. */
function kindOf(info: { isDirectory(): boolean; isFIFO(): boolean; isSocket(): boolean; isCharacterDevice(): boolean; isBlockDevice(): boolean }): string {
  if (info.isDirectory()) return 'a folder';
  if (info.isFIFO()) return 'a named pipe (FIFO)';
  if (info.isSocket()) return 'a socket';
  if (info.isCharacterDevice() || info.isBlockDevice()) return 'a device';
  return 'not a regular file';
}

const LEADS_OUT = 'leads outside its story folder (or to nothing); story files must be inside the story folder: copy the file there';

/**
 * The real path of a file in `folder` (itself a real path). A path or a
 * symbolic link that leads out of the folder, or nowhere, is refused with one
 * message whatever its target, so the error tells nothing about files
 * elsewhere on the machine.
 */
export async function resolveInside(file: string, folder: string, display: string): Promise<string> {
  if (!isInside(folder, path.resolve(file))) throw new IngestError(display, LEADS_OUT);
  const link = await lstat(file).catch((error: unknown) => Promise.reject(describeFsError(error, display)));
  if (!link.isSymbolicLink()) return file;
  const real = await realpath(file).catch(() => null);
  if (real === null || !isInside(folder, real)) throw new IngestError(display, `is a symbolic link that ${LEADS_OUT}`);
  return real;
}

/**
 * Reads a regular file whole. Its type and size are checked before any byte
 * is read: a named pipe would block the build for ever, a device such as
 * /dev/zero never ends, and a 2 GB file would be read into memory only to be
 * refused. With `within`, the file must resolve inside that folder.
 */
export async function readRegularFile(file: string, options: ReadFileOptions): Promise<Buffer> {
  const { display, maxBytes, what, within } = options;
  const real = within ? await resolveInside(file, within, display) : file;
  const info = await stat(real).catch((error: unknown) => Promise.reject(describeFsError(error, display)));
  if (!info.isFile()) throw new IngestError(display, `is ${kindOf(info)}, not a file; only regular files are read`);
  if (info.size > maxBytes) throw new IngestError(display, `file is ${formatSize(info.size)}; the limit for ${what} is ${formatSize(maxBytes)}`);
  // O_NONBLOCK: should the path be swapped for a pipe after the check, opening it still does not wait.
  const flags = constants.O_RDONLY | constants.O_NONBLOCK | (within ? constants.O_NOFOLLOW : 0);
  const handle = await open(real, flags).catch((error: unknown) => Promise.reject(describeFsError(error, display)));
  try {
    const opened = await handle.stat();
    if (!opened.isFile() || opened.ino !== info.ino || opened.dev !== info.dev) {
      throw new IngestError(display, 'changed while it was being read; try again');
    }
    // Read at most one byte past the limit: a file that grew since the check is still refused, never read whole.
    const buffer = Buffer.alloc(Math.min(opened.size, maxBytes) + 1);
    let length = 0;
    while (length < buffer.length) {
      const { bytesRead } = await handle.read(buffer, length, buffer.length - length, length);
      if (bytesRead === 0) break;
      length += bytesRead;
    }
    if (length > maxBytes) throw new IngestError(display, `file is over ${formatSize(maxBytes)}, the limit for ${what}`);
    return buffer.subarray(0, length);
  } finally {
    await handle.close();
  }
}
