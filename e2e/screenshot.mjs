// Takes a screenshot of one page of the running site: node e2e/screenshot.mjs URL OUT.png [width]
import { chromium } from '@playwright/test';

const [url, out, width = '390'] = process.argv.slice(2);
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ],
});
const page = await browser.newPage({ viewport: { width: Number(width), height: 844 }, deviceScaleFactor: 1 });
await page.goto(url);
await page.screenshot({ path: out, fullPage: true });
await browser.close();
