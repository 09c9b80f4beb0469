import path from 'node:path';
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { cacheDir } from '../../../lib/config.ts';
import { drawCard } from '../../../lib/og/card-pool.ts';
import { cachedCard } from '../../../lib/og/render-card.ts';
import { claimCard, hasOwnCard } from '../../../lib/present/cards.ts';

export const getStaticPaths = (async () =>
  (await getCollection('stories')).flatMap(({ data: { slug, comparison } }) =>
    comparison ? comparison.claims.filter(hasOwnCard).map((claim) => ({ params: { slug, claim: claim.id }, props: { comparison, claim } })) : [],
  )) satisfies GetStaticPaths;

/** The share image of one shared claim, drawn once per distinct card (see `cachedCard`); a one-sided claim's page uses the comparison's. */
export const GET: APIRoute = async ({ props, site }) => {
  const png = await cachedCard(claimCard(props.comparison, props.claim, site?.host ?? ''), path.resolve(cacheDir(), 'og'), drawCard);
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
