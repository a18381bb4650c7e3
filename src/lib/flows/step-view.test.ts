import { describe, expect, it } from 'vitest';
import { checkFlow } from './check.ts';
import { redirectRoutes, stepRoutes } from './urls.ts';
import { actionHref, stepViewModel } from './step-view.ts';
import { versionIndex } from './model.ts';
import { datedFlow, dateWords } from './fixtures/dated-flow.ts';
import { config } from '../../config.ts';
import { renamedStepVersions, tinyFlow } from './fixtures/tiny-flow.ts';

/** A two-version fixture: v2 renames tryAgain to tryHarder, with a successor. */
function twoVersions() {
  const flow = tinyFlow(renamedStepVersions(), { successors: { tryAgain: 'tryHarder' } });
  const model = checkFlow(flow, ['en']).model;
  if (!model) throw new Error('fixture should be valid');
  return model;
}

describe('pinned pages of an older version', () => {
  const flow = twoVersions();
  const routes = stepRoutes(flow, 'en');
  const route = (path: string) => routes.find((r) => r.path === path)!;

  it('say they are older and link to the same step in the latest version', () => {
    const view = stepViewModel(route('/en/tiny/v1/solved-result/'), config);
    expect(view.olderVersion).toEqual({ latestPath: '/en/tiny/solved-result/', startPath: '/en/tiny/' });
    expect(view.sharePath).toBe('/en/tiny/solved-result/');
  });

  it('link a renamed step to its successor', () => {
    const view = stepViewModel(route('/en/tiny/v1/try-again/'), config);
    expect(view.olderVersion?.latestPath).toBe('/en/tiny/try-harder/');
  });

  it('keep answers inside their version', () => {
    expect(stepViewModel(route('/en/tiny/v1/is-it-broken/'), config).answers.map((a) => a.href)).toEqual([
      '/en/tiny/v1/try-again/',
      '/en/tiny/v1/solved-result/',
    ]);
  });

  it('pages of the latest version carry no notice', () => {
    expect(stepViewModel(route('/en/tiny/try-harder/'), config).olderVersion).toBeUndefined();
    expect(stepViewModel(route('/en/tiny/v2/try-harder/'), config).olderVersion).toBeUndefined();
  });

  it("only the latest version has unversioned URLs; a removed step's old URL redirects to its successor", () => {
    expect(routes.some((r) => r.path === '/en/tiny/try-again/')).toBe(false);
    expect(redirectRoutes(flow, 'en')).toEqual([
      { locale: 'en', path: '/en/tiny/try-again/', param: 'try-again', target: '/en/tiny/try-harder/', successor: 'tryHarder' },
    ]);
  });
});

describe('stepViewModel of a flow with a date answer, an action and a contact step', () => {
  const flow = datedFlow();
  const routes = stepRoutes(flow, 'en');
  const view = (path: string) =>
    stepViewModel(
      routes.find((r) => r.path === path)!,
      config,
    );

  it('titles the page with the step and the guide, in plain text', () => {
    expect(view('/en/dated/').title).toBe('Is it broken?');
    expect(view('/en/dated/').pageTitle).toBe('Is it broken? – Dated guide');
  });

  it('describes the page by its first paragraph that does not only introduce what follows', () => {
    // "Sign in on this page:" introduces; the URL's colon does not end its paragraph.
    expect(view('/en/dated/try-again/').description).toBe('Open https://app.nexam.io');
    // No paragraph at all: the guide's description.
    expect(view('/en/dated/').description).toBe('A guide with dates.');
  });

  it('gives the action button its link, and says whether it leaves the site', () => {
    expect(view('/en/dated/try-again/').action).toEqual({ label: 'Sign in', href: config.signInUrl, leavesSite: true });
    expect(view('/en/dated/ask-coordinator/').action).toEqual({ label: 'Write', href: 'mailto:support@nexam.io', leavesSite: false });
    expect(view('/en/dated/solved-result/').action).toBeUndefined();
  });

  it('gives the contact step no action button: its form replaces the bare address', () => {
    expect(view('/en/dated/contact-support/').action).toBeUndefined();
  });

  it('knows when the words place the action button themselves', () => {
    expect(view('/en/dated/try-again/').actionPlaced).toBe(true);
    expect(view('/en/dated/').actionPlaced).toBe(false);
  });

  it('starts over at the start of the same URL style', () => {
    expect(view('/en/dated/try-again/').startPath).toBe('/en/dated/');
    expect(view('/en/dated/v2/try-again/').startPath).toBe('/en/dated/v2/');
  });

  it('links the contact step from every other step, in the same URL style', () => {
    expect(view('/en/dated/').contactPath).toBe('/en/dated/contact-support/');
    expect(view('/en/dated/v1/retry/').contactPath).toBe('/en/dated/v1/contact-support/');
    expect(view('/en/dated/contact-support/').contactPath).toBeUndefined();
  });

  it('gives the date answer its plain words and where each branch leads, with the link answer it stands for', () => {
    expect(view('/en/dated/v1/').dateAnswer).toEqual({
      event: 'user.answer.sent-on',
      // In plain text: the bold of the label is gone.
      words: { ...dateWords('en'), label: 'Date of the invitation' },
      validityDays: config.codeValidityDays,
      branches: [
        { guard: 'isCodeExpired', href: '/en/dated/v1/ask-coordinator/', answer: undefined, target: 'askCoordinator' },
        { guard: undefined, href: '/en/dated/v1/retry/', answer: 'yes', target: 'retry' },
      ],
    });
    expect(view('/en/dated/try-again/').dateAnswer).toBeUndefined();
  });

  it('says when the code expired or expires on each step a date answer leads to, and nowhere else', () => {
    // Without boundary-day words, the boundary day says the same as any other day.
    const expired = 'Your code expired on {date}.';
    const valid = 'Your code works until {date}.';
    const note = { from: 'isItBroken', expired, valid, expiredToday: expired, validToday: valid };
    expect(view('/en/dated/try-again/').validityNote).toEqual(note);
    expect(view('/en/dated/ask-coordinator/').validityNote).toEqual(note);
    expect(view('/en/dated/solved-result/').validityNote).toBeUndefined();
    expect(view('/en/dated/').validityNote).toBeUndefined();
  });
});

describe('actionHref', () => {
  it('links each action to its configured place', () => {
    expect(actionHref('signIn', config)).toBe(config.signInUrl);
    expect(actionHref('activate', config)).toBe(config.activationUrl);
    expect(actionHref('writeToSupport', config)).toBe(`mailto:${config.supportEmail}`);
  });
});

describe('versionIndex', () => {
  const version = datedFlow().versions[1]!;
  it('finds the first step and the contact step, once per version', () => {
    const index = versionIndex(version);
    expect(index.initial.id).toBe('isItBroken');
    expect(index.contact?.id).toBe('contactSupport');
    expect(index.byId.get('tryAgain')?.slug).toBe('try-again');
    expect(versionIndex(version)).toBe(index);
  });
  it('has no contact step for a version without one', () => {
    const steps = [
      { id: 'isItBroken', kind: 'question', initial: true },
      { id: 'solvedResult', kind: 'outcome', initial: false },
    ];
    expect(versionIndex({ steps } as unknown as Parameters<typeof versionIndex>[0]).contact).toBeUndefined();
  });
});
