import { describe, expect, it } from 'vitest';
import { guides } from './guides.ts';
import { siteFlows } from '../site-flows.ts';
import { latestVersion, type FlowModel } from './flows/model.ts';
import { toPlain } from './text.ts';
import { config } from '../config.ts';

describe('guides (the home pages)', () => {
  it("lists every flow with its latest version's title and description in plain text, linked to its start", () => {
    for (const locale of ['en', 'fr'] as const) {
      expect(guides(siteFlows(), locale, config)).toEqual(
        siteFlows().map((flow) => {
          const words = latestVersion(flow).content[locale].guide;
          return {
            id: flow.id,
            title: toPlain(words.title, config),
            description: toPlain(words.description, config),
            href: `/${locale}/${flow.id}/`,
          };
        }),
      );
    }
  });
  it('has no markup left in its words', () => {
    for (const guide of guides(siteFlows(), 'fr', config)) expect(`${guide.title} ${guide.description}`).not.toMatch(/\*\*|\{|\[/);
  });
});

describe('guides of a flow whose words changed', () => {
  it('take the words of the latest version, not of the first or the last listed', () => {
    const words = (title: string) => ({ guide: { title, description: `${title}.` } });
    const version = (n: number, title: string) => ({ version: n, content: { en: words(title), fr: words(title) } });
    const flow = { id: 'tiny', latest: 2, versions: [version(1, 'Old'), version(2, 'Latest'), version(3, 'Draft')], successors: {} };
    expect(guides([flow as unknown as FlowModel], 'en', config)[0]!.title).toBe('Latest');
  });
});
