import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildSite } from '../helpers/build-site.ts';
import { OUTLETS_CONTENT, OUTLETS_SITE, ROOT, SEED_SITE, XSS_CONTENT, XSS_SITE } from '../helpers/paths.ts';

/**
 * Builds the sites the site tests read, once per run, each with a cache of
 * its own: built against the developer's `.cache`, the tests could pass on
 * comparisons an older engine stored.
 */
export default function setup(): void {
  // The seed is built where it lies, so a test can see that its committed
  // record of claim ids is current; the fixture from a copy, so the build
  // writes nothing into the repository.
  const fixture = mkdtempSync(path.join(tmpdir(), 'parallax-fixture-'));
  cpSync(XSS_CONTENT, fixture, { recursive: true });
  const outlets = mkdtempSync(path.join(tmpdir(), 'parallax-outlets-'));
  cpSync(OUTLETS_CONTENT, outlets, { recursive: true, filter: (f) => !f.endsWith('README.md') });
  for (const [content, out] of [[path.join(ROOT, 'content/stories'), SEED_SITE], [fixture, XSS_SITE], [outlets, OUTLETS_SITE]] as const) {
    const cache = mkdtempSync(path.join(tmpdir(), 'parallax-test-cache-'));
    const { status, output } = buildSite(content, out, { PARALLAX_CACHE_DIR: cache });
    if (status !== 0) throw new Error(`Building ${content} failed:\n${output}`);
  }
}
