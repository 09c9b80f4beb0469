import path from 'node:path';
import { buildSite } from '../helpers/build-site.ts';
import { ROOT, SEED_SITE, XSS_CONTENT, XSS_SITE } from '../helpers/paths.ts';

/** Builds the sites the site tests read, once per run. */
export default function setup(): void {
  for (const [content, out] of [[path.join(ROOT, 'content/stories'), SEED_SITE], [XSS_CONTENT, XSS_SITE]] as const) {
    const { status, output } = buildSite(content, out);
    if (status !== 0) throw new Error(`Building ${content} failed:\n${output}`);
  }
}
