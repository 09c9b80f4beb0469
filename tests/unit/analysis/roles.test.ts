import { describe, expect, test } from 'vitest';
import { tokenize } from '../../../src/lib/analysis/tokens.ts';
import { findRoles, rolesDiffer, titleWordIndexes } from '../../../src/lib/analysis/roles.ts';

describe('findRoles', () => {
  test.each([
    { form: 'title before the name', text: 'CIA Director Bill Burns was in Cairo.', name: 'Bill Burns', role: 'CIA Director' },
    { form: 'lowercase title tagged as a noun', text: 'He met Egyptian President Abdel Fattah el-Sissi.', name: 'Abdel Fattah el-Sissi', role: 'Egyptian President' },
    { form: 'appositive after the name', text: 'William J. Burns, the C.I.A. director and top American negotiator, met officials.', name: 'William J. Burns', role: 'the C.I.A. director and top American negotiator' },
    { form: 'appositive before the name', text: 'They met the Egyptian president, Abdel Fattah el-Sisi.', name: 'Abdel Fattah el-Sisi', role: 'the Egyptian president' },
    { form: 'possessive role before the name', text: 'At the same time, President Biden’s Middle East coordinator, Brett McGurk, arrived.', name: 'Brett McGurk', role: 'President Biden’s Middle East coordinator' },
    { form: 'appositive before the name, after a clause opener', text: 'By the time the interior minister, Anselm Dreyvik, landed, troops were there.', name: 'Anselm Dreyvik', role: 'the interior minister' },
    { form: 'lowercase title owned by a name, before the name', text: 'It came after the death of Hamas leader Yahya Sinwar.', name: 'Yahya Sinwar', role: 'Hamas leader' },
    { form: 'lowercase title after a verb', text: 'The talks will resume, said spokesman John Kirby.', name: 'John Kirby', role: 'spokesman' },
    { form: 'appositive after the name, with an owner', text: 'Sabine Kroll, Brennland’s deputy premier, promised help.', name: 'Sabine Kroll', role: 'Brennland’s deputy premier' },
    { form: 'appositive stops at "who"', text: 'Kassem Kassir, a Lebanese expert on Hezbollah who is close to the group, spoke.', name: 'Kassem Kassir', role: 'a Lebanese expert on Hezbollah' },
  ])('$form', ({ text, name, role }) => {
    expect(findRoles(text)).toContainEqual(expect.objectContaining({ name, role }));
  });

  test('a title opening the sentence keeps its modifier after truecasing', () => {
    const text = 'Interior Minister Anselm Drevik said troops were sent.';
    // Truecasing over the pair lowercases "Interior" when the other article writes "the interior minister".
    const tokens = tokenize(text).map((t, i) => (i === 0 ? { ...t, proper: false, pos: 'ADJ' } : t));
    expect(findRoles(text, tokens)).toContainEqual(expect.objectContaining({ name: 'Anselm Drevik', role: 'Interior Minister' }));
  });

  test('a name without a role gives nothing', () => {
    expect(findRoles('Hezbollah has also continued its attacks on Israel.')).toEqual([]);
  });
});

describe('rolesDiffer', () => {
  test.each([
    ['the Israeli defense minister', 'Israeli Defense Minister', false],
    ['the C.I.A. director', 'CIA Director', false],
    ['The trade minister', 'Trade Minister', false],
    ['his de facto envoy on the conflict with Hezbollah', 'U.S. Special Envoy', true],
    ['the mayor', 'the police chief', true],
  ])('%s / %s → %s', (a, b, expected) => {
    // Each role read as it stands in a sentence, beside a name.
    const [x, y] = [a, b].map((role) => findRoles(`${role}, Ana Lima, spoke.`)[0]!.roleWords);
    expect(rolesDiffer(x!, y!)).toBe(expected);
  });
});

describe('titleWordIndexes', () => {
  const titleWords = (text: string) => {
    const tokens = tokenize(text);
    return [...titleWordIndexes(tokens)].sort((a, b) => a - b).map((i) => tokens[i]!.text);
  };
  test.each([
    ['Israeli Prime Minister Benjamin Netanyahu met them.', ['Prime', 'Minister']],
    ['They said the country’s prime minister, Benjamin Netanyahu, would wait.', ['prime', 'minister']],
    ['It came after the death of Hamas leader Yahya Sinwar.', ['leader']],
    ['William J. Burns, the C.I.A. director, met officials.', ['director']],
    ['The president said nothing.', []],
  ])('%s', (text, words) => {
    expect(titleWords(text)).toEqual(words);
  });
});
