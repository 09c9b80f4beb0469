import { describe, expect, test } from 'vitest';
import { findAttribution, findSources, type Attribution } from '../../../../src/lib/differences/attribution/index.ts';
import type { Source } from '../../../../src/lib/schemas.ts';
import { article, person } from './helpers.ts';

describe('pronouns and surnames resolved from the sentences before', () => {
  test.each<[string, { previous: string[]; sentence: string; expected: Attribution | null }]>([
    ['resolves a pronoun from the sentences before it', {
      previous: ['The leak prompted a Defense Ministry spokesman, Omar Farouk, to warn that the draft was outdated.'],
      sentence: '“There are many drafts,” he said in a statement.',
      expected: person('Omar Farouk', 'Defense Ministry spokesman'),
    }],
    ['uses the full name and role given earlier for a surname', {
      previous: ['A senior union official, Marta Kowal, rejected the offer.'],
      sentence: 'Ms. Kowal said the strike would go ahead.',
      expected: person('Marta Kowal', 'senior union official'),
    }],
    // A bare pronoun names no one; without the sentences before it there is no speaker.
    ['credits no one: “It will not be accepted,” he said.', { previous: [], sentence: '“It will not be accepted,” he said.', expected: null }],
  ])('%s', (_name, { previous, sentence, expected }) => {
    expect(findAttribution(sentence, previous)).toEqual(expected);
  });
});

describe('findSources', () => {
  test.each<[string, { paragraphs: string[]; expected: Source[] }]>([
    ['merges mentions of one source, resolves follow-ups and keeps first-appearance order', {
      paragraphs: [
        'The council met on Monday. A council spokeswoman, Ana Lima, said the vote was delayed.',
        '“We need more time,” she said. “The budget is not ready.”',
        'Two officials familiar with the plan said the delay could last a month. One of the officials said the mayor was unhappy.',
        'Ms. Lima later said the vote would take place in May.',
        'The finance department said the figures were final. The department said it had published them.',
        'Residents were angry.',
      ],
      expected: [
        { label: 'Ana Lima', kind: 'person', description: 'council spokeswoman', sentences: ['t-p01-s2', 't-p02-s1', 't-p02-s2', 't-p04-s1'] },
        { label: 'two officials familiar with the plan', kind: 'anonymous', description: 'officials familiar with the plan', sentences: ['t-p03-s1', 't-p03-s2'] },
        { label: 'the finance department', kind: 'organization', description: null, sentences: ['t-p05-s1', 't-p05-s2'] },
      ],
    }],
    ['a pronoun follow-up attaches to the source just cited, not to a new one', {
      paragraphs: [
        'Kofi Mensah, a lawyer for the families, noted that the inquiry had stalled.',
        '“It is too early to tell,” he said.',
      ],
      expected: [
        { label: 'Kofi Mensah', kind: 'person', description: 'lawyer for the families', sentences: ['t-p01-s1', 't-p02-s1'] },
      ],
    }],
    ['an article that credits no one has no sources', {
      paragraphs: ['The bridge closed on Monday.', 'Traffic was diverted.'],
      expected: [],
    }],
  ])('%s', (_name, { paragraphs, expected }) => {
    expect(findSources(article(...paragraphs))).toEqual(expected);
  });

  test.each<[string, { paragraphs: string[]; expected: [string, string[]][] }]>([
    ['anonymous sources with the same description are one entry; different ones stay apart', {
      paragraphs: [
        'The talks stalled, according to people familiar with the talks.',
        'The offer expired, according to people familiar with the talks.',
        'A new draft is circulating, according to people familiar with the draft.',
      ],
      expected: [
        ['people familiar with the talks', ['t-p01-s1', 't-p02-s1']],
        ['people familiar with the draft', ['t-p03-s1']],
      ],
    }],
    ['a quotation carried into the next paragraph keeps its speaker; a new one does not', {
      paragraphs: [
        'Ana Lima said: “We need more time to count every vote.',
        '“The budget is not ready.”',
        '“Nobody is ready,” Tomas Reyes said.',
        '“It will be fine.”',
      ],
      expected: [
        ['Ana Lima', ['t-p01-s1', 't-p02-s1']],
        ['Tomas Reyes', ['t-p03-s1']],
      ],
    }],
  ])('%s', (_name, { paragraphs, expected }) => {
    expect(findSources(article(...paragraphs)).map((s) => [s.label, s.sentences])).toEqual(expected);
  });
});
