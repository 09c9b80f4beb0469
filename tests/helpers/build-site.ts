import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { ROOT } from './paths.ts';

export interface BuildResult {
  status: number | null;
  output: string;
}

/** Runs the project's build script on a content folder into an output folder. */
export function buildSite(content: string, outDir: string, env: Record<string, string> = {}): BuildResult {
  const result = spawnSync(process.execPath, [path.join(ROOT, 'scripts/build.mjs')], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, PARALLAX_CONTENT: content, PARALLAX_OUT_DIR: outDir, ...env },
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}
