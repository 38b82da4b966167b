/**
 * `pnpm test`: every check the project has, in order — lint, typecheck, unit tests,
 * the renderer build and the end-to-end tests in Chromium — then one closing line with
 * the counts. Stops at the first failing step.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const root = join(import.meta.dirname, '..');
const results = join(root, 'test-results');
mkdirSync(results, { recursive: true });

function step(name: string, command: string, args: string[]): void {
  process.stdout.write(`\n== ${name}: ${command} ${args.join(' ')}\n`);
  const run = spawnSync(command, args, {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1' },
  });
  if (run.status !== 0) {
    process.stdout.write(`\n${name} failed (exit ${run.status ?? run.signal}).\n`);
    process.exit(run.status ?? 1);
  }
}

const chromium = process.env['WINNOW_CHROMIUM'] ?? '/usr/bin/chromium';
if (!existsSync(chromium)) {
  process.stderr.write(
    `The end-to-end tests need Chromium at ${chromium}: install Debian's \`chromium\` and \`fonts-wqy-microhei\` ` +
      '(bash .ci/run does), or set WINNOW_CHROMIUM to a Chromium binary.\n',
  );
  process.exit(1);
}

step('lint', 'pnpm', ['lint']);
step('typecheck', 'pnpm', ['typecheck']);
step('electron security scan', 'node', ['scripts/check-electronegativity.ts']);
// The renderer is built before the unit tests: some of them start `winnow serve`.
step('renderer build', 'pnpm', ['build:ui']);
step('unit tests', 'pnpm', [
  'exec',
  'vitest',
  'run',
  '--reporter=default',
  '--reporter=json',
  `--outputFile=${join(results, 'unit.json')}`,
]);
step('end-to-end tests', 'pnpm', ['exec', 'playwright', 'test']);

const unit = JSON.parse(readFileSync(join(results, 'unit.json'), 'utf8')) as {
  numPassedTests: number;
  numFailedTests: number;
  testResults: { name: string; assertionResults: { fullName: string; status: string }[] }[];
};
const e2e = JSON.parse(readFileSync(join(results, 'e2e.json'), 'utf8')) as {
  stats: { expected: number; unexpected: number; flaky: number; skipped: number };
};
// A skipped test is named with the reason its title gives, so that a green run never hides
// a check that did not happen on this machine.
const skipped = unit.testResults.flatMap((file) =>
  file.assertionResults
    .filter((test) => test.status === 'skipped' || test.status === 'pending')
    .map((test) => `${relative(root, file.name)}: ${test.fullName}`),
);
for (const name of skipped) process.stdout.write(`skipped: ${name}\n`);
const passed = unit.numPassedTests + e2e.stats.expected;
const failed = unit.numFailedTests + e2e.stats.unexpected + e2e.stats.flaky;
const skippedCount = skipped.length + e2e.stats.skipped;
process.stdout.write(
  `\nunit ${unit.numPassedTests} passed, end-to-end ${e2e.stats.expected} passed\n`,
);
process.stdout.write(`${passed} passed, ${failed} failed, ${skippedCount} skipped\n`);
process.exit(failed === 0 ? 0 : 1);
