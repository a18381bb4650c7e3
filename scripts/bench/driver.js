// Injected by scripts/bench/walk.ts into every page it serves (async, so it never delays a
// paint). It reports where the page arrived, asks the bench's server for the next action,
// and does it. A page restored from the back/forward cache keeps this script's state, so
// it reports again on `pageshow`.
(() => {
  const now = () => performance.timeOrigin + performance.now();
  const frame = () => new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0)));
  const post = (path, body) => fetch(path, { method: 'POST', body: JSON.stringify(body) }).then((r) => r.json());
  const storage = {
    take: () => {
      const at = Number(sessionStorage.getItem('bench:clicked')) || 0;
      sessionStorage.removeItem('bench:clicked');
      return at;
    },
    put: (at) => sessionStorage.setItem('bench:clicked', String(at)),
  };

  // A new document: the paint of the heading (Element Timing, `elementtiming="bench"`). A
  // restored one: the first frame after `pageshow`.
  const headingPainted = () =>
    new Promise((done) => {
      new PerformanceObserver((list, observer) => {
        const entry = list.getEntries().find((e) => e.identifier === 'bench');
        if (entry) {
          observer.disconnect();
          done(performance.timeOrigin + (entry.renderTime || entry.loadTime));
        }
      }).observe({ type: 'element', buffered: true });
      setTimeout(() => done(0), 10_000);
    });

  async function arrived(restored) {
    const clicked = storage.take();
    const shown = restored ? await frame().then(now) : await headingPainted();
    const h1 = document.querySelector('h1');
    const box = h1?.getBoundingClientRect();
    const rules = [...document.querySelectorAll('script[type=speculationrules]')].flatMap((s) =>
      JSON.parse(s.textContent).prefetch.flatMap((r) => r.urls ?? []),
    );
    const next = await post('/__bench/arrived', {
      clicked,
      shown,
      restored,
      url: location.pathname,
      heading: h1?.textContent.trim().replace(/\s+/g, ' ') ?? null,
      visible: !!box && box.height > 0 && box.top < innerHeight && box.bottom > 0 && document.visibilityState === 'visible',
      focused: document.activeElement === h1,
      delivery: restored ? 'back-forward-cache' : performance.getEntriesByType('navigation')[0]?.deliveryType || 'network',
      rules,
    });
    act(next);
  }

  function act(next) {
    if (next.done) return;
    if (next.goto) return void location.assign(next.goto);
    const giveUp = Date.now() + 15_000;
    const tryIt = () => {
      const link = next.kind === 'history' ? document.body : document.querySelector(next.selector);
      if (!link || link.closest('[hidden]')) {
        if (Date.now() < giveUp) return void setTimeout(tryIt, 50);
        return void post('/__bench/arrived', { error: `no visible ${next.selector} on ${location.pathname}` });
      }
      if (next.setHref) link.href = next.to;
      storage.put(now());
      if (next.kind === 'history') history.back();
      else link.click();
    };
    setTimeout(tryIt, next.waitMs);
  }

  addEventListener('pageshow', (event) => event.persisted && arrived(true));
  if (document.readyState === 'complete') arrived(false);
  else addEventListener('load', () => arrived(false), { once: true });
})();
