/**
 * Every built page, read from dist/ without a browser (a few seconds for all of them): the
 * properties the browser checks (axe, the CSP watch, the 320 px check) prove on the sampled
 * pages of e2e/support/samples.ts hold for every page, because
 * - each page's styles and scripts are exactly those of a sampled page (same template, so
 *   the same contrast, layout and behaviour), and
 * - what differs from page to page is checked here on each: its policy and the hashes of
 *   its inline scripts and styles, that it asks nothing of another host, its language, title,
 *   one heading, landmarks, names of links, buttons and fields, and ids.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { parse, type HTMLElement } from 'node-html-parser';
import { allPages, answerLabel, flows, LOCALES, title } from './support/flows.ts';
import { answerUrl, stepRoutes } from '../src/lib/flows/urls.ts';
import { samplePages } from './support/samples.ts';

const fileOf = (path: string) => `dist${path.endsWith('/') ? `${path}index.html` : path}`;
const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

interface Page {
  path: string;
  root: HTMLElement;
  policy: Map<string, string[]>;
}

function read(path: string): Page {
  const root = parse(readFileSync(fileOf(path), 'utf8'), { comment: false });
  const content = root.querySelector('meta[http-equiv="content-security-policy"]')?.getAttribute('content') ?? '';
  const policy = new Map(
    content
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((parts) => parts[0])
      .map(([name, ...values]) => [name!, values]),
  );
  return { path, root, policy };
}

/** Scripts the browser runs from the page's own text (data blocks, JSON, are not run and need no hash). */
const inlineScripts = (page: Page) =>
  page.root.querySelectorAll('script:not([src])').filter((s) => !/json/.test(s.getAttribute('type') ?? ''));

/** What makes two pages render alike: their stylesheets and their scripts. */
const templateOf = (page: Page) =>
  JSON.stringify({
    styles: page.root.querySelectorAll('style').map((s) => sha256(s.textContent)),
    sheets: page.root.querySelectorAll('link[rel=stylesheet]').map((l) => l.getAttribute('href')),
    scripts: page.root.querySelectorAll('script[src]').map((s) => s.getAttribute('src')),
    islands: page.root.querySelectorAll('astro-island').map((i) => i.getAttribute('component-url')),
  });

const pages = allPages().map(read);

/** Runs `check` on every page and fails once, naming every page and problem. */
function everyPage(check: (page: Page) => string[]) {
  const problems = pages.flatMap((page) => check(page).map((p) => `${page.path}: ${p}`));
  expect(problems).toEqual([]);
}

test('every page has the styles and scripts of a page the browser checks sample', () => {
  const sampled = new Set(samplePages().map((path) => templateOf(read(path))));
  everyPage((page) => (sampled.has(templateOf(page)) ? [] : ['renders unlike every sampled page: add its kind to e2e/support/samples.ts']));
});

test('every page has a strict policy that allows each of its inline scripts and styles by hash, and nothing else inline', () => {
  everyPage((page) => {
    const problems: string[] = [];
    const scriptSrc = page.policy.get('script-src') ?? [];
    const styleSrc = page.policy.get('style-src') ?? [];
    if (page.policy.get('default-src')?.join(' ') !== "'self'") problems.push("default-src is not 'self'");
    if (page.policy.get('object-src')?.join(' ') !== "'none'") problems.push("object-src is not 'none'");
    if (!scriptSrc.includes("'self'")) problems.push("script-src lacks 'self'");
    for (const value of [...scriptSrc, ...styleSrc]) {
      if (value !== "'self'" && !/^'sha256-[A-Za-z0-9+/=]+'$/.test(value)) problems.push(`allows ${value}`);
    }
    for (const script of inlineScripts(page)) {
      if (!scriptSrc.includes(sha256(script.textContent)))
        problems.push(`inline script not allowed by hash: ${script.textContent.slice(0, 60)}`);
    }
    for (const style of page.root.querySelectorAll('style')) {
      if (!styleSrc.includes(sha256(style.textContent))) problems.push('inline style not allowed by hash');
    }
    if (page.root.querySelectorAll('[style]').length) problems.push('a style attribute (blocked without unsafe-inline)');
    if (page.root.querySelectorAll('*').some((e) => Object.keys(e.attributes).some((a) => /^on/i.test(a))))
      problems.push('an inline event handler');
    return problems;
  });
});

test('every page asks nothing of another host: scripts, styles, images, frames, forms and prefetches are its own', () => {
  everyPage((page) => {
    const requested = [
      ...page.root.querySelectorAll('script[src]').map((e) => e.getAttribute('src')),
      ...page.root
        .querySelectorAll('link[rel=stylesheet], link[rel=modulepreload], link[rel=preload], link[rel=icon]')
        .map((e) => e.getAttribute('href')),
      ...page.root.querySelectorAll('img[src], iframe[src], source[src]').map((e) => e.getAttribute('src')),
      ...page.root.querySelectorAll('form[action]').map((e) => e.getAttribute('action')),
      ...page.root
        .querySelectorAll('script[type=speculationrules]')
        .flatMap((s) => (JSON.parse(s.textContent) as { prefetch?: { urls?: string[] }[] }).prefetch?.flatMap((r) => r.urls ?? []) ?? []),
    ];
    const trail = page.root.querySelector('#trail-page')?.textContent;
    if (trail) requested.push((JSON.parse(trail) as { data: string }).data);
    return requested.filter((url) => url === undefined || /^(https?:)?\/\//.test(url)).map((url) => `requests ${url}`);
  });
});

test('every page names its language, has a title, one heading, a main landmark, and names for its links, buttons and fields', () => {
  everyPage((page) => {
    const problems: string[] = [];
    const { root } = page;
    if (!/^(en|fr)-CA$/.test(root.querySelector('html')?.getAttribute('lang') ?? '')) problems.push('html lang is not en-CA or fr-CA');
    for (const e of root.querySelectorAll('[lang]'))
      if (!/^(en|fr)(-CA)?$/.test(e.getAttribute('lang')!)) problems.push(`lang="${e.getAttribute('lang')}"`);
    if (!root.querySelector('title')?.textContent.trim()) problems.push('no title');
    const h1 = root.querySelectorAll('h1');
    if (h1.length !== 1 || !h1[0]!.textContent.trim()) problems.push(`${h1.length} h1, or an empty one`);
    if (root.querySelectorAll('main').length !== 1) problems.push('not exactly one main');
    const ids = root.querySelectorAll('[id]').map((e) => e.id);
    const duplicates = ids.filter((id, i) => ids.indexOf(id) !== i);
    if (duplicates.length) problems.push(`duplicate ids: ${[...new Set(duplicates)].join(', ')}`);
    const known = new Set(ids);
    for (const e of root.querySelectorAll('[aria-labelledby], [aria-describedby], label[for]')) {
      for (const attr of ['aria-labelledby', 'aria-describedby', 'for'])
        for (const ref of (e.getAttribute(attr) ?? '').split(/\s+/).filter(Boolean))
          if (!known.has(ref)) problems.push(`${attr}="${ref}" names no element`);
    }
    // A hidden element (a script fills it before showing it, as the date answer's error summary) is not in the page yet.
    const named = (e: HTMLElement) =>
      e.textContent.trim() !== '' || !!e.getAttribute('aria-label') || !!e.getAttribute('aria-labelledby') || !!e.closest('[hidden]');
    for (const a of root.querySelectorAll('a[href]')) if (!named(a)) problems.push(`link without a name: ${a.getAttribute('href')}`);
    for (const b of root.querySelectorAll('button')) if (!named(b)) problems.push('button without a name');
    for (const img of root.querySelectorAll('img')) if (img.getAttribute('alt') === undefined) problems.push('image without alt');
    const labelled = new Set(root.querySelectorAll('label[for]').map((l) => l.getAttribute('for')));
    for (const field of root.querySelectorAll('input:not([type=hidden]), select, textarea')) {
      const ok =
        labelled.has(field.id) || !!field.getAttribute('aria-label') || !!field.getAttribute('aria-labelledby') || field.closest('label');
      if (!ok) problems.push(`field without a label: ${field.getAttribute('name') ?? field.id}`);
    }
    return problems;
  });
});

test('on every step page of every version and language, each link answer is a link, named by its words, to its step, whose heading is that step', () => {
  // As a name is read out: runs of white space, the no-break spaces of French typography among them, as one space.
  const spaced = (s: string) => s.replace(/\s+/g, ' ').trim();
  const text = (e: HTMLElement | null | undefined) => spaced(e?.textContent ?? '');
  const routes = flows.flatMap((flow) => LOCALES.flatMap((locale) => stepRoutes(flow, locale)));
  expect(routes.length).toBeGreaterThan(100);
  const problems = routes.flatMap((route) => {
    const links = read(route.path).root.querySelectorAll('ul.answers a');
    const expected = route.step.answers.map((answer) => {
      const target = route.version.steps.find((s) => s.id === answer.target)!;
      return {
        name: spaced(answerLabel(route.version, route.locale, route.step.id, answer.event)),
        href: answerUrl(route, target),
        target,
      };
    });
    const found = links.map((a) => ({ name: text(a), href: a.getAttribute('href') }));
    const wrong = expected.flatMap(({ name, href, target }) => {
      if (!found.some((f) => f.name === name && f.href === href)) return [`no link "${name}" to ${href}`];
      const heading = text(read(href).root.querySelector('h1'));
      const wanted = spaced(title(route.version, route.locale, target.id));
      return heading === wanted ? [] : [`${href} is headed "${heading}", not "${wanted}"`];
    });
    if (found.length !== expected.length) wrong.push(`${found.length} answer links, ${expected.length} answers`);
    return wrong.map((p) => `${route.path}: ${p}`);
  });
  expect(problems).toEqual([]);
});

test("every page's policy is also in _headers, with frame-ancestors 'none' that a <meta> cannot carry", () => {
  const headers = readFileSync('dist/_headers', 'utf8');
  const blocks = new Map(
    [...headers.matchAll(/^(\/\S*)\n {2}Content-Security-Policy: (.*)$/gm)].map(([, path, policy]) => [path!, policy!]),
  );
  everyPage((page) => {
    const meta = page.root.querySelector('meta[http-equiv="content-security-policy"]')?.getAttribute('content') ?? '';
    const sent = blocks.get(page.path);
    if (!sent) return ['no Content-Security-Policy block in _headers'];
    return sent.includes(meta.trim()) && /frame-ancestors 'none'/.test(sent) ? [] : ['_headers sends another policy'];
  });
});

test('the dark theme changes colours only: its blocks set custom properties and nothing else, so contrast is all axe checks in it', () => {
  everyPage((page) => {
    const css = page.root
      .querySelectorAll('style')
      .map((s) => s.textContent)
      .join('\n');
    const blocks = [...css.matchAll(/@media\s*\(prefers-color-scheme:\s*dark\)\s*\{((?:[^{}]*\{[^{}]*\})*)\s*\}/g)].map((m) => m[1]!);
    const declarations = blocks.flatMap((block) => [...block.matchAll(/\{([^{}]*)\}/g)].flatMap((m) => m[1]!.split(';')));
    return declarations.filter((d) => d.trim() !== '' && !d.trim().startsWith('--')).map((d) => `dark theme sets ${d.trim()}`);
  });
});

test("a step page carries the forms' styles only with a form, and the contact styles only with a support or coordinator form", () => {
  everyPage((page) => {
    if (!page.root.querySelector('article[data-kind]')) return [];
    const css = page.root
      .querySelectorAll('style')
      .map((s) => s.textContent)
      .join('\n');
    // The support and coordinator forms are the page's islands; the date answer is a form of its own.
    const mailForm = page.root.querySelectorAll('astro-island').length > 0;
    const form = mailForm || page.root.querySelector('form[data-date-answer]') !== null;
    const problems: string[] = [];
    if (form !== css.includes('.error-summary{'))
      problems.push(form ? "a form without the forms' styles" : "the forms' styles without a form");
    if (mailForm !== css.includes('.mail-parts dt{'))
      problems.push(mailForm ? 'a support or coordinator form without the contact styles' : 'the contact styles without their form');
    return problems;
  });
});
