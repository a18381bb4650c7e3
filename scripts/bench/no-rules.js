// Added by scripts/bench/walk.ts, first in every page's <head>, in the "no speculation rules"
// condition (a module, so it runs before the page's own modules): from here on
// `HTMLScriptElement.supports('speculationrules')` is false, as in Safari and Firefox, so the
// page's script takes the way of browsers without the rules (src/scripts/prefetch-fallback.ts).
// A bare twin has no script: it fetches the same pages the same way, so that its floor is
// a page reached as the site's are, from the HTTP cache.
const supports = HTMLScriptElement.supports;
HTMLScriptElement.supports = (type) => type !== 'speculationrules' && supports.call(HTMLScriptElement, type);

if (location.pathname.startsWith('/__bare/')) {
  const urls = [...document.querySelectorAll('script[type=speculationrules]')].flatMap((s) =>
    JSON.parse(s.textContent).prefetch.flatMap((r) => r.urls ?? []),
  );
  const start = () => urls.forEach((url) => fetch(url, { priority: 'low' }).then((r) => r.arrayBuffer()));
  if (document.readyState === 'complete') start();
  else addEventListener('load', start, { once: true });
}
