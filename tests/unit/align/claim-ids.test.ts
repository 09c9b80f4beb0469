import { describe, expect, test } from 'vitest';
import { assignClaimIds, claimIdOf } from '../../../src/lib/align/claim-ids.ts';
import { claimIdSchema } from '../../../src/lib/schemas.ts';

const claim = (left: string[], right: string[] = []) => ({ left: left.map((text) => ({ text })), right: right.map((text) => ({ text })) });

describe('claimIdOf', () => {
  test.each([
    { name: 'the first long words of the first sentence, then a digest', claim: claim(['The mayor of Dorvik resigned on Monday.'], ['Dorvik’s mayor quit.']), id: /^mayor-dorvik-resigned-monday-[0-9a-f]{6}$/ },
    { name: 'a one-sided claim names its own sentence', claim: claim([], ['Protesters gathered outside.']), id: /^protesters-gathered-outside-[0-9a-f]{6}$/ },
    { name: 'short words only when there are no long ones', claim: claim(['He won.']), id: /^he-won-[0-9a-f]{6}$/ },
    { name: 'a 300-letter word is cut (it made a folder name the file system refused)', claim: claim([`${'x'.repeat(300)} said.`]), id: /^x{16}-said-[0-9a-f]{6}$/ },
    { name: 'a tracking URL is words, cut short', claim: claim([`See https://example.com/${'a1b2'.repeat(110)}?utm_source=feed for more.`]), id: /^https-examplecom-[a-z0-9]{16}-source-[0-9a-f]{6}$/ },
    { name: 'no letters at all', claim: claim(['…']), id: /^claim-[0-9a-f]{6}$/ },
  ])('$name', ({ claim: c, id }) => {
    const got = claimIdOf(c);
    expect(got).toMatch(id);
    expect(claimIdSchema.safeParse(got).success).toBe(true);
  });

  test('derives from the sentences’ text alone: the same sentences give the same id, a changed sentence another', () => {
    const a = claimIdOf(claim(['The council voted.'], ['Council votes.']));
    expect(claimIdOf(claim(['The council voted.'], ['Council votes.']))).toBe(a);
    expect(claimIdOf(claim(['The council voted.'], ['Council votes!']))).not.toBe(a);
    // Which side a sentence is on is part of what the claim is.
    expect(claimIdOf(claim(['Council votes.'], ['The council voted.']))).not.toBe(a);
  });
});

describe('assignClaimIds', () => {
  test('claims with the same text get -2, -3 … in claim order', () => {
    const ids = assignClaimIds([claim(['He declined to comment.']), claim(['Rain fell.']), claim(['He declined to comment.'])]);
    expect(ids[2]).toBe(`${ids[0]}-2`);
    expect(new Set(ids).size).toBe(3);
  });

  test('20,000 claims with one text: unique ids, and each looked up once (the suffix search restarted at 2 for every claim)', () => {
    const claims = Array.from({ length: 20_000 }, () => claim(['The council met.']));
    let lookups = 0;
    const get = Map.prototype.get;
    Map.prototype.get = function (this: Map<unknown, unknown>, key: unknown) {
      lookups++;
      return get.call(this, key);
    };
    let ids: string[];
    try {
      ids = assignClaimIds(claims);
    } finally {
      Map.prototype.get = get;
    }
    expect(new Set(ids).size).toBe(20_000);
    expect(ids.at(-1)).toMatch(/-20000$/);
    expect(lookups).toBeLessThanOrEqual(2 * 20_000);
  });
});
