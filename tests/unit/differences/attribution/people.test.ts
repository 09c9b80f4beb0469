import { describe, expect, test } from 'vitest';
import { findAttribution, type Attribution } from '../../../../src/lib/differences/attribution/index.ts';
import { person } from './helpers.ts';

describe('named people with their titles and appositions', () => {
  test.each<{ name: string; sentence: string; expected: Attribution }>([
    { name: 'noted, with an apposition', sentence: 'Ravi Menon, an economist at the central bank, noted that prices had fallen.', expected: person('Ravi Menon', 'economist at the central bank') },
    { name: 'a title before the name', sentence: 'Port Authority spokeswoman Ines Varga said the quay would reopen.', expected: person('Ines Varga', 'Port Authority spokeswoman') },
    { name: 'a title with a portfolio', sentence: '“Not yet,” Secretary of State Lena Brandt told reporters in Doha.', expected: person('Lena Brandt', 'Secretary of State') },
    { name: 'an age, then the role', sentence: '“We are tired,” said Olena Kovalenko, 34, a teacher.', expected: person('Olena Kovalenko', 'teacher') },
    { name: 'a role, then the name', sentence: 'A senior union official, Marta Kowal, said the strike would go ahead.', expected: person('Marta Kowal', 'senior union official') },
    { name: 'a lone surname another pronoun marks as a person', sentence: '“It is over,” Brandt said, adding that she would resign.', expected: person('Brandt') },
  ])('$name', ({ sentence, expected }) => {
    expect(findAttribution(sentence)).toEqual(expected);
  });
});
