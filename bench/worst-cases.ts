// The input shapes that once took minutes (issue: hostile input), each legal
// and under the 2 MB limit: how long ingest and alignment take on them now.
// Run by `npm run bench`; `node bench/worst-cases.ts` runs it alone.
import { assignClaimIds } from '../src/lib/align/claim-ids.ts';
import { compareStory } from '../src/lib/compare.ts';
import { splitParagraphs } from '../src/lib/ingest/paragraphs.ts';
import { parseArticle } from '../src/lib/ingest/parse-article.ts';
import { splitSentences } from '../src/lib/ingest/sentences.ts';

const FOOTER = '\nThe post Shapes appeared first on Bench Daily.';
const SMALL = 'The council met on Monday.\nIt voted to close the bridge for repairs.\nThe post Bridge appeared first on Other Paper.';

/** The worst shapes: what each is, and the work it times. */
export const WORST_CASES: { name: string; run: () => unknown }[] = [
  {
    name: '20,000 claims with one readable id (the suffix search restarted at 2 for each)',
    run: () => assignClaimIds(Array.from({ length: 20_000 }, () => ({ left: [{ text: 'The council met.' }], right: [] }))),
  },
  {
    name: 'a paragraph of 10,000 sentences that each open a quotation and never close it',
    run: () => splitSentences(Array.from({ length: 10_000 }, (_, i) => `He said “item ${i} stays open.`).join(' ')),
  },
  {
    name: 'one paragraph of 40,000 hard-wrapped lines',
    run: () => splitParagraphs(Array.from({ length: 40_000 }, (_, i) => `wrapped words of line ${i}`).join('\n')),
  },
  {
    name: '200,000 short lines',
    run: () => splitParagraphs(Array.from({ length: 200_000 }, () => 'a b').join('\n')),
  },
  {
    name: 'parse and compare an article of 38,000 similar sentences (1 MB) with a short one',
    run: () => {
      const body = Array.from({ length: 38_000 }, (_, i) => `The council met on day ${i % 50}.`).join('\n').slice(0, 2 * 1024 * 1024 - FOOTER.length - 1);
      const left = parseArticle(body.slice(0, body.lastIndexOf('\n')) + FOOTER, { file: 'big.txt', story: 'bench' });
      const right = parseArticle(SMALL, { file: 'small.txt', story: 'bench' });
      return compareStory({ slug: 'bench', title: 'bench', date: '2025-01-01', articles: [left, right] });
    },
  },
];

/** Prints each worst case's time as a Markdown table. */
export function printWorstCases(): void {
  console.log('## Worst-case input shapes (each under the 2 MB limit)\n');
  console.log('| shape | time (s) |');
  console.log('| --- | --- |');
  for (const { name, run } of WORST_CASES) {
    const t0 = performance.now();
    run();
    console.log(`| ${name} | ${((performance.now() - t0) / 1000).toFixed(2)} |`);
  }
  console.log('');
}

if (import.meta.main) printWorstCases();
