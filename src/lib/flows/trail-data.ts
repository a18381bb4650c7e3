import { trailStorageKey } from '../storage-keys.ts';
import { createHash } from 'node:crypto';
import type { Config } from '../../schemas/config.ts';
import type { Locale } from '../../schemas/flow.ts';
import { HELP_LINE_ANSWER, type TrailTable } from '../trail.ts';
import { t } from '../i18n/index.ts';
import { toPlain } from '../text.ts';
import { answerLabel, contentOf, stepTitle, type FlowModel, type VersionModel } from './model.ts';
import { answerUrl, trailDataUrl, type StepRoute } from './urls.ts';

/**
 * What the trail ("Your answers so far", the back link) needs of a flow version in one
 * locale and one URL style: every step's title, URL, answer labels and targets. It is the
 * same for every page of that version, so it is one file that pages fetch (and browsers
 * cache), not a copy inside each page: a step page stays the same size however big its
 * flow is. Every step but the contact step also has the help line's answer (HELP_LINE_ANSWER),
 * which leads to the contact step. The form islands read the same file (src/scripts/page-trail.ts)
 * to list the steps taken in the e-mail.
 */
interface TrailData {
  /** URL of the file: `/flow-data/{flow}.v{N}.{locale}.{latest|pinned}.{hash}.json`; the hash makes it cacheable forever. */
  path: string;
  table: TrailTable;
  /** The file's text. */
  body: string;
}

const trailDataCache = new WeakMap<VersionModel, Map<string, TrailData>>();

/** The trail data of a route's version, locale and URL style (worked out once, then shared by every such page). */
export function trailData(route: Pick<StepRoute, 'locale' | 'flow' | 'version' | 'pinned'>, config: Config): TrailData {
  let perVersion = trailDataCache.get(route.version);
  if (!perVersion) trailDataCache.set(route.version, (perVersion = new Map()));
  const key = `${route.locale}:${route.pinned ? 'pinned' : 'latest'}`;
  let data = perVersion.get(key);
  if (!data) {
    const contact = route.version.steps.find((s) => s.kind === 'contact');
    const table: TrailTable = {
      steps: Object.fromEntries(
        route.version.steps.map((s) => [
          s.id,
          {
            title: stepTitle(route.version, route.locale, s.id, config),
            href: answerUrl(route, s),
            ...givenWords(route, s.id, config),
            answers: Object.fromEntries([
              ...s.answers.map((a) => [a.key, [answerLabel(route.version, route.locale, s.id, a.key, config), a.target] as const]),
              ...(contact && s.id !== contact.id ? [[HELP_LINE_ANSWER, [t(route.locale, 'trail.helpLine'), contact.id] as const]] : []),
            ]),
          },
        ]),
      ),
    };
    const body = JSON.stringify(table);
    const hash = createHash('sha256').update(body).digest('base64url').slice(0, 12);
    data = {
      path: trailDataUrl(route, hash),
      table,
      body,
    };
    perVersion.set(key, data);
  }
  return data;
}

/** On a step with a date answer, the words that say the date given (when the version has them). */
function givenWords(route: Pick<StepRoute, 'locale' | 'version'>, stepId: string, config: Config) {
  const words = contentOf(route.version, route.locale).steps[stepId]?.dateAnswer;
  return words?.givenExpired && words.givenValid
    ? { given: { expired: toPlain(words.givenExpired, config), valid: toPlain(words.givenValid, config) } }
    : {};
}

/** Every trail data file of a flow: per version and locale, pinned URLs, and latest URLs for the latest version. */
export function trailDataFiles(flow: FlowModel, locales: readonly Locale[], config: Config): TrailData[] {
  return locales.flatMap((locale) =>
    flow.versions.flatMap((version) =>
      [true, false]
        .filter((pinned) => pinned || version.version === flow.latest)
        .map((pinned) => trailData({ locale, flow, version, pinned }, config)),
    ),
  );
}

/** The sessionStorage key of a version's trail. */
export function trailKey(route: Pick<StepRoute, 'flow' | 'version'>): string {
  return trailStorageKey(route.flow.id, route.version.version);
}
