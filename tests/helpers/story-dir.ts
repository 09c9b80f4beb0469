import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** Files of one story folder: name → text or bytes; null leaves a default file out. */
export type StoryFiles = Record<string, string | Uint8Array | null>;

export const goodManifest = { title: 'Bridge closes', date: '2025-03-01' };
export const leftText = 'The council voted on Monday to close the bridge.\nThe post Council Closes Bridge appeared first on Riverside Gazette.';
export const rightText = 'BBC\n—\nThe council voted to shut the bridge on Monday.\n';

/** A valid two-article story, with any file replaced or added. */
export function storyFiles(overrides: StoryFiles = {}): StoryFiles {
  return { 'story.json': JSON.stringify(goodManifest), 'a.txt': leftText, 'b.txt': rightText, ...overrides };
}

/** Writes story folders into a fresh temporary content root and returns its path. */
export function makeContentRoot(stories: Record<string, StoryFiles>): string {
  const root = mkdtempSync(path.join(tmpdir(), 'parallax-content-'));
  for (const [slug, files] of Object.entries(stories)) {
    const dir = path.join(root, slug);
    mkdirSync(dir, { recursive: true });
    for (const [name, content] of Object.entries(files)) if (content !== null) writeFileSync(path.join(dir, name), content);
  }
  return root;
}
