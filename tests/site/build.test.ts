import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { comparisonSchema } from '../../src/lib/schemas.ts';
import { buildSite } from '../helpers/build-site.ts';
import { SEED_SITE, XSS_SITE } from '../helpers/paths.ts';
import { goodManifest, makeContentRoot, storyFiles, type StoryFiles } from '../helpers/story-dir.ts';

const page = (site: string, route: string) => readFileSync(path.join(site, route, 'index.html'), 'utf8');

describe('the built site', () => {
  test('has the home page and one page per article of the seed story', () => {
    const home = page(SEED_SITE, '');
    const links = [...home.matchAll(/href="(\/compare\/[^"]+)"/g)].map((m) => m[1]);
    expect(links).toEqual(expect.arrayContaining([expect.stringMatching(/\/nyt\/$/), expect.stringMatching(/\/cnn\/$/)]));
    for (const link of links) expect(existsSync(path.join(SEED_SITE, link!, 'index.html'))).toBe(true);
  });

  test('publishes each comparison as JSON that matches the documented schema', () => {
    const dir = path.join(SEED_SITE, 'api/comparisons');
    const slug = readFileSync(path.join(SEED_SITE, 'sitemap-0.xml'), 'utf8').match(/\/compare\/([^/]+)\//)![1]!;
    const comparison = comparisonSchema.parse(JSON.parse(readFileSync(path.join(dir, `${slug}.json`), 'utf8')));
    expect(comparison.slug).toBe(slug);
    expect(comparison.articles.left.outlet.id).toBe('nyt');
    expect(comparison.claims.length).toBeGreaterThan(0);
  });

  test('draws a share image for each shared claim and the comparison; a one-sided claim’s page shows the comparison’s', () => {
    const slug = readFileSync(path.join(SEED_SITE, 'sitemap-0.xml'), 'utf8').match(/\/compare\/([^/]+)\//)![1]!;
    const comparison = comparisonSchema.parse(JSON.parse(readFileSync(path.join(SEED_SITE, 'api/comparisons', `${slug}.json`), 'utf8')));
    // Each shared claim's card, and one at every earlier claim id (the page shared under it named that image).
    const shared = [...comparison.claims.filter((c) => c.status === 'shared'), ...comparison.aliases].map((c) => `${c.id}.png`);
    const oneSided = comparison.claims.find((c) => c.status !== 'shared')!;
    expect(readdirSync(path.join(SEED_SITE, 'og', slug)).sort()).toEqual(shared.sort());
    expect(existsSync(path.join(SEED_SITE, 'og', `${slug}.png`))).toBe(true);
    const image = (route: string) => page(SEED_SITE, route).match(/<meta property="og:image" content="([^"]+)"/)![1];
    expect(image(`compare/${slug}/claims/${oneSided.id}`)).toMatch(new RegExp(`/og/${slug}\\.png$`));
    expect(image(`compare/${slug}/claims/${comparison.claims.find((c) => c.status === 'shared')!.id}`)).toMatch(new RegExp(`/og/${slug}/[^/]+\\.png$`));
  });

  test('article text, titles and credits are escaped, never markup', () => {
    const home = page(XSS_SITE, '');
    const article = page(XSS_SITE, 'compare/escaping-check/lo');
    const other = page(XSS_SITE, 'compare/escaping-check/right');
    for (const html of [home, article, other]) {
      // Inside a quoted attribute value "<" is inert; only markup outside attributes could run.
      expect(html.replace(/="[^"]*"/g, '=""')).not.toMatch(/<script>window\.__pwned|<img src=x|<b>Outlet|<i>vote|<style>body/);
    }
    expect(article).toContain('&lt;script&gt;window.__pwned = &quot;body&quot;&lt;/script&gt;');
    expect(article).toContain('&lt;img src=x onerror=');
    expect(home).toContain('Escaping check &lt;script&gt;');
    expect(other).toContain('Right &lt;b&gt;Outlet&lt;/b&gt;');
  });
});

describe('bad input stops the build', () => {
  test.each<{ name: string; files: StoryFiles; message: RegExp }>([
    { name: 'an empty article', files: storyFiles({ 'b.txt': '' }), message: /bad-story[/\\]b\.txt: file is empty/ },
    { name: 'a manifest with a bad field', files: storyFiles({ 'story.json': JSON.stringify({ title: '', date: '2025-01-01' }) }), message: /bad-story[/\\]story\.json: invalid manifest: title: must not be blank/ },
    {
      name: 'a correction naming a sentence neither article has',
      files: storyFiles({ 'story.json': JSON.stringify({ ...goodManifest, corrections: { pair: [['zz-p01-s1', 'bbc-p01-s1']] } }) }),
      message: /bad-story[/\\]story\.json: corrections\.pair\[0\]\[0\]: "zz-p01-s1" is not a sentence of either article .*nearest: /,
    },
  ])('$name: the build fails with the message and publishes nothing', ({ files, message }) => {
    const content = makeContentRoot({ 'bad-story': files });
    const out = path.join(mkdtempSync(path.join(tmpdir(), 'parallax-out-')), 'dist');
    const { status, output } = buildSite(content, out);
    expect(status).not.toBe(0);
    expect(output).toMatch(message);
    expect(output).toContain('Nothing was published');
    expect(existsSync(out)).toBe(false);
    expect(existsSync(`${out}.partial`)).toBe(false);
  });
});
