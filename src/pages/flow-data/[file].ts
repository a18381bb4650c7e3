import type { APIRoute, GetStaticPaths } from 'astro';
import { config } from '../../config.ts';
import { siteFlows } from '../../lib/flows/load.ts';
import { TRAIL_DATA_DIR, trailDataFiles } from '../../lib/flows/trail-data.ts';
import { LOCALES } from '../../schemas/flow.ts';

// One file per flow version, locale and URL style with the words the trail script shows
// (src/lib/flows/trail-data.ts); step pages link to it instead of each carrying a copy.
export const getStaticPaths = (() =>
  siteFlows().flatMap((flow) =>
    trailDataFiles(flow, LOCALES, config).map((data) => ({
      params: { file: data.path.slice(TRAIL_DATA_DIR.length) },
      props: { body: data.body },
    })),
  )) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response((props as { body: string }).body, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
