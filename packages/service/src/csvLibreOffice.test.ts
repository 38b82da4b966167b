import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openService } from './service.ts';
import type { WinnowService } from './service.ts';

/**
 * The facts CSV opened by LibreOffice Calc for real: CSV → ODS → CSV with soffice, and
 * every cell compared. Headless conversion has no import dialog to pick the character
 * set in, so the test names UTF-8 (76) as an editor does there; the BOM must then be
 * taken as the marker it is, not as text in the first cell. CI installs
 * libreoffice-calc; elsewhere the test runs when soffice is present.
 */
const soffice = spawnSync('soffice', ['--version'], { encoding: 'utf8' }).status === 0;
let dir: string;
let service: WinnowService;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'winnow-csv-'));
  service = openService({ dbPath: join(dir, 'c.sqlite') });
});
afterEach(() => {
  service.close();
  rmSync(dir, { recursive: true, force: true });
});

function convert(input: string, to: string, outdir: string, infilter?: string) {
  const args = [
    '--headless',
    ...(infilter ? [`--infilter=${infilter}`] : []),
    '--convert-to',
    to,
    '--outdir',
    outdir,
    input,
  ];
  const run = spawnSync('soffice', args, {
    encoding: 'utf8',
    env: { ...process.env, HOME: join(dir, 'lo-home') },
    timeout: 120_000,
  });
  expect(run.status, run.stderr).toBe(0);
}

/** RFC 4180 cells, enough for LibreOffice's output. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(cell);
      cell = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else cell += ch;
  }
  if (cell !== '' || row.length > 0) rows.push([...row, cell]);
  return rows;
}

describe.skipIf(!soffice && !process.env['CI'])(
  'facts CSV in LibreOffice Calc (skipped outside CI without soffice on PATH)',
  () => {
    it('round-trips through soffice with every Chinese cell intact', async () => {
      const incoming = join(dir, 'in');
      mkdirSync(incoming);
      // Written for this test: Chinese figures, a person with a role, and a hostile cell.
      writeFileSync(
        join(incoming, 'report.txt'),
        '西部科技合作进展\n\n截至目前，已与30多个国家签署合作协议7项，培训人员1.2万人次。\n' +
          '科学技术部副部长王建华表示，“合作”将继续深化。\n',
      );
      writeFileSync(
        join(incoming, 'formula.txt'),
        '=1+2 共建实验室新进展\n\n去年共建实验室12家。\n',
      );
      await service.call('articles.import', { paths: [incoming] });
      const out = join(dir, 'facts.csv');
      const result = await service.call('articles.export', { format: 'csv', out });
      expect(result.ok).toBe(true);

      convert(out, 'ods', join(dir, 'ods'), 'CSV:44,34,76,1');
      convert(
        join(dir, 'ods', 'facts.ods'),
        'csv:Text - txt - csv (StarCalc):44,34,76,1',
        join(dir, 'back'),
      );
      const ours = parseCsv(readFileSync(out, 'utf8').replace(/^\uFEFF/, ''));
      const theirs = parseCsv(readFileSync(join(dir, 'back', 'facts.csv'), 'utf8'));
      expect(theirs[0]![0]).toBe('article_id');
      expect(theirs.length).toBe(ours.length);
      const column = (rows: string[][], name: string) =>
        rows.slice(1).map((r) => r[ours[0]!.indexOf(name)]);
      for (const name of ['article_title', 'kind', 'quote', 'unit', 'role', 'status'])
        expect(column(theirs, name)).toEqual(column(ours, name));
      expect(column(theirs, 'quote')).toContain('30多个国家');
      expect(column(theirs, 'role')).toContain('科学技术部副部长');
      // A title that looks like a formula stays text in Calc.
      expect(column(theirs, 'article_title')).toContain("'=1+2 共建实验室新进展");
    }, 240_000);
  },
);
