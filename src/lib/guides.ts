import { config } from '../config.ts';
import type { Locale } from '../schemas/flow.ts';
import { siteFlows } from './flows/load.ts';
import { toPlain } from './text.ts';
import { stepPath } from './flows/urls.ts';

/** The guides of a locale, latest versions, for the home pages. */
export function guides(locale: Locale) {
  return siteFlows().map((flow) => {
    const latest = flow.versions.find((v) => v.version === flow.latest)!;
    const guide = latest.content[locale].guide;
    return {
      id: flow.id,
      title: toPlain(guide.title, config),
      description: toPlain(guide.description, config),
      href: stepPath({ locale, flow: flow.id }),
    };
  });
}
