import path from 'node:path';
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { cacheDir } from '../../../lib/config.ts';
import { cachedCard } from '../../../lib/og/render-card.ts';
import { claimCard } from '../../../lib/present/cards.ts';

export const getStaticPaths = (async () =>
  (await getCollection('stories')).flatMap(({ data: { slug, comparison } }) =>
    comparison ? comparison.claims.map((claim) => ({ params: { slug, claim: claim.id }, props: { comparison, claim } })) : [],
  )) satisfies GetStaticPaths;

/** The share image of one claim, drawn once per distinct card (see `cachedCard`). */
export const GET: APIRoute = async ({ props, site }) => {
  const png = await cachedCard(claimCard(props.comparison, props.claim, site?.host ?? ''), path.resolve(cacheDir(), 'og'));
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
