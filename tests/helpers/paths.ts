import path from 'node:path';

/** Repository root. */
export const ROOT = path.resolve(import.meta.dirname, '../..');
/** Where the site tests build the seed content. */
export const SEED_SITE = path.join(ROOT, '.cache/test-site');
/** Where the site tests build the escaping fixture. */
export const XSS_SITE = path.join(ROOT, '.cache/test-site-xss');
export const XSS_CONTENT = path.join(ROOT, 'tests/fixtures/stories-xss');
/** Where the site tests build the stories of three and four outlets. */
export const OUTLETS_SITE = path.join(ROOT, '.cache/test-site-outlets');
export const OUTLETS_CONTENT = path.join(ROOT, 'tests/fixtures/real-outlets');
/** Screenshots a person looks at after a run. */
export const SCREENSHOTS = path.join(ROOT, 'test-results/screenshots');
