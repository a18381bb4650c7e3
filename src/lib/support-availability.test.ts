import { describe, expect, it } from 'vitest';
import { supportAvailability } from './support-availability.ts';
import { ConfigSchema } from '../schemas/config.ts';
import { config } from '../config.ts';
import { t } from './i18n/index.ts';

const words = (locale: 'en' | 'fr') => (key: string, vars?: Record<string, string | number>) => t(locale, key as never, vars);
const hours = { en: 'Monday to Friday, 8 a.m. to 5 p.m.', fr: 'du lundi au vendredi, de 8 h à 17 h' };
const time = { en: 'one business day', fr: 'un jour ouvrable' };

describe('supportAvailability', () => {
  it('says nothing when the operator has not said', () => {
    expect(supportAvailability({}, 'en', words('en'))).toBe('');
  });
  it('says the hours and the response time in the language of the page, each when set', () => {
    expect(supportAvailability({ supportHours: hours, supportResponseTime: time }, 'en', words('en'))).toBe(
      'Nexam technical support answers Monday to Friday, 8 a.m. to 5 p.m. An answer usually comes within one business day.',
    );
    expect(supportAvailability({ supportResponseTime: time }, 'fr', words('fr'))).toBe(
      'Une réponse arrive habituellement en un jour ouvrable.',
    );
    expect(supportAvailability({ supportHours: hours }, 'fr', words('fr'))).toBe(
      'Le soutien technique de Nexam répond du lundi au vendredi, de 8 h à 17 h.',
    );
  });
  it('is validated with the configuration: both languages, not blank', () => {
    const result = ConfigSchema.safeParse({ ...config, supportHours: { en: '9 to 5', fr: ' ' } });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.path.join('.'))).toEqual(['supportHours.fr']);
    expect(ConfigSchema.safeParse({ ...config, supportResponseTime: { en: 'a day' } }).success).toBe(false);
  });
});
