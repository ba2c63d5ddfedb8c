// Sums the Vitest JSON reports the packages wrote under test-output/ and prints one closing line; fails the run
// when a test failed or was skipped.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

let passed = 0;
let failed = 0;
let skipped = 0;
const packageDirs = [
  ...['packages', 'apps'].flatMap((group) =>
    existsSync(group) ? readdirSync(group).map((name) => join(group, name)) : [],
  ),
  'infra',
];
for (const packageDir of packageDirs) {
  const dir = join(packageDir, 'test-output');
  if (!existsSync(dir)) continue;
  for (const file of readdirSync(dir).filter((f) => f.startsWith('vitest') && f.endsWith('.json'))) {
    const report = JSON.parse(readFileSync(join(dir, file), 'utf8'));
    passed += report.numPassedTests ?? 0;
    failed += report.numFailedTests ?? 0;
    skipped += (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
  }
}
console.log(`tests: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
// No test skips silently: a skipped or todo test fails the run like a failing one.
if (skipped > 0) console.error(`${skipped} test(s) skipped: the suite must run every test it has.`);
process.exit(failed > 0 || skipped > 0 || passed === 0 ? 1 : 0);
