import { describe, expect, test } from 'vitest';
import { NEAR_MISS_FLOOR } from '../../../src/lib/align/align-claims.ts';
import type { Claim } from '../../../src/lib/schemas.ts';
import { compareTexts } from '../../helpers/compare-texts.ts';

const oneSided = (claims: Claim[], id: string) => claims.find((c) => c.status !== 'shared' && [...c.left, ...c.right].some((s) => s.id === id));

describe('near misses: a one-sided sentence’s best candidate and why it was not paired', () => {
  test('a sentence that shares a single rare word shows it, and says that is all it shares', () => {
    // Other sentences around them, so that a word both use is rare (its weight comes from the pair's IDF).
    const c = compareTexts(
      'The harbour council approved the Kestrel budget on Monday after a long night of debate.\n\nSnow closed the mountain pass above Tarn overnight.\n\nThe mayor thanked the volunteers who cleared the roads.',
      'Dock workers said the Kestrel ferry would keep running through the winter storms.\n\nA choir sang at the chapel on Sunday morning.\n\nSchools in the valley will open an hour late this week.',
    );
    const claim = oneSided(c.claims, 'l-p01-s1')!;
    expect(claim.status).toBe('left-only');
    if (claim.status === 'shared' || !claim.nearest) throw new Error('expected a near miss');
    expect(claim.nearest.id).toBe('r-p01-s1');
    expect(claim.nearest.similarity).toBeGreaterThanOrEqual(NEAR_MISS_FLOOR);
    expect(claim.nearest.why).toBe('they share only “Kestrel”');
    expect(claim.nearest.shared).toEqual(['Kestrel']);
  });

  test('a sentence with nothing in common with the other article has none', () => {
    const c = compareTexts('Snow closed the mountain pass above Tarn overnight.', 'A choir sang at the harbour chapel on Sunday morning.');
    for (const claim of c.claims) expect(claim.status !== 'shared' && claim.nearest).toBe(null);
  });

  test('a shared claim has no near miss field at all', () => {
    const c = compareTexts('The council voted on Monday to close the Kestrel bridge for repairs.', 'The council voted on Monday to close the Kestrel bridge for repairs.');
    expect(c.claims.every((x) => x.status === 'shared' && !('nearest' in x))).toBe(true);
  });
});
