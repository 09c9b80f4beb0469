import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, test } from 'vitest';
import { shareCardsIntegration } from '../../../src/integrations/share-cards.ts';
import { ROOT } from '../../helpers/paths.ts';

const logger = { info: () => undefined, warn: () => undefined, error: () => undefined } as never;

/** Runs the integration's build-done hook on an output folder, as Astro would. */
async function runHook(outDir: string): Promise<void> {
  const integration = shareCardsIntegration({ cacheDir: mkdtempSync(path.join(tmpdir(), 'cards-cache-')) });
  const hooks = integration.hooks as Record<string, (options: object) => Promise<void> | void>;
  await hooks['astro:config:done']!({ config: { root: pathToFileURL(`${ROOT}/`), site: 'https://example.org' } });
  await hooks['astro:build:done']!({ dir: pathToFileURL(`${outDir}/`), logger });
}

describe('shareCardsIntegration', () => {
  test('a build without its comparisons fails rather than publishing pages that link missing cards (it skipped them silently)', async () => {
    const previous = process.env.PARALLAX_PLAIN;
    delete process.env.PARALLAX_PLAIN;
    try {
      await expect(runHook(mkdtempSync(path.join(tmpdir(), 'site-')))).rejects.toThrow(/api\/comparisons is missing: the comparison pages link share cards that cannot be drawn/);
    } finally {
      if (previous !== undefined) process.env.PARALLAX_PLAIN = previous;
    }
  });

  test('plain pages have no comparisons and need no cards', async () => {
    process.env.PARALLAX_PLAIN = '1';
    try {
      await expect(runHook(mkdtempSync(path.join(tmpdir(), 'site-')))).resolves.toBeUndefined();
    } finally {
      delete process.env.PARALLAX_PLAIN;
    }
  });
});
