import type { StoryEntry } from '../schemas.ts';

/** Stories on the home page and its older pages, at most this many a page. */
export const STORIES_PER_PAGE = 50;

/** Newest first; ties by slug, compared by code unit so the order never depends on the locale. */
export function newestFirst<T extends { date: string; slug: string }>(stories: readonly T[]): T[] {
  return [...stories].sort((a, b) => (a.date === b.date ? (a.slug < b.slug ? -1 : 1) : a.date < b.date ? 1 : -1));
}

/** The stories of page `n` (1-based) and how many pages there are. */
export function pageOf<T>(stories: readonly T[], n: number, perPage = STORIES_PER_PAGE): { stories: T[]; pages: number } {
  return { stories: stories.slice((n - 1) * perPage, n * perPage), pages: Math.max(1, Math.ceil(stories.length / perPage)) };
}

/** Stories grouped by the month of their date, in the order given: "October 2024". */
export function byMonth<T extends { date: string }>(stories: readonly T[]): { month: string; stories: T[] }[] {
  const groups: { month: string; stories: T[] }[] = [];
  for (const story of stories) {
    const month = new Date(`${story.date}T00:00:00Z`).toLocaleDateString('en-US', { month: 'long', year: 'numeric', timeZone: 'UTC' });
    const last = groups.at(-1);
    if (last?.month === month) last.stories.push(story);
    else groups.push({ month, stories: [story] });
  }
  return groups;
}

/** One story as an outlet's page lists it: how many of the outlet's claims another outlet also reports, and how many only it does. */
export interface OutletStory {
  slug: string;
  title: string;
  date: string;
  headline: string | null;
  shared: number;
  only: number;
}

/** Every outlet of the archive by its id: its name and the stories it appears in, newest first. */
export function outletsOf(stories: readonly StoryEntry[]): Map<string, { name: string; stories: OutletStory[] }> {
  const out = new Map<string, { name: string; stories: OutletStory[] }>();
  for (const story of newestFirst(stories)) {
    for (const [k, article] of story.articles.entries()) {
      const counts = countsFor(story, k);
      const entry = out.get(article.outlet.id) ?? { name: article.outlet.name, stories: [] };
      entry.stories.push({ slug: story.slug, title: story.title, date: story.date, headline: article.headline, ...counts });
      out.set(article.outlet.id, entry);
    }
  }
  return out;
}

/** The outlet's claims in a story that another outlet also reports, and those only it reports. */
function countsFor(story: StoryEntry, k: number): { shared: number; only: number } {
  if (story.comparison) {
    const { shared, leftOnly, rightOnly } = story.comparison.summary;
    return { shared, only: k === 0 ? leftOnly : rightOnly };
  }
  if (story.outlets) {
    const id = story.articles[k]!.outlet.id;
    const mine = story.outlets.claims.filter((c) => c.outlets.includes(id));
    return { shared: mine.filter((c) => c.outlets.length > 1).length, only: mine.filter((c) => c.outlets.length === 1).length };
  }
  return { shared: 0, only: 0 };
}
