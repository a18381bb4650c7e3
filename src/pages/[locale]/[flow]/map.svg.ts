/**
 * The staff map's picture on its own, full size (`/{locale}/{flow}/map.svg`): on a phone
 * the map page leads with the table, and this opens the picture to zoom and scroll.
 */
import type { APIRoute } from 'astro';
import { siteFlows } from '../../../site-flows.ts';
import { mapView } from '../../../lib/flows/map-view.ts';
import { graphTitles, renderSvg, toDot } from '../../../lib/flows/graph-picture.ts';
import { config } from '../../../config.ts';
import { LOCALES, type Locale } from '../../../schemas/flow.ts';
import type { FlowModel } from '../../../lib/flows/model.ts';

export function getStaticPaths() {
  return siteFlows().flatMap((flow) => LOCALES.map((locale) => ({ params: { locale, flow: flow.id }, props: { flow } })));
}

export const GET: APIRoute = async ({ params, props }) => {
  const view = mapView((props as { flow: FlowModel }).flow, params.locale as Locale, config);
  const svg = await renderSvg(toDot(view.version, view.labels), graphTitles(view));
  // A file of its own: absolute links (step pages) are fine; the caption reference is not.
  return new Response(
    `<?xml version="1.0" encoding="UTF-8"?>\n${svg.replace(' aria-labelledby="graph-caption"', ` role="img" aria-label="${view.guideTitle.replace(/"/g, '&quot;')}"`)}`,
    { headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' } },
  );
};
