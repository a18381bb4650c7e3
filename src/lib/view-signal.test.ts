import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseSignal, signalFiles, solvedSignalUrl, viewSignalUrl, type SignalAddress } from './view-signal.ts';

const step: SignalAddress = { flow: 'invitation-code', version: 4, locale: 'en', step: 'sign-in-directly' };

describe('building signal URLs', () => {
  it('names the flow, version, locale and step of a view', () => {
    expect(viewSignalUrl(step)).toBe('/_seen/invitation-code/v4/en/sign-in-directly.gif');
    expect(viewSignalUrl({ ...step, locale: 'fr', version: 12 })).toBe('/_seen/invitation-code/v12/fr/sign-in-directly.gif');
  });
  it('adds the edge walked, when known, as from and answer', () => {
    expect(viewSignalUrl(step, { from: 'is-account-activated', answer: 'already-activated' })).toBe(
      '/_seen/invitation-code/v4/en/sign-in-directly.gif?from=is-account-activated&answer=already-activated',
    );
  });
  it('names the answers to "Did this solve it?"', () => {
    const outcome = { ...step, step: 'solved-result' };
    expect(solvedSignalUrl(outcome, 'yes')).toBe('/_seen/invitation-code/v4/en/solved-result.solved-yes.gif');
    expect(solvedSignalUrl(outcome, 'no')).toBe('/_seen/invitation-code/v4/en/solved-result.solved-no.gif');
  });
  it('lists the files of a step: the view, and both answers on a final step only', () => {
    expect(signalFiles(step, false)).toEqual(['/_seen/invitation-code/v4/en/sign-in-directly.gif']);
    expect(signalFiles({ ...step, step: 'contact-support' }, true)).toEqual([
      '/_seen/invitation-code/v4/en/contact-support.gif',
      '/_seen/invitation-code/v4/en/contact-support.solved-yes.gif',
      '/_seen/invitation-code/v4/en/contact-support.solved-no.gif',
    ]);
  });
  it('refuses anything that could carry more than a step: other words, locales, versions', () => {
    expect(() => viewSignalUrl({ ...step, step: 'Sign In' })).toThrow(/not a step/);
    expect(() => viewSignalUrl({ ...step, flow: '../x' })).toThrow(/not a step/);
    expect(() => viewSignalUrl({ ...step, locale: 'de' as never })).toThrow(/not a step/);
    expect(() => viewSignalUrl({ ...step, version: 0 })).toThrow(/not a step/);
    expect(() => viewSignalUrl({ ...step, version: 1.5 })).toThrow(/not a step/);
    expect(() => viewSignalUrl(step, { from: 'start', answer: 'jane@example.org' })).toThrow(/not an edge/);
    expect(() => viewSignalUrl(step, { from: 'a b', answer: 'yes' })).toThrow(/not an edge/);
  });
});

describe('parsing a request target back', () => {
  it('reads a view without its edge (no JavaScript)', () => {
    expect(parseSignal('/_seen/invitation-code/v4/en/sign-in-directly.gif')).toEqual({ kind: 'view', ...step });
  });
  it('reads a view with its edge, in either order', () => {
    const edge = { from: 'is-account-activated', answer: 'already-activated' };
    expect(parseSignal(viewSignalUrl(step, edge))).toEqual({ kind: 'view', ...step, edge });
    expect(parseSignal('/_seen/invitation-code/v4/en/sign-in-directly.gif?answer=already-activated&from=is-account-activated')).toEqual({
      kind: 'view',
      ...step,
      edge,
    });
  });
  it('reads the answers to "Did this solve it?", ignoring any query', () => {
    expect(parseSignal('/_seen/invitation-code/v4/fr/solved-result.solved-no.gif?from=x&answer=y')).toEqual({
      kind: 'solved',
      answer: 'no',
      flow: 'invitation-code',
      version: 4,
      locale: 'fr',
      step: 'solved-result',
    });
  });
  it('reads an absolute URL (a proxy request line) and drops a fragment', () => {
    expect(parseSignal('https://help.example.org/_seen/invitation-code/v4/en/sign-in-directly.gif#x')).toEqual({ kind: 'view', ...step });
  });
  it('keeps the view but not a query that is not exactly a well-formed from and answer', () => {
    for (const query of [
      '?from=a',
      '?answer=b',
      '?from=a&answer=b&email=jane%40example.org',
      '?from=a&answer=jane%40example.org',
      '?from=A&answer=b',
      '?from=a&from=c',
      '?from=a&answer',
      '?from==a&answer=b',
      `?from=${'a'.repeat(101)}&answer=b`,
      '?',
    ])
      expect(parseSignal(`/_seen/invitation-code/v4/en/sign-in-directly.gif${query}`), query).toEqual({ kind: 'view', ...step });
  });
  it('is undefined for anything that is not a signal file: pages, assets, other names, locales and versions', () => {
    for (const target of [
      '/en/invitation-code/sign-in-directly/',
      '/_astro/wizard.abc.js',
      '/_seen/invitation-code/v4/en/sign-in-directly.png',
      '/_seen/invitation-code/v4/en/sign-in-directly.gif/',
      '/_seen/invitation-code/v4/en/sign-in-directly.solved-maybe.gif',
      '/_seen/invitation-code/v4/de/sign-in-directly.gif',
      '/_seen/invitation-code/v0/en/sign-in-directly.gif',
      '/_seen/invitation-code/4/en/sign-in-directly.gif',
      '/_seen/invitation-code/v4/en/Sign-In.gif',
      '/_seen/invitation-code/v4/en/../fr/x.gif',
      '/_seen/invitation-code/v4/en/%2e%2e.gif',
      '/x/_seen/invitation-code/v4/en/a.gif',
      '*',
      '',
    ])
      expect(parseSignal(target), target).toBeUndefined();
  });
  it('reads back exactly what it built, for any step and edge', () => {
    const word = fc.stringMatching(/^[a-z0-9]{1,8}(-[a-z0-9]{1,8}){0,3}$/);
    fc.assert(
      fc.property(
        word,
        fc.integer({ min: 1, max: 999 }),
        fc.constantFrom('en' as const, 'fr' as const),
        word,
        fc.option(fc.record({ from: word, answer: word }), { nil: undefined }),
        fc.constantFrom('yes' as const, 'no' as const),
        (flow, version, locale, slug, edge, solved) => {
          const address = { flow, version, locale, step: slug };
          expect(parseSignal(viewSignalUrl(address, edge))).toEqual(
            edge ? { kind: 'view', ...address, edge } : { kind: 'view', ...address },
          );
          expect(parseSignal(solvedSignalUrl(address, solved))).toEqual({ kind: 'solved', answer: solved, ...address });
        },
      ),
    );
  });
});
