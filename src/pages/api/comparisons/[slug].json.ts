import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';

export const getStaticPaths = (async () =>
  (await getCollection('stories')).flatMap((entry) => (entry.data.comparison ? [{ params: { slug: entry.id }, props: { comparison: entry.data.comparison } }] : []))) satisfies GetStaticPaths;

/** The comparison of one story, as documented in the README ("Comparison JSON"). */
export const GET: APIRoute = ({ props }) =>
  new Response(`${JSON.stringify(props.comparison, null, 2)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
