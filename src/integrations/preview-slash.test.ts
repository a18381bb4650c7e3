import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { isBuiltPage, previewRedirect } from './preview-slash.ts';

describe('previewRedirect', () => {
  const pages = new Set(['/en/', '/en/invitation-code/', '/en/invitation-code/map/']);
  const isPage = (path: string) => pages.has(path);

  it('sends an address without its slash to its page, the query kept', () => {
    expect(previewRedirect('/en', isPage)).toBe('/en/');
    expect(previewRedirect('/en/invitation-code', isPage)).toBe('/en/invitation-code/');
    expect(previewRedirect('/en/invitation-code/map?q=spam', isPage)).toBe('/en/invitation-code/map/?q=spam');
  });
  it('lets everything else through: pages with their slash, files, and addresses that are no page', () => {
    expect(previewRedirect('/en/invitation-code/', isPage)).toBeUndefined();
    expect(previewRedirect('/en/invitation-code/map.svg', isPage)).toBeUndefined();
    expect(previewRedirect('/nope', isPage)).toBeUndefined();
    expect(previewRedirect('/', isPage)).toBeUndefined();
  });
  it('never sends a request to another host', () => {
    expect(previewRedirect('//en', () => true)).toBeUndefined();
    expect(previewRedirect('http://elsewhere.example/en', isPage)).toBe('/en/');
  });
});

describe('isBuiltPage', () => {
  const root = mkdtempSync(join(tmpdir(), 'preview-slash-'));
  mkdirSync(join(root, 'en', 'invitation-code'), { recursive: true });
  writeFileSync(join(root, 'en', 'invitation-code', 'index.html'), '<!doctype html>');
  mkdirSync(join(root, '_astro'));
  // A page outside the build the tests give (`en/`).
  mkdirSync(join(root, 'outside'));
  writeFileSync(join(root, 'outside', 'index.html'), '<!doctype html>');
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('is true for a folder of the build with its index.html', () => {
    expect(isBuiltPage(root, '/en/invitation-code/')).toBe(true);
    expect(isBuiltPage(root, '/en/invit%61tion-code/')).toBe(true);
  });
  it('is false for a folder without a page, a missing one, or an address that leaves the build', () => {
    expect(isBuiltPage(root, '/_astro/')).toBe(false);
    expect(isBuiltPage(root, '/en/')).toBe(false);
    expect(isBuiltPage(join(root, 'en'), '/invitation-code/')).toBe(true);
    expect(isBuiltPage(join(root, 'en'), '/../outside/')).toBe(false);
    expect(isBuiltPage(join(root, 'en'), '/..%2foutside/')).toBe(false);
    expect(isBuiltPage(root, '/%E0%A4%A/')).toBe(false);
  });
});
