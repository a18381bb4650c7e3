import type { Config } from '../schemas/config.ts';
import type { Locale } from '../schemas/flow.ts';
import { latestVersion, type FlowModel } from './flows/model.ts';
import { toPlain } from './text.ts';
import { stepUrl } from './flows/urls.ts';

/** A guide on a home page: its latest version's title and description, and its start. */
export interface Guide {
  id: string;
  title: string;
  description: string;
  href: string;
}

/** The guides of a locale, latest versions, for the home pages. Pure: the flows and configuration come in. */
export function guides(flows: readonly FlowModel[], locale: Locale, config: Config): Guide[] {
  return flows.map((flow) => {
    const guide = latestVersion(flow).content[locale].guide;
    return {
      id: flow.id,
      title: toPlain(guide.title, config),
      description: toPlain(guide.description, config),
      href: stepUrl({ locale, flow: flow.id }),
    };
  });
}
