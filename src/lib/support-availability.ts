/**
 * When Nexam technical support answers, in the page's language, from the operator's
 * optional settings (src/config.ts): "" when neither is set, so the site never promises
 * hours or a response time nobody gave.
 */
import type { Config } from '../schemas/config.ts';
import type { Locale } from '../schemas/flow.ts';
import type { Words } from './interpolate.ts';

export function supportAvailability(config: Pick<Config, 'supportHours' | 'supportResponseTime'>, locale: Locale, words: Words): string {
  return [
    config.supportHours && words('contact.hours', { hours: config.supportHours[locale] }),
    config.supportResponseTime && words('contact.responseTime', { time: config.supportResponseTime[locale] }),
  ]
    .filter((sentence): sentence is string => Boolean(sentence))
    .map(oneFullStop)
    .join(' ');
}

/** A sentence ending in an abbreviation ("5 p.m.") takes no second full stop. */
const oneFullStop = (sentence: string) => sentence.replace(/\.\.$/, '.');
