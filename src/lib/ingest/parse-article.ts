import { IngestError } from './errors.ts';
import { detectFrame } from './frame.ts';
import { deriveOutletId } from './outlet.ts';
import { splitParagraphs } from './paragraphs.ts';
import { splitSentences } from './sentences.ts';
import type { ArticleOverrides } from './manifest.ts';
import type { Article, Paragraph } from '../schemas.ts';
import { normalizeForMatching } from '../text/normalize.ts';

export interface ParseArticleOptions {
  /** Path shown in errors and stored on the article. */
  file: string;
  /** Slug of the story the article belongs to. */
  story: string;
  /** Manifest metadata; wins over what the text says. */
  overrides?: Partial<ArticleOverrides>;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** Parses decoded article text into a typed article with stable paragraph and sentence ids. */
export function parseArticle(text: string, options: ParseArticleOptions): Article {
  const { file, story, overrides = {} } = options;
  const frame = detectFrame(text);
  const outletName = overrides.outlet?.name ?? frame.outlet ?? frame.creditOutlet;
  if (!outletName || !/\S/.test(outletName)) {
    throw new IngestError(
      file,
      'cannot tell which outlet published this article (no header, syndication footer or credit line names one); set "outlet": { "name": … } for it in story.json',
    );
  }
  const outletId = overrides.outlet?.id ?? deriveOutletId(outletName);
  const paragraphs: Paragraph[] = splitParagraphs(frame.body).map((paragraph, p) => {
    const pid = `${outletId}-p${pad(p + 1)}`;
    return {
      id: pid,
      sentences: splitSentences(paragraph).map((sentence, s) => ({
        id: `${pid}-s${s + 1}`,
        text: sentence,
        normalized: normalizeForMatching(sentence),
      })),
    };
  });
  if (paragraphs.length === 0) {
    throw new IngestError(file, 'no article text is left once the header, footer and credit line are removed');
  }
  return {
    id: `${story}/${outletId}`,
    story,
    outlet: { name: outletName, id: outletId },
    headline: overrides.headline ?? frame.headline,
    url: overrides.url ?? null,
    published: overrides.published ?? null,
    contributors: overrides.contributors ?? frame.contributors,
    note: overrides.note ?? null,
    file,
    paragraphs,
  };
}
