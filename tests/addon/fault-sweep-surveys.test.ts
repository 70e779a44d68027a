/**
 * Issue "nothing lost", the survey import's part (the longest sweep: 111 calls, about 50 s), in a
 * file of its own so it runs beside the others' (fault-sweep.test.ts) on a second worker.
 */
import { describe, expect, it } from 'vitest';
import type { Workbook } from '../../dev/emulator';
import { sweep } from './fault-sweep';
import { answer, pulseSpec, SURVEY, setUpSurveys, threeResponses } from './surveys-fixtures';

const report = (name: string, result: ReturnType<typeof sweep>) => {
  console.log(`fault sweep: ${name} survives ${result.survived} of ${result.calls} failed calls`);
  for (const { call, why } of result.broken) console.log(`  call ${call}: ${why}`);
};

describe('fault sweep', () => {
  it('a survey import, and assigning an unmatched response', () => {
    const withForm = () => {
      const scene = setUpSurveys();
      const form = scene.workbook.addForm(
        pulseSpec([...threeResponses(), answer('r4', 4, 'dan@gmail.com', { nps: 2 })]),
      );
      return { ...scene, url: form.url };
    };
    const surveyTable = (workbook: Workbook) =>
      JSON.stringify(workbook.typed('Accounts').map((row) => row.slice(0, 4)));
    let url = '';
    const importing = sweep(
      () => {
        const scene = withForm();
        url = scene.url;
        return scene;
      },
      ({ addon }) => addon.importSurveyResponses(url),
      surveyTable,
    );
    report('survey import', importing);
    const imported = () => {
      const scene = withForm();
      scene.addon.importSurveyResponses(scene.url);
      return scene;
    };
    const assign = sweep(
      imported,
      ({ addon }) => addon.assignSurveyResponse({ responseId: 'r3', account: 'umbrella corp' }),
      (workbook) =>
        `${surveyTable(workbook)}${JSON.stringify(workbook.typed(SURVEY).map((row) => row.slice(0, 3)))}`,
    );
    report('assign', assign);
    expect([...importing.broken, ...assign.broken]).toEqual([]);
  }, 240_000);
});
