import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';

export const getStaticPaths = (async () =>
  (await getCollection('stories')).flatMap((entry) => {
    const data = entry.data.comparison ?? entry.data.outlets;
    return data ? [{ params: { slug: entry.id }, props: { data } }] : [];
  })) satisfies GetStaticPaths;

/** The comparison of one story, as documented in docs/data-contract.md: two outlets, or three and more (with each pair). */
export const GET: APIRoute = ({ props }) =>
  new Response(`${JSON.stringify(props.data, null, 2)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
