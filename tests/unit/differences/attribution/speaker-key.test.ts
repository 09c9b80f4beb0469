import { describe, expect, test } from 'vitest';
import { speakerKey, type Attribution } from '../../../../src/lib/differences/attribution/index.ts';
import { anonymous, organization, person } from './helpers.ts';

describe('speakerKey', () => {
  test.each<{ a: Attribution; b: Attribution; same: boolean }>([
    { a: person('Osama Hamdan', 'senior Hamas official'), b: person('Hamdan'), same: true },
    { a: person('Sean Savett'), b: person('Brett McGurk'), same: false },
    { a: anonymous('a U.S. official', 'U.S. official'), b: anonymous('the U.S. official', 'U.S. official'), same: true },
    { a: anonymous('a U.S. official', 'U.S. official'), b: anonymous('some U.S. officials', 'U.S. officials'), same: false },
    { a: organization('the Health Ministry'), b: organization('Health Ministry'), same: true },
    { a: organization('Hamas'), b: person('Hamas'), same: false },
  ])('$a.speaker vs $b.speaker', ({ a, b, same }) => {
    expect(speakerKey(a) === speakerKey(b)).toBe(same);
  });
});
