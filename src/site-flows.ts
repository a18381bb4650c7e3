import { flowDefinitions } from '../flows/index.ts';
import { loadFlows } from './lib/flows/load.ts';
import type { FlowModel } from './lib/flows/model.ts';

let cached: FlowModel[] | undefined;

/**
 * The site's flows (flows/index.ts), checked once per build; a broken flow fails the build
 * here. Beside src/config.ts: the site's own values, which the pure modules of src/lib
 * receive as parameters and never import.
 */
export function siteFlows(): FlowModel[] {
  cached ??= loadFlows(flowDefinitions);
  return cached;
}
