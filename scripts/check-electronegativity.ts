/**
 * Runs @doyensec/electronegativity on the desktop app and fails on any finding that
 * docs/security.md does not justify (a "### CHECK_NAME" heading in its findings section).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const report = join(root, 'test-results', 'electronegativity.csv');
mkdirSync(join(root, 'test-results'), { recursive: true });
rmSync(report, { force: true });

const run = spawnSync(
  'pnpm',
  ['exec', 'electronegativity', '-i', 'apps/desktop/src', '-e', '45.4.1', '-o', report],
  { cwd: root, encoding: 'utf8' },
);
if (!existsSync(report)) {
  process.stderr.write(`electronegativity produced no report:\n${run.stdout}\n${run.stderr}\n`);
  process.exit(1);
}

/** RFC 4180 rows: quoted fields may hold commas, doubled quotes and line breaks. */
function csvRows(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field.trim());
      field = '';
    } else if (ch === '\n') {
      row.push(field.trim());
      rows.push(row);
      row = [];
      field = '';
    } else if (ch !== '\r') field += ch;
  }
  if (field !== '' || row.length > 0) rows.push([...row, field.trim()]);
  return rows;
}

const findings = csvRows(readFileSync(report, 'utf8'))
  .slice(1)
  .filter((row) => row.length > 1)
  .map(([check = '', severity = '', , file = '', location = '']) => ({
    check,
    severity,
    where: `${file}:${location}`,
  }));

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
    `${ok ? 'justified  ' : 'UNEXPLAINED'}  ${finding.check} (${finding.severity}) at ${finding.where}\n`,
  );
}
process.stdout.write(
  `electronegativity: ${findings.length} finding(s), ${unexplained} not justified in docs/security.md\n`,
);
process.exit(unexplained === 0 ? 0 : 1);
