import { describe, expect, test } from 'vitest';
import { findAttribution, type Attribution } from '../../../../src/lib/differences/attribution/index.ts';
import { anonymous, organization, person } from './helpers.ts';

describe('speech-verb cues and the subject each credits', () => {
  test.each<{ name: string; sentence: string; expected: Attribution }>([
    // Speech verbs, either order.
    { name: 'name said', sentence: 'Mr. Okafor said the talks would resume on Monday.', expected: person('Okafor') },
    { name: 'said name, after a quotation', sentence: '“The bridge is safe,” said Lena Brandt.', expected: person('Lena Brandt') },
    { name: 'quotation, name said', sentence: '“We will rebuild,” Mayor Ada Quist said on Friday.', expected: person('Ada Quist', 'Mayor') },
    { name: 'told', sentence: 'Governor Tomas Reyes told reporters that the roads were closed.', expected: person('Tomas Reyes', 'Governor') },
    { name: 'warned, in the infinitive', sentence: 'The leak prompted a Defense Ministry spokesman, Omar Farouk, to warn that the draft was outdated.', expected: person('Omar Farouk', 'Defense Ministry spokesman') },
    { name: 'argued', sentence: 'Several analysts argued that the deal was fragile.', expected: anonymous('several analysts', 'analysts') },
    { name: 'wrote', sentence: 'Senator Jo Park wrote on social media that the vote was a mistake.', expected: person('Jo Park', 'Senator') },
    { name: 'believe', sentence: 'Some U.S. officials believe that the rebels see waiting as useful.', expected: anonymous('some U.S. officials', 'U.S. officials') },
    { name: 'said, then the source', sentence: 'The rebels want “guarantees first,” said a diplomat familiar with the talks.', expected: anonymous('a diplomat familiar with the talks', 'diplomat familiar with the talks') },
    // Relative clauses between the subject and its verb.
    { name: 'a relative clause after the name', sentence: 'The mayor met Amal Haddad, who said the shelters were full.', expected: person('Amal Haddad') },
    { name: 'a relative clause between source and verb', sentence: 'Officials briefed on the cabinet’s thinking, who spoke on the condition of anonymity, have said that no vote is planned.', expected: anonymous('officials briefed on the cabinet’s thinking', 'officials briefed on the cabinet’s thinking') },
    { name: 'a closing tag wins over an earlier clause', sentence: 'The rebels, which have said they will not bargain, rejected the offer, officials said.', expected: anonymous('officials', 'officials') },
    // "According to" and statements.
    { name: 'according to an organisation', sentence: 'According to the Health Ministry, 40 people died.', expected: organization('the Health Ministry') },
    { name: 'his office released a statement', sentence: 'After Mr. Lund’s meeting with the envoys, his office released a statement on the border.', expected: organization('Mr. Lund’s office') },
    { name: 'in a statement, then the subject', sentence: 'In a statement, the union called the offer an insult.', expected: organization('the union') },
  ])('$name', ({ sentence, expected }) => {
    expect(findAttribution(sentence)).toEqual(expected);
  });

  test.each([
    'Hezbollah has also continued its attacks targeting Israel.',
    'The statement did not mention Gaza.',
    'Officials in Washington are pessimistic that the rebels will take any of the new deals.',
    'The report said 300 people had died.',
    'Israel added troops to the border.',
    'The move was announced by the army.',
    'The rebels are expected to say no.',
    'The army has not confirmed the deaths.',
    'About 14,000 vehicles cross the bridge each day, according to county figures.',
  ])('credits no one: %s', (sentence) => {
    expect(findAttribution(sentence)).toBeNull();
  });
});
