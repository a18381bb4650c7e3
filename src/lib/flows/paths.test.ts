import { describe, expect, it } from 'vitest';
import { createMachine } from 'xstate';
import { describePath, finalPaths, simplePaths } from './paths.ts';
import { readSteps } from './steps.ts';
import { siteFlows } from '../../site-flows.ts';
import { tinyMachineConfig } from './fixtures/tiny-flow.ts';

const where = { file: 'test', flow: 'test', version: 1 };

describe('simplePaths (the build) finds exactly the simple paths of xstate/graph (the machine tests)', () => {
  for (const flow of siteFlows()) {
    for (const version of flow.versions) {
      it(`${flow.id} v${version.version}`, () => {
        const expected = finalPaths(version.machine, version.examples);
        expect(expected.length).toBeGreaterThan(0);
        expect(simplePaths(version.steps)).toEqual(expected);
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
    expect(simplePaths(readSteps(machine, where).steps)).toEqual(expected);
  });

  it('no start, no paths', () => {
    expect(simplePaths([])).toEqual([]);
  });
});
