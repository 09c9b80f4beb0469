import { describe, expect, test } from 'vitest';
import { otherVoices } from '../../../src/lib/align/voices.ts';

const HOST = { text: '“I agreed with Craig and Neil that Ellen is the ideal host,” the Academy president said.', speaker: 'Tom Sherak (Academy president)' };

describe('otherVoices', () => {
  test.each([
    ['two people saying different things', { text: '“We are thrilled to have Ellen host the show,” the producers said.', speaker: 'Craig Zadan (producer)' }, true],
    ['the same quotation credited to someone else: one fact, an attribution difference', { text: '“I agreed with Craig and Neil that Ellen is the ideal host,” said Neil Meron.', speaker: 'Neil Meron' }, false],
    ['the same speaker under a shorter label', { text: '“Ellen will bring a fresh voice to the show,” Sherak said.', speaker: 'Sherak' }, false],
    ['no quotation on one side', { text: 'The producers said they were thrilled that Ellen would host.', speaker: 'Craig Zadan (producer)' }, false],
    ['no speaker on one side', { text: '“We are thrilled to have Ellen host the show.”', speaker: undefined }, false],
  ])('%s', (_name, other, expected) => {
    expect(otherVoices(HOST, other)).toBe(expected);
    expect(otherVoices(other, HOST)).toBe(expected);
  });
});
