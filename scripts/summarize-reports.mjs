// Sums passed/failed tests from the vitest and playwright JSON reports and prints
// "N passed, N failed" as the last line. Arguments name steps that failed outright
// (typecheck, lint, build…); they make the exit status non-zero even with no failed test.
import { existsSync, readFileSync } from 'node:fs';

const failedSteps = process.argv.slice(2);
let passed = 0;
let failed = 0;
const missing = [];

function read(path) {
  if (!existsSync(path)) {
    missing.push(path);
    return null;
  }
  return JSON.parse(readFileSync(path, 'utf8'));
}

const vitest = read('reports/vitest.json');
if (vitest) {
  passed += vitest.numPassedTests ?? 0;
  failed += vitest.numFailedTests ?? 0;
}
const pw = read('reports/playwright.json');
if (pw) {
  passed += (pw.stats?.expected ?? 0) + (pw.stats?.flaky ?? 0);
  failed += pw.stats?.unexpected ?? 0;
  if (pw.errors?.length) failedSteps.push('e2e (setup errors)');
}

if (failedSteps.length) console.log(`failed steps: ${failedSteps.join(', ')}`);
if (missing.length) console.log(`missing reports: ${missing.join(', ')}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 || failedSteps.length > 0 || missing.length > 0 ? 1 : 0);
