import type { AstroIntegration } from 'astro';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { readdir, readFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { sourceDigest } from '../lib/build/source-digest.ts';
import { plainPages } from '../lib/config.ts';
import { publishCards } from '../lib/og/publish-cards.ts';
import { FONT_FILES, type Card } from '../lib/og/render-card.ts';
import { shareCards } from '../lib/present/cards.ts';
import { outletsShareCards } from '../lib/present/outlets.ts';
import type { Comparison, OutletsComparison } from '../lib/schemas.ts';
import { WorkerPool } from '../lib/workers/pool.ts';

export interface ShareCardOptions {
  /** Folder of drawn cards kept between builds. */
  cacheDir: string;
}

/**
 * Draws the share images once the pages are built: from each published
 * comparison (`api/comparisons/<slug>.json`, the site's own data contract),
 * on one worker thread per core, cached by digest and hard-linked into the
 * output. Drawing them here, not in Astro routes, means a rebuild neither
 * re-reads nor re-writes the gigabytes of an archive's unchanged cards.
 */
export function shareCardsIntegration({ cacheDir }: ShareCardOptions): AstroIntegration {
  let root = '';
  let host = '';
  return {
    name: 'parallax-share-cards',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
        host = config.site ? new URL(config.site).host : '';
      },
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const dataDir = path.join(outDir, 'api/comparisons');
        if (!existsSync(dataDir)) {
          // Plain pages have no comparisons and no cards; otherwise the pages link cards that must exist.
          if (plainPages()) return;
          throw new Error(`${path.relative(root, dataDir)} is missing: the comparison pages link share cards that cannot be drawn`);
        }
        const files = (await readdir(dataDir)).filter((f) => f.endsWith('.json')).sort();
        const jobs = [];
        for (const f of files) {
          const file = path.join('api/comparisons', f);
          let comparison;
          try {
            // Validated against the schema when the loader stored it; here it is only read back.
            comparison = JSON.parse(await readFile(path.join(dataDir, f), 'utf8')) as Comparison;
          } catch (error) {
            throw new Error(`${file}: cannot draw its share cards: ${error instanceof Error ? error.message : String(error)}`);
          }
          jobs.push(...('pairs' in comparison ? outletsShareCards(comparison as unknown as OutletsComparison, host) : shareCards(comparison, host)));
        }
        // The renderer is every module the card worker reaches, the drawing library's version, and the fonts' bytes.
        const worker = path.join(root, 'src/lib/og/card-worker.ts');
        const require = createRequire(path.join(root, 'package.json'));
        const fonts = await Promise.all(FONT_FILES.map((font) => readFile(require.resolve(font[1]))));
        const renderer = await sourceDigest([worker], root, fonts);
        const pool = new WorkerPool<Card, Uint8Array>(worker, availableParallelism(), 'share card');
        try {
          const { drawn, reused, copied } = await publishCards(jobs, {
            outDir,
            cacheDir: path.resolve(root, cacheDir),
            renderer,
            draw: async (card) => Buffer.from(await pool.run(card)),
          });
          logger.info(`${jobs.length} share cards: drew ${drawn}, ${reused} unchanged${copied ? `; ${copied} copied, as the cache is on another file system` : ''}`);
        } finally {
          await pool.close();
        }
      },
    },
  };
}
