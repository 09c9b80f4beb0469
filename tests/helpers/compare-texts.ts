import { compareStory, type CompareOptions } from '../../src/lib/compare.ts';
import { parseArticle } from '../../src/lib/ingest/parse-article.ts';
import type { Article, Comparison } from '../../src/lib/schemas.ts';

/** Two texts as the articles of story "s": the left by outlet "Left" (id "l"), the right by "Right" (id "r"). */
export function articlePair(left: string, right: string): [Article, Article] {
  const read = (text: string, name: string, id: string) => parseArticle(text, { file: `${id}.txt`, story: 's', overrides: { outlet: { name, id } } });
  return [read(left, 'Left', 'l'), read(right, 'Right', 'r')];
}

/** The comparison of two texts, each an article of its own outlet (see `articlePair`). */
export function compareTexts(left: string, right: string, options: CompareOptions = {}): Comparison {
  return compareStory({ slug: 's', title: 'T', date: '2025-01-01', articles: articlePair(left, right) }, options);
}
