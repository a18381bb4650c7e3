/**
 * The 404 page's one comfort: on a host that answers an address typed without its trailing
 * slash (`/en/invitation-code`) with this page instead of redirecting, it asks the host
 * whether the address with the slash is a page and, if it is, says "Did you mean …?" with
 * its link and goes there, in place of this entry of the history. The question is a HEAD
 * request to this site (the policy's `connect-src 'self'`); an unknown address stays here.
 * `astro preview` redirects on the server (src/integrations/preview-slash.ts).
 */
import { withTrailingSlash } from '../lib/trailing-slash.ts';

async function goToSlashVersion() {
  const target = withTrailingSlash(location.pathname);
  if (!target) return;
  try {
    const response = await fetch(target, { method: 'HEAD' });
    if (!response.ok) return;
  } catch {
    return;
  }
  const address = `${target}${location.search}${location.hash}`;
  for (const note of document.querySelectorAll<HTMLElement>('[data-did-you-mean]')) {
    const link = note.querySelector('a')!;
    link.href = address;
    link.textContent = new URL(address, location.href).href;
    note.hidden = false;
  }
  location.replace(address);
}

void goToSlashVersion();
