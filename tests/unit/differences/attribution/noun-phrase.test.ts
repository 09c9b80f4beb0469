import { describe, expect, test } from 'vitest';
import { findAttribution, type Attribution } from '../../../../src/lib/differences/attribution/index.ts';
import { anonymous, organization } from './helpers.ts';

describe('noun phrases read as organisations and unnamed sources', () => {
  test.each<{ name: string; sentence: string; expected: Attribution }>([
    // Organisations.
    { name: 'an institution', sentence: 'The ministry said in a statement that 12 people were injured.', expected: organization('the ministry') },
    { name: 'a capitalised office', sentence: '“No draft reflects the talks,” the Finance Minister’s Office said in a statement.', expected: organization('the Finance Minister’s Office') },
    { name: 'a statement from someone’s office', sentence: 'The leaders discussed the port, a statement from Mr. Lund’s office said.', expected: organization('Mr. Lund’s office') },
    { name: 'someone’s office said', sentence: 'Mr. Lund’s office said he had met the envoys.', expected: organization('Mr. Lund’s office') },
    { name: 'a one-word organisation', sentence: 'Hamas said it would study the proposal.', expected: organization('Hamas') },
    // Anonymous sources.
    { name: 'on condition of anonymity', sentence: 'The goal is “calm backed by strength,” a U.S. official said on condition of anonymity.', expected: anonymous('a U.S. official', 'U.S. official') },
    { name: 'according to a person briefed on', sentence: 'The offer covers 30 prisoners, according to a person briefed on the discussions, who spoke on the condition of anonymity.', expected: anonymous('a person briefed on the discussions', 'person briefed on the discussions') },
    { name: 'people familiar with', sentence: 'A final push will take place this week, according to people familiar with the talks.', expected: anonymous('people familiar with the talks', 'people familiar with the talks') },
    { name: 'a counted group', sentence: 'Two sources familiar with the negotiations said the pause would be shorter.', expected: anonymous('two sources familiar with the negotiations', 'sources familiar with the negotiations') },
    { name: 'with knowledge of', sentence: 'Two officials with knowledge of the matter said the talks stalled.', expected: anonymous('two officials with knowledge of the matter', 'officials with knowledge of the matter') },
    { name: 'one of the sources', sentence: 'The mediators are drafting a new offer, one of the sources said.', expected: anonymous('one of the sources', 'sources') },
  ])('$name', ({ sentence, expected }) => {
    expect(findAttribution(sentence)).toEqual(expected);
  });
});
