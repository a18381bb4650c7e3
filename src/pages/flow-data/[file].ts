import type { APIRoute, GetStaticPaths } from 'astro';
import { config } from '../../config.ts';
import { siteFlows } from '../../site-flows.ts';
import { trailDataFiles } from '../../lib/flows/trail-data.ts';
import { trailDataParam } from '../../lib/flows/urls.ts';
import { LOCALES } from '../../schemas/flow.ts';

// One file per flow version, locale and URL style with the words the trail script shows
// (src/lib/flows/trail-data.ts); step pages link to it instead of each carrying a copy.
export const getStaticPaths = (() =>
  siteFlows().flatMap((flow) =>
    trailDataFiles(flow, LOCALES, config).map((data) => ({
      params: { file: trailDataParam(data.path) },
      props: { body: data.body },
    })),
  )) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response((props as { body: string }).body, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
