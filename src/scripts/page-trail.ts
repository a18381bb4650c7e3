/**
 * This page's trail: its part (the `#trail-page` JSON, src/components/StepView.astro) and
 * the version's table of titles and answers, from the file at `data` (src/lib/flows/trail-data.ts),
 * which browsers cache. Fetched once per page and shared by the page's script (the answers
 * so far) and its form islands (the steps taken, in the e-mail), so no page carries the table
 * inline and no page grows with its flow.
 */
import type { TrailTable } from '../lib/trail.ts';

/** This page's part of the trail, as the build wrote it. */
interface TrailPageInfo {
  /** The sessionStorage key of this version's trail. */
  key: string;
  /** This step's id. */
  step: string;
  /** URL of the version's trail data. */
  data: string;
}

export type PageTrail = TrailPageInfo & TrailTable;

let loading: Promise<PageTrail | undefined> | undefined;

async function load(): Promise<PageTrail | undefined> {
  const source = document.getElementById('trail-page');
  if (!source?.textContent) return undefined;
  try {
    const info = JSON.parse(source.textContent) as TrailPageInfo;
    const response = await fetch(info.data);
    if (!response.ok) return undefined;
    const table = (await response.json()) as TrailTable;
    return table && typeof table.steps === 'object' && table.steps !== null ? { ...info, ...table } : undefined;
  } catch {
    return undefined;
  }
}

/** The page's trail, or undefined when it cannot be had (offline, blocked): then there is no trail, and nothing else changes. */
export function pageTrail(): Promise<PageTrail | undefined> {
  return (loading ??= load());
}
