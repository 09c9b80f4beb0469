import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { IngestError } from './errors.ts';

/** An article read from a web page saved from a browser. */
export interface ExtractedArticle {
  /** The article body as plain text, one paragraph a line, blank lines between. */
  text: string;
  headline: string | null;
  contributors: string[];
  /** YYYY-MM-DD. */
  published: string | null;
  outlet: string | null;
  url: string | null;
}

type Json = Record<string, unknown>;

/** Fewer words than this is no article body (a menu, a notice, a login wall). */
const MIN_WORDS = 25;

/** The JSON-LD objects of a page that describe an article (NewsArticle, Article, …), flattened out of any @graph. */
function articleLd(document: Document): Json[] {
  const out: Json[] = [];
  const visit = (node: unknown) => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (!node || typeof node !== 'object') return;
    const obj = node as Json;
    if (obj['@graph']) visit(obj['@graph']);
    const type = ([] as unknown[]).concat(obj['@type'] ?? []).map(String);
    if (type.some((t) => /Article|Report|Posting/.test(t))) out.push(obj);
  };
  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      visit(JSON.parse(script.textContent ?? ''));
    } catch {
      // A page's broken JSON-LD is no reason to refuse its article.
    }
  }
  return out;
}

const text = (v: unknown): string | null => (typeof v === 'string' && v.trim() ? v.trim() : null);
const nameOf = (v: unknown): string | null => text(v) ?? (v && typeof v === 'object' ? text((v as Json).name) : null);
const day = (v: string | null): string | null => {
  const m = v ? /^(\d{4}-\d{2}-\d{2})/.exec(v) : null;
  return m ? m[1]! : null;
};

/**
 * Reads a saved web page: the body with Readability (what Firefox's reader
 * view shows) on a linkedom document, and headline, byline, date, outlet and
 * address from the page's JSON-LD and meta tags, falling back to its title
 * and canonical link. Scripts never run: the page is parsed, not loaded.
 */
export function extractArticle(html: string, file: string): ExtractedArticle {
  const { document } = parseHTML(html);
  const meta = (key: string) => text(document.querySelector(`meta[property="${key}"], meta[name="${key}"]`)?.getAttribute('content'));
  const ld = articleLd(document as unknown as Document);
  const fromLd = (key: string) => ld.map((o) => o[key]).find((v) => v !== undefined);
  const canonical = text(document.querySelector('link[rel="canonical"]')?.getAttribute('href'));
  const authors = ([] as unknown[]).concat(fromLd('author') ?? []).map(nameOf).filter((n): n is string => n !== null);
  const metaAuthor = meta('author');
  const h1 = document.querySelectorAll('h1');
  const heading = h1.length === 1 ? text(h1[0]!.textContent?.replace(/\s+/g, ' ')) : null;
  // Readability changes the document it reads: the metadata above is read first.
  const parsed = new Readability(document as unknown as Document).parse();
  // A menu or a cookie notice is no article: a body has a few sentences at least.
  const body = (parsed?.textContent ?? '').trim().split(/\s+/).length >= MIN_WORDS ? parsed : null;
  if (!body) throw new IngestError(file, 'no article body found in this page (is it the article itself, saved as HTML?)');
  // Paragraphs as the page marks them; Readability's own text runs them together.
  const { document: content } = parseHTML(`<div>${body.content ?? ''}</div>`);
  const paragraphs = [...content.querySelectorAll('p, h2, h3, li, blockquote')]
    .filter((el) => !el.querySelector('p'))
    .map((el) => (el.textContent ?? '').replace(/\s+/g, ' ').trim())
    .filter((p) => p !== '');
  const plain = paragraphs.length > 0 ? paragraphs.join('\n\n') : body.textContent!.trim();
  const url = text(fromLd('url')) ?? meta('og:url') ?? canonical;
  return {
    text: `${plain}\n`,
    headline: text(fromLd('headline')) ?? meta('og:title') ?? heading ?? text(body.title),
    contributors: authors.length > 0 ? authors : metaAuthor ? [metaAuthor] : [],
    published: day(text(fromLd('datePublished'))) ?? day(meta('article:published_time')) ?? day(meta('date')),
    outlet: nameOf(fromLd('publisher')) ?? meta('og:site_name') ?? text(body.siteName),
    url: url && /^https?:\/\//.test(url) ? url : null,
  };
}
