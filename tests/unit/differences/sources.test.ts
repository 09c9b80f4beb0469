import { beforeAll, describe, expect, test } from 'vitest';
import { findAttribution, findSources, speakerKey, type Attribution } from '../../../src/lib/differences/attribution/index.ts';
import { loadStories } from '../../../src/lib/ingest/load-stories.ts';
import { parseArticle } from '../../../src/lib/ingest/parse-article.ts';
import type { Article, Source } from '../../../src/lib/schemas.ts';

/** An invented article: one paragraph a line, sentence ids `t-pNN-sN`. */
const article = (...paragraphs: string[]): Article =>
  parseArticle(paragraphs.join('\n\n'), { file: 't.txt', story: 'test', overrides: { outlet: { name: 'Test', id: 't' } } });

const person = (speaker: string, description: string | null = null): Attribution => ({ speaker, kind: 'person', description });
const organization = (speaker: string): Attribution => ({ speaker, kind: 'organization', description: null });
const anonymous = (speaker: string, description: string): Attribution => ({ speaker, kind: 'anonymous', description });

describe('findAttribution', () => {
  test.each<{ name: string; sentence: string; expected: Attribution }>([
    // Speech verbs, either order.
    { name: 'name said', sentence: 'Mr. Okafor said the talks would resume on Monday.', expected: person('Okafor') },
    { name: 'said name, after a quotation', sentence: '“The bridge is safe,” said Lena Brandt.', expected: person('Lena Brandt') },
    { name: 'quotation, name said', sentence: '“We will rebuild,” Mayor Ada Quist said on Friday.', expected: person('Ada Quist', 'Mayor') },
    { name: 'told', sentence: 'Governor Tomas Reyes told reporters that the roads were closed.', expected: person('Tomas Reyes', 'Governor') },
    { name: 'noted, with an apposition', sentence: 'Ravi Menon, an economist at the central bank, noted that prices had fallen.', expected: person('Ravi Menon', 'economist at the central bank') },
    { name: 'warned, in the infinitive', sentence: 'The leak prompted a Defense Ministry spokesman, Omar Farouk, to warn that the draft was outdated.', expected: person('Omar Farouk', 'Defense Ministry spokesman') },
    { name: 'argued', sentence: 'Several analysts argued that the deal was fragile.', expected: anonymous('several analysts', 'analysts') },
    { name: 'wrote', sentence: 'Senator Jo Park wrote on social media that the vote was a mistake.', expected: person('Jo Park', 'Senator') },
    { name: 'a title before the name', sentence: 'Port Authority spokeswoman Ines Varga said the quay would reopen.', expected: person('Ines Varga', 'Port Authority spokeswoman') },
    { name: 'a title with a portfolio', sentence: '“Not yet,” Secretary of State Lena Brandt told reporters in Doha.', expected: person('Lena Brandt', 'Secretary of State') },
    { name: 'an age, then the role', sentence: '“We are tired,” said Olena Kovalenko, 34, a teacher.', expected: person('Olena Kovalenko', 'teacher') },
    { name: 'a role, then the name', sentence: 'A senior union official, Marta Kowal, said the strike would go ahead.', expected: person('Marta Kowal', 'senior union official') },
    { name: 'a relative clause after the name', sentence: 'The mayor met Amal Haddad, who said the shelters were full.', expected: person('Amal Haddad') },
    { name: 'a lone surname another pronoun marks as a person', sentence: '“It is over,” Brandt said, adding that she would resign.', expected: person('Brandt') },
    // Organisations.
    { name: 'an institution', sentence: 'The ministry said in a statement that 12 people were injured.', expected: organization('the ministry') },
    { name: 'a capitalised office', sentence: '“No draft reflects the talks,” the Finance Minister’s Office said in a statement.', expected: organization('the Finance Minister’s Office') },
    { name: 'a statement from someone’s office', sentence: 'The leaders discussed the port, a statement from Mr. Lund’s office said.', expected: organization('Mr. Lund’s office') },
    { name: 'someone’s office said', sentence: 'Mr. Lund’s office said he had met the envoys.', expected: organization('Mr. Lund’s office') },
    { name: 'his office released a statement', sentence: 'After Mr. Lund’s meeting with the envoys, his office released a statement on the border.', expected: organization('Mr. Lund’s office') },
    { name: 'a one-word organisation', sentence: 'Hamas said it would study the proposal.', expected: organization('Hamas') },
    { name: 'according to an organisation', sentence: 'According to the Health Ministry, 40 people died.', expected: organization('the Health Ministry') },
    { name: 'in a statement, then the subject', sentence: 'In a statement, the union called the offer an insult.', expected: organization('the union') },
    // Anonymous sources.
    { name: 'on condition of anonymity', sentence: 'The goal is “calm backed by strength,” a U.S. official said on condition of anonymity.', expected: anonymous('a U.S. official', 'U.S. official') },
    { name: 'according to a person briefed on', sentence: 'The offer covers 30 prisoners, according to a person briefed on the discussions, who spoke on the condition of anonymity.', expected: anonymous('a person briefed on the discussions', 'person briefed on the discussions') },
    { name: 'people familiar with', sentence: 'A final push will take place this week, according to people familiar with the talks.', expected: anonymous('people familiar with the talks', 'people familiar with the talks') },
    { name: 'a counted group', sentence: 'Two sources familiar with the negotiations said the pause would be shorter.', expected: anonymous('two sources familiar with the negotiations', 'sources familiar with the negotiations') },
    { name: 'said, then the source', sentence: 'The rebels want “guarantees first,” said a diplomat familiar with the talks.', expected: anonymous('a diplomat familiar with the talks', 'diplomat familiar with the talks') },
    { name: 'a relative clause between source and verb', sentence: 'Officials briefed on the cabinet’s thinking, who spoke on the condition of anonymity, have said that no vote is planned.', expected: anonymous('officials briefed on the cabinet’s thinking', 'officials briefed on the cabinet’s thinking') },
    { name: 'believe', sentence: 'Some U.S. officials believe that the rebels see waiting as useful.', expected: anonymous('some U.S. officials', 'U.S. officials') },
    { name: 'with knowledge of', sentence: 'Two officials with knowledge of the matter said the talks stalled.', expected: anonymous('two officials with knowledge of the matter', 'officials with knowledge of the matter') },
    { name: 'one of the sources', sentence: 'The mediators are drafting a new offer, one of the sources said.', expected: anonymous('one of the sources', 'sources') },
    { name: 'a closing tag wins over an earlier clause', sentence: 'The rebels, which have said they will not bargain, rejected the offer, officials said.', expected: anonymous('officials', 'officials') },
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
    // A bare pronoun names no one; without the sentences before it there is no speaker.
    '“It will not be accepted,” he said.',
  ])('credits no one: %s', (sentence) => {
    expect(findAttribution(sentence)).toBeNull();
  });

  test('resolves a pronoun from the sentences before it', () => {
    const previous = ['The leak prompted a Defense Ministry spokesman, Omar Farouk, to warn that the draft was outdated.'];
    expect(findAttribution('“There are many drafts,” he said in a statement.', previous)).toEqual(person('Omar Farouk', 'Defense Ministry spokesman'));
  });

  test('uses the full name and role given earlier for a surname', () => {
    const previous = ['A senior union official, Marta Kowal, rejected the offer.'];
    expect(findAttribution('Ms. Kowal said the strike would go ahead.', previous)).toEqual(person('Marta Kowal', 'senior union official'));
  });
});

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

describe('findSources', () => {
  test('merges mentions of one source, resolves follow-ups and keeps first-appearance order', () => {
    const sources = findSources(article(
      'The council met on Monday. A council spokeswoman, Ana Lima, said the vote was delayed.',
      '“We need more time,” she said. “The budget is not ready.”',
      'Two officials familiar with the plan said the delay could last a month. One of the officials said the mayor was unhappy.',
      'Ms. Lima later said the vote would take place in May.',
      'The finance department said the figures were final. The department said it had published them.',
      'Residents were angry.',
    ));
    expect(sources).toEqual<Source[]>([
      { label: 'Ana Lima', kind: 'person', description: 'council spokeswoman', sentences: ['t-p01-s2', 't-p02-s1', 't-p02-s2', 't-p04-s1'] },
      { label: 'two officials familiar with the plan', kind: 'anonymous', description: 'officials familiar with the plan', sentences: ['t-p03-s1', 't-p03-s2'] },
      { label: 'the finance department', kind: 'organization', description: null, sentences: ['t-p05-s1', 't-p05-s2'] },
    ]);
  });

  test('anonymous sources with the same description are one entry; different ones stay apart', () => {
    const sources = findSources(article(
      'The talks stalled, according to people familiar with the talks.',
      'The offer expired, according to people familiar with the talks.',
      'A new draft is circulating, according to people familiar with the draft.',
    ));
    expect(sources.map((s) => [s.label, s.sentences])).toEqual([
      ['people familiar with the talks', ['t-p01-s1', 't-p02-s1']],
      ['people familiar with the draft', ['t-p03-s1']],
    ]);
  });

  test('a pronoun follow-up attaches to the source just cited, not to a new one', () => {
    const sources = findSources(article(
      'Kofi Mensah, a lawyer for the families, noted that the inquiry had stalled.',
      '“It is too early to tell,” he said.',
    ));
    expect(sources).toEqual<Source[]>([
      { label: 'Kofi Mensah', kind: 'person', description: 'lawyer for the families', sentences: ['t-p01-s1', 't-p02-s1'] },
    ]);
  });

  test('a quotation carried into the next paragraph keeps its speaker; a new one does not', () => {
    const sources = findSources(article(
      'Ana Lima said: “We need more time to count every vote.',
      '“The budget is not ready.”',
      '“Nobody is ready,” Tomas Reyes said.',
      '“It will be fine.”',
    ));
    expect(sources.map((s) => [s.label, s.sentences])).toEqual([
      ['Ana Lima', ['t-p01-s1', 't-p02-s1']],
      ['Tomas Reyes', ['t-p03-s1']],
    ]);
  });

  test('an article that credits no one has no sources', () => {
    expect(findSources(article('The bridge closed on Monday.', 'Traffic was diverted.'))).toEqual([]);
  });
});

describe('the seed articles', () => {
  let nyt: Source[];
  let cnn: Source[];
  beforeAll(async () => {
    const stories = await loadStories(new URL('../../../content/stories/', import.meta.url).pathname);
    const story = stories.find((s) => s.slug === 'us-envoys-cease-fire-push-2024-10-31')!;
    nyt = findSources(story.articles[0]);
    cnn = findSources(story.articles[1]);
  });
  const find = (sources: Source[], label: RegExp) => sources.find((s) => label.test(s.label));

  test.each<{ outlet: 'nyt' | 'cnn'; label: RegExp; kind: Source['kind']; description?: RegExp; sentences: string[] }>([
    { outlet: 'nyt', label: /^a U\.S\. official$/, kind: 'anonymous', sentences: ['nyt-p03-s1'] },
    { outlet: 'nyt', label: /^officials briefed on Israel’s internal thinking$/, kind: 'anonymous', sentences: ['nyt-p04-s1'] },
    { outlet: 'nyt', label: /el-Sisi’s office/, kind: 'organization', sentences: ['nyt-p05-s1'] },
    { outlet: 'nyt', label: /^a person briefed on the discussions$/, kind: 'anonymous', sentences: ['nyt-p08-s2'] },
    { outlet: 'nyt', label: /Gallant’s office/, kind: 'organization', sentences: ['nyt-p09-s1'] },
    { outlet: 'nyt', label: /^Osama Hamdan$/, kind: 'person', description: /senior Hamas official/, sentences: ['nyt-p10-s3'] },
    { outlet: 'nyt', label: /^some U\.S\. officials$/, kind: 'anonymous', sentences: ['nyt-p11-s1'] },
    { outlet: 'nyt', label: /Netanyahu’s office/, kind: 'organization', sentences: ['nyt-p13-s1'] },
    { outlet: 'nyt', label: /^Sean Savett$/, kind: 'person', description: /National Security Council spokesman/, sentences: ['nyt-p14-s1', 'nyt-p15-s1', 'nyt-p15-s2'] },
    { outlet: 'nyt', label: /^Kassem Kassir$/, kind: 'person', description: /Lebanese expert on Hezbollah/, sentences: ['nyt-p16-s2', 'nyt-p17-s1'] },
    { outlet: 'cnn', label: /^people familiar with the idea$/, kind: 'anonymous', sentences: ['cnn-p01-s1'] },
    { outlet: 'cnn', label: /^U\.S\. officials$/, kind: 'anonymous', sentences: ['cnn-p01-s2', 'cnn-p24-s1'] },
    { outlet: 'cnn', label: /^Najib Mikati$/, kind: 'person', description: /Prime Minister/, sentences: ['cnn-p02-s1', 'cnn-p03-s1', 'cnn-p26-s1'] },
    { outlet: 'cnn', label: /^Benjamin Netanyahu$/, kind: 'person', description: /Prime Minister/, sentences: ['cnn-p08-s1', 'cnn-p09-s1', 'cnn-p09-s2'] },
    { outlet: 'cnn', label: /Harris$/, kind: 'person', description: /Vice President/, sentences: ['cnn-p14-s1', 'cnn-p15-s1', 'cnn-p15-s2'] },
    { outlet: 'cnn', label: /^people familiar with the talks$/, kind: 'anonymous', sentences: ['cnn-p21-s1'] },
    { outlet: 'cnn', label: /^two sources familiar with the negotiations$/, kind: 'anonymous', sentences: ['cnn-p22-s1', 'cnn-p22-s2'] },
    { outlet: 'cnn', label: /^a diplomat familiar with the talks$/, kind: 'anonymous', sentences: ['cnn-p23-s2'] },
    { outlet: 'cnn', label: /^the Israeli Prime Minister’s Office$/, kind: 'organization', sentences: ['cnn-p28-s1'] },
    { outlet: 'cnn', label: /^Sean Savet$/, kind: 'person', description: /National Security Council spokesman/, sentences: ['cnn-p29-s2'] },
  ])('$outlet: $label', ({ outlet, label, kind, description, sentences }) => {
    const source = find(outlet === 'nyt' ? nyt : cnn, label);
    expect(source, `no source matches ${label}`).toBeDefined();
    expect(source!.kind).toBe(kind);
    if (description) expect(source!.description).toMatch(description);
    expect(source!.sentences).toEqual(sentences);
  });

  test('the pronoun follow-ups are not sources of their own', () => {
    for (const sources of [nyt, cnn]) {
      expect(sources.filter((s) => /^(?:he|she|they|it)$/i.test(s.label))).toEqual([]);
    }
    expect(nyt.filter((s) => s.sentences.includes('nyt-p17-s1')).map((s) => s.label)).toEqual(['Kassem Kassir']);
  });

  test('sources come in order of first appearance, each sentence credited once', () => {
    for (const sources of [nyt, cnn]) {
      const firsts = sources.map((s) => s.sentences[0]!);
      const order = (id: string) => id.replace(/\d+/g, (n) => n.padStart(3, '0'));
      expect(firsts.map(order)).toEqual([...firsts].map(order).sort());
      const all = sources.flatMap((s) => s.sentences);
      expect(new Set(all).size).toBe(all.length);
    }
  });

  test('sentences with no attribution credit no one', () => {
    const credited = new Set([...nyt, ...cnn].flatMap((s) => s.sentences));
    for (const id of ['nyt-p01-s1', 'nyt-p03-s2', 'nyt-p12-s1', 'nyt-p13-s2', 'nyt-p16-s1', 'cnn-p04-s1', 'cnn-p27-s1', 'cnn-p29-s1']) {
      expect(credited.has(id), id).toBe(false);
    }
  });
});
