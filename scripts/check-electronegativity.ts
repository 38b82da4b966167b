/**
 * Runs @doyensec/electronegativity on the desktop app and fails on any finding that
 * docs/security.md does not justify (a "### CHECK_NAME" heading in its findings section).
 * The SARIF report is read (one JSON document); the tool's CSV writer races with itself.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';

const root = join(import.meta.dirname, '..');
const report = join(root, 'test-results', 'electronegativity.sarif');
mkdirSync(join(root, 'test-results'), { recursive: true });
rmSync(report, { force: true });

const run = spawnSync(
  'pnpm',
  ['exec', 'electronegativity', '-i', 'apps/desktop/src', '-e', '45.4.1', '-o', report],
  {
    cwd: root,
    encoding: 'utf8',
  },
);
if (!existsSync(report)) {
  process.stderr.write(`electronegativity produced no report:\n${run.stdout}\n${run.stderr}\n`);
  process.exit(1);
}

type Sarif = {
  runs: Array<{
    results: Array<{
      ruleId: string;
      level?: string;
      locations?: Array<{
        physicalLocation?: { artifactLocation?: { uri?: string }; region?: { startLine?: number } };
      }>;
    }>;
  }>;
};

let sarif: Sarif;
try {
  sarif = JSON.parse(readFileSync(report, 'utf8')) as Sarif;
} catch (error) {
  process.stderr.write(`electronegativity's report is not valid JSON: ${String(error)}\n`);
  process.exit(1);
}

const findings = sarif.runs.flatMap((r) =>
  r.results.map((result) => {
    const where = result.locations?.[0]?.physicalLocation;
    const file = where?.artifactLocation?.uri ?? '?';
    return {
      check: result.ruleId,
      where: `${relative(root, file)}:${where?.region?.startLine ?? '?'}`,
    };
  }),
);

const security = readFileSync(join(root, 'docs', 'security.md'), 'utf8');
const justifiedSection = security.slice(
  security.indexOf('## Remaining electronegativity findings'),
);
const justified = new Set([...justifiedSection.matchAll(/^### ([A-Z_]+)/gm)].map((m) => m[1]));

let unexplained = 0;
for (const finding of findings) {
  const ok = justified.has(finding.check);
  if (!ok) unexplained++;
  process.stdout.write(
    `${ok ? 'justified  ' : 'UNEXPLAINED'}  ${finding.check} at ${finding.where}\n`,
  );
}
process.stdout.write(
  `electronegativity: ${findings.length} finding(s), ${unexplained} not justified in docs/security.md\n`,
);
process.exit(unexplained === 0 ? 0 : 1);
