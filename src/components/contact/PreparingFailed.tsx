/** When preparing the e-mail fails (an old browser): say so, and offer the template instead of a dead button. */
import type { Words } from '../../lib/interpolate.ts';

export default function PreparingFailed({ w, href, linkKey }: { w: Words; href: string; linkKey: string }) {
  return (
    <div class="notice" role="alert">
      <p>{w('contact.failed')}</p>
      <a class="action" href={href}>
        {w(linkKey)}
      </a>
    </div>
  );
}
