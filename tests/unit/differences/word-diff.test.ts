import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { diffText, leftOf, rightOf } from '../../../src/lib/differences/word-diff.ts';

const render = (text: ReturnType<typeof diffText>) =>
  text.map((s) => (s.added ? `{+${s.value}+}` : s.removed ? `[-${s.value}-]` : s.value)).join('');

describe('diffText', () => {
  test.each([
    { name: 'a changed name part stays a whole word', left: 'met el-Sisi.', right: 'met el-Sissi.', expected: 'met el-[-Sisi-]{+Sissi+}.' },
    { name: 'a changed number', left: 'About 12 people were hurt.', right: 'About 15 people were hurt.', expected: 'About [-12 -]{+15 +}people were hurt.' },
    { name: 'case and curly quotes are not changes', left: '“Talks go on,” Director Burns said.', right: '"talks go on," director Burns said.', expected: '“Talks go on,” Director Burns said.' },
    { name: 'a lone short word between changes folds into them', left: 'hopes rose for the talks', right: 'fears grew over the deal', expected: '[-hopes rose for the talks-]{+fears grew over the deal+}' },
  ])('$name', ({ left, right, expected }) => {
    expect(render(diffText(left, right))).toBe(expected);
  });

  test('both published texts are recovered exactly from any diff', () => {
    const words = fc.constantFrom('Burns', 'burns', 'met', 'the', 'C.I.A.', 'CIA', '“', '”', ',', '.', 'el-Sisi', 'six-week', '48', 'talks', '  ', '\u00a0');
    const text = fc.array(words, { maxLength: 30 }).map((w) => w.join(' '));
    fc.assert(
      fc.property(text, text, (a, b) => {
        const segments = diffText(a, b);
        expect(leftOf(segments)).toBe(a);
        expect(rightOf(segments)).toBe(b);
      }),
      { numRuns: 500 },
    );
  });
});
