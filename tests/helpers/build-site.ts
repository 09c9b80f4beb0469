import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from './paths.ts';

export interface BuildResult {
  status: number | null;
  output: string;
}

// Builds share the project's `.astro` folder (Astro's prerender chunks): two
// test files building at once can delete each other's chunks. A lock folder
// runs one build at a time across test workers.
const LOCK = path.join(ROOT, '.cache/build-lock');
const pause = (ms: number) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

/** Whether the process that took the lock is gone (a killed test run leaves its lock behind). */
function stale(): boolean {
  try {
    process.kill(Number(readFileSync(path.join(LOCK, 'pid'), 'utf8')), 0);
    return false;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ESRCH';
  }
}

function withBuildLock<T>(run: () => T): T {
  mkdirSync(path.dirname(LOCK), { recursive: true });
  for (;;) {
    try {
      mkdirSync(LOCK);
      writeFileSync(path.join(LOCK, 'pid'), String(process.pid));
      break;
    } catch {
      if (stale()) rmSync(LOCK, { recursive: true, force: true });
      else pause(200);
    }
  }
  try {
    return run();
  } finally {
    rmSync(LOCK, { recursive: true, force: true });
  }
}

/** Runs the project's build script on a content folder into an output folder, one build at a time. */
export function buildSite(content: string, outDir: string, env: Record<string, string> = {}, options: { timeout?: number } = {}): BuildResult {
  return withBuildLock(() => {
    const result = spawnSync(process.execPath, [path.join(ROOT, 'scripts/build.mjs')], {
      cwd: ROOT,
      encoding: 'utf8',
      ...(options.timeout ? { timeout: options.timeout } : {}),
      env: { ...process.env, PARALLAX_CONTENT: content, PARALLAX_OUT_DIR: outDir, ...env },
    });
    return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
  });
}
