/** When preparing the e-mail fails (an old browser): say so, and offer the template instead of a dead button. */
import type { Words } from '../../lib/interpolate.ts';
import type { UiKey } from '../../lib/i18n/keys.ts';

export default function PreparingFailed({ w, href, linkKey }: { w: Words; href: string; linkKey: UiKey }) {
  return (
    <div class="notice" role="alert">
      <p>{w('contact.failed')}</p>
      <a class="action" href={href}>
        {w(linkKey)}
      </a>
    </div>
  );
}
