// Added by scripts/bench/walk.ts to every page it serves (async, so it never delays a paint):
// reports where the page arrived and when its heading was painted, asks the bench's server
// for the next action and does it. A page restored from the back/forward cache keeps this
// script's state, so it reports again on `pageshow`.
(() => {
  const now = () => performance.timeOrigin + performance.now();
  const KEY = 'bench:clicked';
  // A new document: the paint of its heading (Element Timing, `elementtiming="bench"`).
  const headingPainted = () =>
    new Promise((done) => {
      new PerformanceObserver((list, observer) => {
        const entry = list.getEntries().find((e) => e.identifier === 'bench');
        if (!entry) return;
        observer.disconnect();
        done(performance.timeOrigin + (entry.renderTime || entry.loadTime));
      }).observe({ type: 'element', buffered: true });
      setTimeout(() => done(0), 10_000);
    });
  // A restored document: the first frame after `pageshow`.
  const nextFrame = () => new Promise((done) => requestAnimationFrame(() => setTimeout(() => done(now()), 0)));
  const post = (body) => fetch('/__bench/arrived', { method: 'POST', body: JSON.stringify(body) }).then((r) => r.json());

  async function arrived(restored) {
    const clicked = Number(sessionStorage.getItem(KEY)) || 0;
    sessionStorage.removeItem(KEY);
    const shown = await (restored ? nextFrame() : headingPainted());
    const h1 = document.querySelector('h1');
    const box = h1?.getBoundingClientRect();
    const rules = [...document.querySelectorAll('script[type=speculationrules]')];
    const next = await post({
      clicked,
      shown,
      url: location.pathname,
      heading: h1?.textContent.trim().replace(/\s+/g, ' ') ?? null,
      visible: !!box && box.height > 0 && box.top < innerHeight && box.bottom > 0 && document.visibilityState === 'visible',
      focused: document.activeElement === h1,
      delivery: restored ? 'back-forward-cache' : performance.getEntriesByType('navigation')[0]?.deliveryType || 'network',
      rules: rules.flatMap((s) => JSON.parse(s.textContent).prefetch.flatMap((r) => r.urls ?? [])),
    });
    if (!next.done) setTimeout(() => act(next, Date.now() + 15_000), next.waitMs);
  }

  // Clicks the link once it is there and visible (the trail and Back appear once the page's script has run).
  function act(next, giveUp) {
    const link = next.kind === 'history' ? document.body : document.querySelector(next.selector);
    if (!link || link.closest('[hidden]')) {
      if (Date.now() < giveUp) return void setTimeout(() => act(next, giveUp), 50);
      return void post({ error: `no visible ${next.selector} on ${location.pathname}` });
    }
    if (next.setHref) link.href = next.to;
    sessionStorage.setItem(KEY, String(now()));
    if (next.kind === 'history') history.back();
    else link.click();
  }

  addEventListener('pageshow', (event) => event.persisted && arrived(true));
  if (document.readyState === 'complete') arrived(false);
  else addEventListener('load', () => arrived(false), { once: true });
})();
