import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { readdir, readFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { publishCards } from '../lib/og/publish-cards.ts';
import { FONT_FILES, type Card } from '../lib/og/render-card.ts';
import { shareCards } from '../lib/present/cards.ts';
import type { Comparison } from '../lib/schemas.ts';
import { WorkerPool } from '../lib/workers/pool.ts';

const RENDERER_PACKAGES = ['@napi-rs/canvas', '@fontsource/inter', '@fontsource/source-serif-4'];

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
        if (!existsSync(dataDir)) return;
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
          jobs.push(...shareCards(comparison, host));
        }
        // The renderer is its source, the versions of the drawing library and the font packages, and the fonts' bytes.
        const ogDir = path.join(root, 'src/lib/og');
        const sources = (await readdir(ogDir)).filter((f) => f.endsWith('.ts')).sort();
        const renderer = createHash('sha256');
        for (const f of sources) renderer.update(f).update(await readFile(path.join(ogDir, f)));
        const require = createRequire(path.join(root, 'package.json'));
        for (const pkg of RENDERER_PACKAGES) renderer.update(pkg).update(await readFile(require.resolve(`${pkg}/package.json`)));
        for (const font of FONT_FILES) renderer.update(await readFile(require.resolve(font[1])));
        const pool = new WorkerPool<Card, Uint8Array>(path.join(ogDir, 'card-worker.ts'), availableParallelism(), 'share card');
        try {
          const { drawn, reused } = await publishCards(jobs, {
            outDir,
            cacheDir: path.resolve(root, cacheDir),
            renderer: renderer.digest('hex'),
            draw: async (card) => Buffer.from(await pool.run(card)),
          });
          logger.info(`${jobs.length} share cards: drew ${drawn}, ${reused} unchanged`);
        } finally {
          await pool.close();
        }
      },
    },
  };
}
