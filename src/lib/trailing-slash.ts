/**
 * Addresses typed without their trailing slash (`/en/invitation-code`): every page of the
 * site is a folder (`/en/invitation-code/`), and a host that does not add the slash answered
 * with a 404, the preview server with the framework's developer page (UX review 2026-12-06,
 * "No-slash URLs"). The preview server redirects such an address when its folder is a page
 * (src/integrations/preview-slash.ts); on any other host the 404 page does, from the browser
 * (src/scripts/slash-redirect.ts). Pure: both ask the same question.
 */

/**
 * The address of the page `pathname` may mean: the same path with its trailing slash, when it
 * has none and its last part is not a file's name (`map.svg`, `404.html`); undefined otherwise.
 */
export function withTrailingSlash(pathname: string): string | undefined {
  if (!pathname.startsWith('/') || pathname.endsWith('/') || pathname.includes('//')) return undefined;
  const last = pathname.slice(pathname.lastIndexOf('/') + 1);
  return last.includes('.') ? undefined : `${pathname}/`;
}
