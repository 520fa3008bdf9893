// Reads turbo's run summary and Vitest's JSON reports and prints one verdict for the whole
// run: a line per check, then "total: N passed, N failed". Exit code 1 if anything failed.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

const lintFailed = process.argv[2] === '1';
// Tasks that run tests, and the Vitest JSON report each writes under the package's reports/.
const REPORTS = {
  test: 'unit.json',
  'test:browser': 'browser.json',
  'test:packed': 'packed.json',
  'test:registry': 'registry.json',
};
const runsDir = '.turbo/runs';
const runs = existsSync(runsDir)
  ? readdirSync(runsDir)
      .filter((f) => f.endsWith('.json'))
      .map((f) => join(runsDir, f))
      .sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs)
  : [];

let passed = 0;
let failed = 0;
let skipped = 0;
const lines = [];
const record = (name, ok, detail = '') => {
  lines.push(`${ok ? 'ok  ' : 'FAIL'}  ${name}${detail ? `  ${detail}` : ''}`);
};

record('lint (biome)', !lintFailed);
lintFailed ? failed++ : passed++;

if (runs.length === 0) {
  record('turbo run', false, 'no run summary was written (turbo did not start?)');
  failed++;
} else {
  const summary = JSON.parse(readFileSync(runs[0], 'utf8'));
  const tasks = [...summary.tasks].sort((a, b) => a.taskId.localeCompare(b.taskId));
  for (const task of tasks) {
    const exitCode = task.execution?.exitCode;
    const ok = exitCode === 0;
    const isTest = task.task in REPORTS;
    if (!isTest) {
      record(task.taskId, ok, ok ? '' : `exit ${exitCode ?? 'not run'}`);
      ok ? passed++ : failed++;
      continue;
    }
    const report = join(task.directory, 'reports', REPORTS[task.task]);
    if (!existsSync(report)) {
      record(task.taskId, false, `no test report (${report}); exit ${exitCode ?? 'not run'}`);
      failed++;
      continue;
    }
    const r = JSON.parse(readFileSync(report, 'utf8'));
    const taskFailed = r.numFailedTests + (ok || r.numFailedTests > 0 ? 0 : 1);
    // A suite that fails to load has no failed *tests*; count the task itself then.
    passed += r.numPassedTests;
    failed += taskFailed;
    skipped += r.numPendingTests + r.numTodoTests;
    if (r.numTotalTests === 0) {
      record(task.taskId, false, 'ran no test');
      failed++;
      continue;
    }
    record(task.taskId, ok && taskFailed === 0, `${r.numPassedTests} passed, ${taskFailed} failed`);
  }
}

console.log('\n── summary ──');
for (const line of lines) console.log(line);
console.log(`total: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failed > 0 ? 1 : 0);
