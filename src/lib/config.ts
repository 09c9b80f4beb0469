/** Build settings read from the environment, with their defaults. */

/** Folder of story folders; `PARALLAX_CONTENT` points the build elsewhere (benchmarks, tests). */
export function contentRoot(env: NodeJS.ProcessEnv = process.env): string {
  return env.PARALLAX_CONTENT || 'content/stories';
}

/** Plain pages only (`PARALLAX_PLAIN=1`): no alignment, comparison, claim or share pages; the benchmark's baseline. */
export function plainPages(env: NodeJS.ProcessEnv = process.env): boolean {
  return env.PARALLAX_PLAIN === '1';
}

/** Canonical origin of the published site; `PARALLAX_SITE` overrides it. */
export function siteUrl(env: NodeJS.ProcessEnv = process.env): string {
  return env.PARALLAX_SITE || 'https://parallax.example.org';
}

/** Folder for build caches (Astro's data store, share images); `PARALLAX_CACHE_DIR` moves it. */
export function cacheDir(env: NodeJS.ProcessEnv = process.env): string {
  return env.PARALLAX_CACHE_DIR || '.cache';
}
