import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

/**
 * Builds the search index with Pagefind (the static search Astro's own
 * documentation uses) once the pages are written: the comparison pages and
 * the claims' share pages (marked `data-pagefind-body`), into `/pagefind/`.
 * Nothing loads it until a reader searches (see the search page).
 */
export function searchIndexIntegration(): AstroIntegration {
  return {
    name: 'parallax-search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const { index, errors } = await pagefind.createIndex({});
        if (!index) throw new Error(`search index: ${errors.join('; ')}`);
        try {
          const added = await index.addDirectory({ path: outDir });
          if (added.errors.length > 0) throw new Error(`search index: ${added.errors.join('; ')}`);
          const written = await index.writeFiles({ outputPath: path.join(outDir, 'pagefind') });
          if (written.errors.length > 0) throw new Error(`search index: ${written.errors.join('; ')}`);
          logger.info(`search index: ${added.page_count} pages`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
