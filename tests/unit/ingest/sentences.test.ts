import { describe, expect, test } from 'vitest';
import { splitSentences } from '../../../src/lib/ingest/sentences.ts';

describe('splitSentences', () => {
  // US reporting writes titles, states and party tags with a full stop; the
  // segmenter cut "Harry Reid (D-Nev.) | was the lone opposition." in two.
  test.each([
    ['a party-state tag mid-sentence', 'Senate Minority Leader Harry Reid (D-Nev.) was the lone opposition.', ['Senate Minority Leader Harry Reid (D-Nev.) was the lone opposition.']],
    ['a title before a name', 'The Rev. Al Sharpton spoke. Sen. Ana Lima disagreed.', ['The Rev. Al Sharpton spoke.', 'Sen. Ana Lima disagreed.']],
    ['titles and a state tag in one sentence', 'Rep. Ana Lima (R-Calif.) and Gov. Tim Walz met in Washington, D.C. on Monday.', ['Rep. Ana Lima (R-Calif.) and Gov. Tim Walz met in Washington, D.C. on Monday.']],
    ['a state before a capital ends the sentence', 'It was filed in Sacramento, Calif. The judge agreed.', ['It was filed in Sacramento, Calif.', 'The judge agreed.']],
    ['an exclamation and its named speaker', '“Hide, she’s got a gun!” Vanore said. Nobody moved.', ['“Hide, she’s got a gun!” Vanore said.', 'Nobody moved.']],
    ['an exclamation and a new sentence', '“Hide!” The hall went quiet.', ['“Hide!”', 'The hall went quiet.']],
  ])('%s', (_name, input, expected) => {
    expect(splitSentences(input)).toEqual(expected);
  });

  test.each([
    {
      name: 'initials and a dotted acronym inside a sentence (NYT seed)',
      input: 'With Israel battling Hamas in Gaza, William J. Burns, the C.I.A. director, met with officials in Cairo on Thursday. At the same time, Brett McGurk held talks in Israel.',
      expected: [
        'With Israel battling Hamas in Gaza, William J. Burns, the C.I.A. director, met with officials in Cairo on Thursday.',
        'At the same time, Brett McGurk held talks in Israel.',
      ],
    },
    {
      name: 'honorifics Mr., Mrs. and Dr.',
      input: 'Mrs. Alvarez met Dr. Okafor and Mr. Chen on Monday. They spoke for an hour.',
      expected: ['Mrs. Alvarez met Dr. Okafor and Mr. Chen on Monday.', 'They spoke for an hour.'],
    },
    {
      name: 'U.S. before a capitalised word does not end the sentence',
      input: 'The U.S. Army declined to comment. A spokesman said the U.S. would respond.',
      expected: ['The U.S. Army declined to comment.', 'A spokesman said the U.S. would respond.'],
    },
    {
      name: 'a quote that closes after the full stop',
      input: '“They do not reflect the current state of negotiations.” The statement did not mention Gaza.',
      expected: ['“They do not reflect the current state of negotiations.”', 'The statement did not mention Gaza.'],
    },
    {
      name: 'quote with attribution, then a second quoted sentence (NYT seed)',
      input: '“There are many reports and drafts circulating,” he said in a statement. “They do not reflect the current state of negotiations.”',
      expected: ['“There are many reports and drafts circulating,” he said in a statement.', '“They do not reflect the current state of negotiations.”'],
    },
    {
      name: 'a quotation holding two sentences stays with its attribution (CNN seed)',
      input: '“Many reports and drafts have been circulated. None reflect the current state of negotiations,” the Israeli Prime Minister’s Office said in a statement to CNN.',
      expected: ['“Many reports and drafts have been circulated. None reflect the current state of negotiations,” the Israeli Prime Minister’s Office said in a statement to CNN.'],
    },
    {
      name: 'an exclamation in quotes keeps its lowercase attribution (CNN seed)',
      input: '“Cease fire now!” one protester shouted.',
      expected: ['“Cease fire now!” one protester shouted.'],
    },
    {
      name: 'straight quotes and a question',
      input: '"Where are the hostages?" she asked. Nobody answered.',
      expected: ['"Where are the hostages?" she asked.', 'Nobody answered.'],
    },
    {
      name: 'an unclosed quotation from translation does not swallow the paragraph (CNN seed)',
      input: '“Prime Minister Netanyahu said that what is important is the agreement. “I am determined to do so,” he said in a statement.',
      expected: ['“Prime Minister Netanyahu said that what is important is the agreement.', '“I am determined to do so,” he said in a statement.'],
    },
    {
      name: 'the ". ." artifact stays on its sentence (CNN seed)',
      input: 'Mikati said in an interview with Lebanese media al-Jadeed on Wednesday. .',
      expected: ['Mikati said in an interview with Lebanese media al-Jadeed on Wednesday. .'],
    },
    {
      name: 'a lone "." between sentences is not a sentence',
      input: 'The talks ended. . The envoys left Cairo.',
      expected: ['The talks ended. .', 'The envoys left Cairo.'],
    },
    {
      name: 'a stray translated fragment is read with the sentence before it, text as published (CNN seed)',
      input: 'U.S. officials say they remain skeptical. He will be president.',
      expected: ['U.S. officials say they remain skeptical. He will be president.'],
    },
    {
      name: 'a verbless fragment joins the sentence before it (CNN seed)',
      input: 'Netanyahu is waiting for the campaign to end. Still strong. CIA Director Bill Burns was in Cairo.',
      expected: ['Netanyahu is waiting for the campaign to end. Still strong.', 'CIA Director Bill Burns was in Cairo.'],
    },
    {
      name: 'a terse sentence that names someone or something stands alone',
      input: 'The hall went quiet. Police said. Two died. Nobody moved. “Hide.” Survivors, shaken, walked out.',
      expected: ['The hall went quiet.', 'Police said.', 'Two died.', 'Nobody moved.', '“Hide.”', 'Survivors, shaken, walked out.'],
    },
    {
      name: 'a fragment that opens a paragraph has nothing to join',
      input: 'Still strong. The envoys left Cairo.',
      expected: ['Still strong.', 'The envoys left Cairo.'],
    },
    {
      name: 'numbers with decimals and times',
      input: 'Prices rose 2.5 percent by 3 p.m. on Friday. Markets closed early.',
      expected: ['Prices rose 2.5 percent by 3 p.m. on Friday.', 'Markets closed early.'],
    },
    {
      name: 'no boundary without a space after the stop (regression: "window.__pwned" was split)',
      input: 'He typed window.__pwned and example.com into the box. The filter failed.',
      expected: ['He typed window.__pwned and example.com into the box.', 'The filter failed.'],
    },
  ])('$name', ({ input, expected }) => {
    expect(splitSentences(input)).toEqual(expected);
  });

  test('every sentence is an exact substring, in order, and no letter is lost', () => {
    const paragraph = 'In Cairo, Mr. Burns and Mr. el-Sisi met. “Talks go on,” he said. . Then they left!';
    const sentences = splitSentences(paragraph);
    let cursor = 0;
    for (const s of sentences) {
      const at = paragraph.indexOf(s, cursor);
      expect(at).toBeGreaterThanOrEqual(cursor);
      cursor = at + s.length;
    }
    expect(sentences.join(' ').replace(/\s/g, '')).toBe(paragraph.replace(/\s/g, ''));
  });
});
