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

/** Which claims get a share page and card of their own (`PARALLAX_SHARE_PAGES`). */
export type SharePages = 'all' | 'shared' | 'none';

/**
 * `all` (the default): every claim; `shared`: only claims two outlets report
 * (their cards set the wordings side by side; a one-sided claim's page adds
 * little); `none`: no claim pages or cards, for a host that caps the number
 * of files. Comparisons, reading views and the lists stay; links to claims
 * without a page of their own land on the claim on its comparison.
 */
export function sharePages(env: NodeJS.ProcessEnv = process.env): SharePages {
  const value = env.PARALLAX_SHARE_PAGES || 'all';
  if (value !== 'all' && value !== 'shared' && value !== 'none') throw new Error(`PARALLAX_SHARE_PAGES is "${value}"; use all, shared or none`);
  return value;
}
