import path from 'node:path';
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { cacheDir } from '../../lib/config.ts';
import { drawCard } from '../../lib/og/card-pool.ts';
import { cachedCard } from '../../lib/og/render-card.ts';
import { comparisonCard } from '../../lib/present/cards.ts';

export const getStaticPaths = (async () =>
  (await getCollection('stories')).flatMap(({ data }) => (data.comparison ? [{ params: { slug: data.slug }, props: { comparison: data.comparison } }] : []))) satisfies GetStaticPaths;

/** The share image of a whole comparison. */
export const GET: APIRoute = async ({ props, site }) => {
  const png = await cachedCard(comparisonCard(props.comparison, site?.host ?? ''), path.resolve(cacheDir(), 'og'), drawCard);
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
