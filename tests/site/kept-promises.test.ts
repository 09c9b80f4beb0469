// Promises the site makes to readers who shared a link, and to whoever runs
// the build: links outlive an engine change, the published record of ids is
// committed, and the output is swapped in whole.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { compareStory } from '../../src/lib/compare.ts';
import { loadStories } from '../../src/lib/ingest/load-stories.ts';
import { PUBLISHED_FILE, readPublished, recordClaims, writePublished } from '../../src/lib/ingest/published.ts';
import { comparisonSchema } from '../../src/lib/schemas.ts';
import { buildSite } from '../helpers/build-site.ts';
import { ROOT, SEED_SITE } from '../helpers/paths.ts';
import { makeContentRoot, storyFiles } from '../helpers/story-dir.ts';

const SEED = path.join(ROOT, 'content/stories');
const scratch = () => mkdtempSync(path.join(tmpdir(), 'parallax-promises-'));

describe('shared claim links survive an engine change', () => {
  test('every claim id an earlier engine published still resolves: the same claim, or a redirect to the claim that holds its sentences', async () => {
    // The earlier engine never let a further sentence join a claim; the
    // story's record holds what it published, as a committed record would.
    const content = scratch();
    const [slug] = readdirSync(SEED);
    cpSync(path.join(SEED, slug!), path.join(content, slug!), { recursive: true });
    const [story] = await loadStories(content);
    // The story's editor wrote corrections for today's engine; the earlier one published without them.
    const { corrections: _editor, ...engineOnly } = story!;
    const earlier = compareStory(engineOnly, { align: { attachDistance: 0 } });
    await writePublished(path.join(content, slug!), recordClaims({}, earlier.claims)!);

    const out = path.join(scratch(), 'dist');
    const { status, output } = buildSite(content, out, { PARALLAX_CACHE_DIR: scratch() });
    expect(status, output).toBe(0);
    const now = comparisonSchema.parse(JSON.parse(readFileSync(path.join(out, 'api/comparisons', `${slug}.json`), 'utf8')));
    const page = (id: string) => readFileSync(path.join(out, 'compare', slug!, 'claims', id, 'index.html'), 'utf8');
    const current = new Map(now.claims.map((c) => [c.id, c]));
    let redirected = 0;
    for (const old of earlier.claims) {
      if (current.has(old.id)) {
        expect(page(old.id)).toContain(`id="${old.id}"`);
        continue;
      }
      redirected++;
      const target = /<meta http-equiv="refresh" content="0; url=\/compare\/[^/]+\/claims\/([^/]+)\/"/.exec(page(old.id))?.[1];
      expect(target, old.id).toBeDefined();
      const held = new Set([...current.get(target!)!.left, ...current.get(target!)!.right].map((s) => s.id));
      expect([...old.left, ...old.right].some((s) => held.has(s.id)), `${old.id} → ${target}`).toBe(true);
      // The share image the old page named, and the old fragment on the comparison page.
      expect(existsSync(path.join(out, 'og', slug!, `${old.id}.png`))).toBe(true);
      expect(readFileSync(path.join(out, 'compare', slug!, 'index.html'), 'utf8')).toContain(`id="${old.id}"`);
    }
    // The engine change did regroup something, and the rest kept their ids.
    expect(redirected).toBeGreaterThan(0);
    expect(redirected).toBeLessThan(earlier.claims.length / 2);
    // The build added today's ids to the record, beside the earlier ones.
    const record = await readPublished(path.join(content, slug!), slug!);
    for (const id of [...earlier.claims, ...now.claims].map((c) => c.id)) expect(record).toHaveProperty([id]);
  }, 120_000);

  test('the record committed with each story holds every claim id the build publishes (commit it after an engine change)', () => {
    for (const slug of readdirSync(SEED)) {
      const file = path.join(SEED, slug, PUBLISHED_FILE);
      expect(existsSync(file), `${file} is missing`).toBe(true);
      const record = JSON.parse(readFileSync(file, 'utf8')) as { claims: Record<string, string[]> };
      const built = comparisonSchema.parse(JSON.parse(readFileSync(path.join(SEED_SITE, 'api/comparisons', `${slug}.json`), 'utf8')));
      const unrecorded = built.claims.map((c) => c.id).filter((id) => !(id in record.claims));
      expect(unrecorded, `not in ${path.relative(ROOT, file)}`).toEqual([]);
      // And the build left the file as it is in git.
      expect(execFileSync('git', ['ls-files', '--', file], { cwd: ROOT, encoding: 'utf8' }), `${file} is not in git: commit it`).not.toBe('');
      expect(execFileSync('git', ['diff', '--name-only', '--', file], { cwd: ROOT, encoding: 'utf8' }), `${file} changed in the build: commit it`).toBe('');
    }
  });
});

describe('the output is swapped in whole', () => {
  test('with a trailing slash in PARALLAX_OUT_DIR, a rebuild replaces the site and leaves nothing beside it (the partial build landed inside the folder it then deleted)', () => {
    const content = makeContentRoot({ bridge: storyFiles() });
    const parent = scratch();
    const env = { PARALLAX_CACHE_DIR: scratch() };
    for (let k = 0; k < 2; k++) {
      const { status, output } = buildSite(content, `${path.join(parent, 'dist')}/`, env);
      expect(status, output).toBe(0);
    }
    expect(readdirSync(parent)).toEqual(['dist']);
    expect(existsSync(path.join(parent, 'dist', 'compare', 'bridge', 'index.html'))).toBe(true);
  }, 120_000);
});
