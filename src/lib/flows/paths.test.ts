import { describe, expect, it } from 'vitest';
import { createMachine } from 'xstate';
import { countPathsByOutcome, describePath, finalPaths, stepPaths } from './paths.ts';
import { readSteps } from './steps.ts';
import { siteFlows } from './load.ts';
import { tinyMachineConfig } from './fixtures/tiny-flow.ts';

const where = { file: 'test', flow: 'test', version: 1 };

describe('stepPaths (the build) finds exactly the simple paths of xstate/graph (the machine tests)', () => {
  for (const flow of siteFlows()) {
    for (const version of flow.versions) {
      it(`${flow.id} v${version.version}`, () => {
        const expected = finalPaths(version.machine, version.examples);
        expect(expected.length).toBeGreaterThan(0);
        expect(stepPaths(version.steps)).toEqual(expected);
      });
    }
  }

  it('a graph with a loop back and two answers to the same step', () => {
    const config = tinyMachineConfig();
    // "Still broken" now leads back to the question: a cycle that simple paths must not take twice.
    (config.states.tryAgain!.on as Record<string, string>)['user.answer.still-broken'] = 'isItBroken';
    config.states.isItBroken!.meta = { kind: 'question', answers: ['user.answer.yes', 'user.answer.no', 'user.answer.maybe'] };
    (config.states.isItBroken!.on as Record<string, string>)['user.answer.maybe'] = 'tryAgain';
    const machine = createMachine(config as never);
    const expected = finalPaths(machine);
    expect(expected.map(describePath)).toEqual([
      'isItBroken -maybe-> tryAgain -it-worked-> solvedResult',
      'isItBroken -no-> solvedResult',
      'isItBroken -yes-> tryAgain -it-worked-> solvedResult',
    ]);
    expect(stepPaths(readSteps(machine, where).steps)).toEqual(expected);
  });

  it('no start, no paths', () => {
    expect(stepPaths([])).toEqual([]);
  });
});

describe('countPathsByOutcome', () => {
  it('counts the paths ending at each final step, zero for one no path reaches', () => {
    const steps = readSteps(createMachine(tinyMachineConfig() as never), where).steps;
    const paths = [
      { steps: ['isItBroken', 'solvedResult'], events: ['user.answer.no'] },
      { steps: ['isItBroken', 'tryAgain', 'solvedResult'], events: ['user.answer.yes', 'user.answer.it-worked'] },
    ];
    expect(countPathsByOutcome(paths, steps)).toEqual({ solvedResult: 2, contactSupport: 0 });
    expect(countPathsByOutcome([], steps)).toEqual({ solvedResult: 0, contactSupport: 0 });
    // A step not listed as final is counted from the paths alone.
    expect(countPathsByOutcome(paths, [])).toEqual({ solvedResult: 2 });
  });
});
