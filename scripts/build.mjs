// Builds the site into `<out>.partial` and renames it to `<out>` only when the
// build succeeds, so a failed build never leaves a partial site where a
// complete one is expected. `PARALLAX_OUT_DIR` names `<out>` (default: dist).
import { existsSync, renameSync, rmSync } from 'node:fs';
import { build } from 'astro';

// The build runs offline; do not try to send Astro's usage data.
process.env.ASTRO_TELEMETRY_DISABLED ??= '1';

const out = process.env.PARALLAX_OUT_DIR || 'dist';
const partial = `${out}.partial`;

rmSync(partial, { recursive: true, force: true });
try {
  await build({ outDir: partial });
} catch (error) {
  rmSync(partial, { recursive: true, force: true });
  console.error(`\nBuild failed: ${error instanceof Error ? error.message : String(error)}`);
  console.error(`Nothing was published${existsSync(out) ? ` (${out}/ still holds the previous complete build)` : ''}.`);
  process.exit(1);
}
rmSync(out, { recursive: true, force: true });
renameSync(partial, out);
console.log(`Site written to ${out}/ (peak memory ${Math.round(process.resourceUsage().maxRSS / 1024)} MB)`);
