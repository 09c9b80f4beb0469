import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { newestFirst } from '../lib/present/archive.ts';
import { summarize } from '../lib/present/describe.ts';

/** The feed of comparisons, newest first: each with its summary line and a link. */
export const GET: APIRoute = async ({ site }) => {
  const stories = newestFirst((await getCollection('stories')).map((entry) => entry.data));
  return rss({
    title: 'Parallax',
    description: 'How news outlets told the same story, claim by claim: new comparisons.',
    site: site!,
    items: stories.map((story) => ({
      title: story.title,
      link: `/compare/${story.slug}/`,
      pubDate: new Date(`${story.date}T00:00:00Z`),
      // The summary line carries bidi isolates for pages; a feed reader gets plain text.
      description: (story.comparison ? summarize(story.comparison) : `${story.articles.length} outlets: ${story.articles.map((a) => a.outlet.name).join(', ')}.`).replace(/[\u2066-\u2069]/g, ''),
    })),
  });
};
