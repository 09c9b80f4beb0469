import { mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { PUBLISHED_FILE, readPublished, recordClaims, writePublished } from '../../../src/lib/ingest/published.ts';

const folder = (content?: string) => {
  const dir = mkdtempSync(path.join(tmpdir(), 'parallax-record-'));
  if (content !== undefined) writeFileSync(path.join(dir, PUBLISHED_FILE), content);
  return dir;
};
const claim = (id: string, left: string[], right: string[] = []) => ({ id, left: left.map((s) => ({ id: s })), right: right.map((s) => ({ id: s })) });

describe('the record of published claim ids', () => {
  test('a folder without one has an empty record; one written is read back as it was', async () => {
    const dir = folder();
    expect(await readPublished(dir, 's')).toEqual({});
    const record = { 'council-voted-abc123': ['x-p01-s1', 'y-p02-s1'], 'rain-fell-def456': ['x-p02-s1'] };
    await writePublished(dir, record);
    expect(await readPublished(dir, 's')).toEqual(record);
    // One claim a line: a change to the record reads as a short diff.
    expect(readFileSync(path.join(dir, PUBLISHED_FILE), 'utf8').split('\n')).toHaveLength(7);
  });

  test('ids are only added; a current id notes its sentences now; nothing new means no write', () => {
    const record = { 'old-id-abc123': ['x-p01-s1'] };
    expect(recordClaims(record, [claim('new-id-def456', ['x-p01-s1'])])).toEqual({ 'new-id-def456': ['x-p01-s1'], 'old-id-abc123': ['x-p01-s1'] });
    expect(recordClaims(record, [claim('old-id-abc123', ['x-p01-s1'])])).toBeNull();
    expect(recordClaims(record, [claim('old-id-abc123', ['x-p03-s1'])])).toEqual({ 'old-id-abc123': ['x-p03-s1'] });
  });

  test.each([
    { name: 'not JSON', content: '{ claims: }', error: /s[/\\]published-claims\.json: not valid JSON/ },
    { name: 'an unknown field', content: '{"claims": {}, "extra": 1}', error: /invalid record of published claims: \(root\): Unrecognized key: "extra"/ },
    { name: 'an id that is not a slug', content: '{"claims": {"../../etc": ["x-p01-s1"]}}', error: /invalid record of published claims: claims\.\.\.\/\.\.\/etc: Invalid key in record/ },
    { name: 'a sentence id that is not one', content: '{"claims": {"a-abc123": ["<script>"]}}', error: /claims\.a-abc123\.0: must be a sentence id/ },
  ])('a record with $name stops the build, naming the file', async ({ content, error }) => {
    await expect(readPublished(folder(content), 's')).rejects.toThrow(error);
  });

  test('a record that links out of the story folder is refused like any story file', async () => {
    const dir = folder();
    symlinkSync('/etc/hostname', path.join(dir, PUBLISHED_FILE));
    await expect(readPublished(dir, 's')).rejects.toThrow(/published-claims\.json: is a symbolic link that leads outside its story folder/);
  });
});
