/**
 * The two engines Playwright cannot drive on Debian, behind one small interface the engine
 * tests use: Firefox ESR through puppeteer-core (WebDriver BiDi) and WebKitGTK's MiniBrowser
 * through selenium-webdriver and WebKitWebDriver (classic WebDriver), under a virtual display
 * (ADR 007). Clicks and keys go through each driver's own input, as a person's would.
 *
 * Other binaries: FIREFOX_PATH, WEBKIT_WEBDRIVER_PATH, MINIBROWSER_PATH.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import puppeteer, { type Browser, type ElementHandle, type Page } from 'puppeteer-core';
import { Builder, Key, type WebDriver, type WebElement } from 'selenium-webdriver';
import { findCall, type Role } from './find.ts';

export type EngineName = 'firefox' | 'webkit';

const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const WEBKIT_WEBDRIVER = process.env.WEBKIT_WEBDRIVER_PATH ?? '/usr/bin/WebKitWebDriver';
const MINIBROWSER = process.env.MINIBROWSER_PATH ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';

/** A phone's width, as the Chromium tests' Pixel 7. */
const VIEWPORT = { width: 412, height: 915 };

/** One tab of an engine, as the tests drive it. */
export interface EnginePage {
  readonly engine: EngineName;
  /** Opens `url` and waits for its load. */
  goto(url: string): Promise<void>;
  /** Runs `body` (a function body, `return`ing a JSON value) in the page; `args` are `arguments[0..]`. */
  run<T>(body: string, ...args: unknown[]): Promise<T>;
  /** Clicks the visible element of `role` named `name` (its accessible name, white space collapsed; not `exact`: containing it). */
  click(role: Role, name: string, exact?: boolean): Promise<void>;
  /** Clicks the field of `role` named `name`, then types `text` key after key. */
  typeInto(role: Role, name: string, text: string): Promise<void>;
  /** Types `text` into the focused element, key after key. */
  keys(text: string): Promise<void>;
  /** Presses Tab. */
  tab(): Promise<void>;
  /** The browser's Back button. */
  back(): Promise<void>;
  /** Errors the browser itself logged in its console since the tab opened (Firefox; WebKitWebDriver has no console: none). */
  consoleErrors(): string[];
  close(): Promise<void>;
}

export interface Engine {
  readonly name: EngineName;
  newPage(): Promise<EnginePage>;
  close(): Promise<void>;
}

/** Waits for `find` to give an element (pages arrive and scripts render while we ask). */
async function waitForElement<E>(find: () => Promise<E | null>, what: string): Promise<E> {
  const until = Date.now() + 5000;
  let last: unknown;
  while (Date.now() < until) {
    try {
      const found = await find();
      if (found) return found;
    } catch (error) {
      last = error; // A page on its way: its document is not there to ask yet.
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`no visible ${what} within 5 s${last ? ` (${String(last)})` : ''}`);
}

async function launchFirefox(): Promise<Engine> {
  const browser: Browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    // Lets a page read the clipboard it wrote without a paste prompt, as the Chromium tests' permission does.
    extraPrefsFirefox: { 'dom.events.testing.asyncClipboard': true, 'dom.events.asyncClipboard.readText': true },
  });
  return {
    name: 'firefox',
    async newPage() {
      const context = await browser.createBrowserContext();
      const page: Page = await context.newPage();
      await page.setViewport(VIEWPORT);
      const logged: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error') logged.push(`console error on ${new URL(page.url()).pathname}: ${message.text()}`);
      });
      page.on('pageerror', (error) => logged.push(`page error on ${new URL(page.url()).pathname}: ${String(error)}`));
      const find = (role: Role, name: string, exact = true) =>
        waitForElement(async () => {
          const handle = await page.evaluateHandle(findCall(role, name, exact));
          const element = handle.asElement() as ElementHandle<Element> | null;
          if (!element) await handle.dispose();
          return element;
        }, `${role} "${name}"`);
      return {
        engine: 'firefox',
        async goto(url) {
          await page.goto(url, { waitUntil: 'load' });
        },
        run: (body, ...args) => page.evaluate(new Function(body) as (...a: unknown[]) => never, ...args),
        async click(role, name, exact) {
          await (await find(role, name, exact)).click();
        },
        async typeInto(role, name, text) {
          await (await find(role, name)).click();
          await page.keyboard.type(text);
        },
        keys: (text) => page.keyboard.type(text),
        tab: () => page.keyboard.press('Tab'),
        // puppeteer's goBack waits for a load that a page restored from the back/forward cache never
        // fires in Firefox; history.back() is the same traversal as the browser's Back button.
        async back() {
          await page.evaluate('history.back()');
        },
        consoleErrors: () => logged,
        close: () => context.close(),
      };
    },
    close: () => browser.close(),
  };
}

/** A free port on 127.0.0.1, for one WebKitWebDriver. */
async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

async function launchWebKit(): Promise<Engine> {
  const port = await freePort();
  // MiniBrowser needs a display: xvfb-run gives WebKitWebDriver (and the MiniBrowser it starts) a virtual one.
  const driverProcess: ChildProcess = spawn('xvfb-run', ['-a', WEBKIT_WEBDRIVER, `--port=${port}`], { detached: true, stdio: 'ignore' });
  const server = `http://127.0.0.1:${port}`;
  await waitForElement(async () => ((await fetch(`${server}/status`)).ok ? true : null), `WebKitWebDriver on ${server}`);
  const capabilities = {
    browserName: 'MiniBrowser',
    'webkitgtk:browserOptions': { binary: MINIBROWSER, args: ['--automation'] },
  };
  return {
    name: 'webkit',
    async newPage() {
      const driver: WebDriver = await new Builder().usingServer(server).withCapabilities(capabilities).build();
      await driver.manage().window().setRect(VIEWPORT);
      const find = (role: Role, name: string, exact = true) =>
        waitForElement(
          async () => (await driver.executeScript(`return ${findCall(role, name, exact)}`)) as WebElement | null,
          `${role} "${name}"`,
        );
      return {
        engine: 'webkit',
        goto: (url) => driver.get(url),
        run: (body, ...args) => driver.executeScript(body, ...args),
        async click(role, name, exact) {
          await (await find(role, name, exact)).click();
        },
        async typeInto(role, name, text) {
          const element = await find(role, name);
          await element.click();
          await driver.actions().sendKeys(text).perform();
        },
        keys: (text) => driver.actions().sendKeys(text).perform(),
        tab: () => driver.actions().sendKeys(Key.TAB).perform(),
        back: () => driver.navigate().back(),
        consoleErrors: () => [],
        close: () => driver.quit(),
      };
    },
    async close() {
      if (driverProcess.pid) process.kill(-driverProcess.pid, 'SIGTERM');
    },
  };
}

export const launch = (name: EngineName): Promise<Engine> => (name === 'firefox' ? launchFirefox() : launchWebKit());
