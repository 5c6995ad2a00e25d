// Lists the browser tests that passed only on a retry, from Playwright's JSON report, so that CI says so plainly
// instead of hiding a flaky test behind a green run. Prints nothing else when there are none.
import { existsSync, readFileSync } from 'node:fs';

const file = process.argv[2] ?? new URL('../reports/results.json', import.meta.url).pathname;
if (!existsSync(file)) {
  console.log(`flaky-test report: no results at ${file} (the browser tests did not run)`);
  process.exit(0);
}
const report = JSON.parse(readFileSync(file, 'utf8'));

function* specs(suite, path = []) {
  const here = suite.title ? [...path, suite.title] : path;
  for (const spec of suite.specs ?? []) yield { spec, path: here };
  for (const child of suite.suites ?? []) yield* specs(child, here);
}

const flaky = [];
for (const top of report.suites ?? []) {
  for (const { spec, path } of specs(top)) {
    for (const test of spec.tests ?? []) {
      if (test.status !== 'flaky') continue;
      const failed = (test.results ?? []).filter((r) => r.status !== 'passed' && r.status !== 'skipped');
      const first = failed[0]?.error?.message?.split('\n')[0] ?? '';
      flaky.push(
        `  [${test.projectName}] ${[...path, spec.title].join(' › ')} (${spec.file}:${spec.line}), failed ${failed.length}× first: ${first}`,
      );
    }
  }
}
if (flaky.length) {
  console.log(`\n!!! ${flaky.length} browser test(s) passed only on a retry (flaky): fix them, do not rely on the retry`);
  for (const line of flaky) console.log(line);
  if (process.env.FAIL_ON_FLAKY === '1') process.exit(1);
} else {
  console.log('flaky-test report: every browser test passed on its first run');
}
