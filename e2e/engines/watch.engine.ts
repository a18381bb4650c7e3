/**
 * The watch that fails every engine test on a page error or a CSP violation (site.ts,
 * fixtures.ts) hears them in this engine: a script error and an inline script the policy
 * blocks, made on purpose, both reach it (and, in Firefox, the browser's console).
 */
import { expect, test } from './fixtures.ts';

test('a page error and a blocked inline script are both reported by the page', async ({ ui, at, site }) => {
  await ui.goto(at('/en/invitation-code/'));
  await ui.run(
    "setTimeout(() => { throw new Error('thrown on purpose'); }); const s = document.createElement('script'); s.textContent = 'void 0'; document.head.append(s); return null",
  );
  const heard: string[] = [];
  await expect
    .poll(async () => {
      heard.push(...(await site.take()));
      return ['page error', 'CSP violation'].filter((kind) => !heard.some((line) => line.startsWith(kind)));
    })
    .toEqual([]);
  expect(heard.find((line) => line.startsWith('page error'))).toContain('thrown on purpose');
  expect(heard.find((line) => line.startsWith('CSP violation'))).toMatch(/^CSP violation on \/en\/invitation-code\/: script-src/);
  // Firefox's own console heard them too (taken here, so the fixture does not fail the test on them).
  if (ui.engine === 'firefox')
    await expect
      .poll(() => ui.consoleErrors().join('\n'))
      .toMatch(/thrown on purpose[\s\S]*Content-Security-Policy|Content-Security-Policy[\s\S]*thrown on purpose/);
  ui.consoleErrors().splice(0);
});
