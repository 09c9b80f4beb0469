// Builds the site beside its destination and swaps it in only when the build
// succeeds, so a failed build never leaves a partial site where a complete
// one is expected. `PARALLAX_OUT_DIR` names the destination (default: dist).
import { existsSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import { build } from 'astro';

// The build runs offline; do not try to send Astro's usage data.
process.env.ASTRO_TELEMETRY_DISABLED ??= '1';

// Resolved, so "dist/" and "dist" are one folder: with a trailing slash the
// partial build used to land inside the folder it then deleted.
const out = path.resolve(process.env.PARALLAX_OUT_DIR || 'dist');
const partial = `${out}.partial`;
const previous = `${out}.previous`;
/** The output folder as people see it: relative to the working directory when inside it. */
const shown = path.relative(process.cwd(), out).startsWith('..') ? out : path.relative(process.cwd(), out) || '.';

rmSync(partial, { recursive: true, force: true });
try {
  await build({ outDir: partial });
} catch (error) {
  rmSync(partial, { recursive: true, force: true });
  console.error(`\nBuild failed: ${error instanceof Error ? error.message : String(error)}`);
  console.error(`Nothing was published${existsSync(out) ? ` (${shown}/ still holds the previous complete build)` : ''}.`);
  process.exit(1);
}
// Two renames, then the old site is removed: the new build is never
// deleted, and the site is missing only between the two renames (a folder
// cannot be renamed over a non-empty one).
rmSync(previous, { recursive: true, force: true });
if (existsSync(out)) renameSync(out, previous);
renameSync(partial, out);
rmSync(previous, { recursive: true, force: true });
console.log(`Site written to ${shown}/ (peak memory ${Math.round(process.resourceUsage().maxRSS / 1024)} MB)`);
