import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

const cli = join(import.meta.dirname, 'main.ts');
const samples = join(import.meta.dirname, '../../../resources/samples');
let dir: string;

function winnow(...args: string[]) {
  const run = spawnSync(process.execPath, [cli, ...args], {
    encoding: 'utf8',
    cwd: dir,
    env: { ...process.env, INIT_CWD: dir },
  });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'winnow-cli-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('winnow CLI', () => {
  it('keeps a corpus spam list that later imports clean with', () => {
    const added = winnow('spam', 'add', '免费领取优惠券', '--db', 'x.sqlite');
    expect(added.code).toBe(0);
    expect(added.stdout.split('\n')).toContain('免费领取优惠券');
    expect(added.stderr).toContain("this corpus's own list");
    writeFileSync(
      join(dir, 'port.txt'),
      '港口扩建工程启动\n\n新码头明年投入使用。免费领取优惠券\n',
    );
    expect(winnow('import', 'port.txt', '--db', 'x.sqlite').code).toBe(0);
    const exported = winnow(
      'export',
      '--db',
      'x.sqlite',
      '--format',
      'jsonl',
      '--out',
      'out.jsonl',
    );
    expect(exported.code).toBe(0);
    const record = JSON.parse(readFileSync(join(dir, 'out.jsonl'), 'utf8').trim()) as {
      cleaned: string;
    };
    expect(record.cleaned).not.toContain('免费领取优惠券');
    expect(winnow('spam', 'add', '养', '--db', 'x.sqlite').code).toBe(1);
    expect(winnow('spam', 'shuffle', '--db', 'x.sqlite').code).toBe(2);
    const reset = winnow('spam', 'reset', '--db', 'x.sqlite');
    expect(reset.stderr).toContain('the default list');
    expect(reset.stdout).not.toContain('免费领取优惠券');
  });

  it('imports, re-imports without duplicates, and exports JSONL', () => {
    const first = winnow('import', samples, '--db', 'x.sqlite');
    expect(first.code).toBe(0);
    expect(JSON.parse(first.stdout)).toMatchObject({ imported: 8, failed: 0 });
    expect(first.stderr).toContain('import 8/8');
    const again = winnow('import', samples, '--db', 'x.sqlite');
    expect(JSON.parse(again.stdout)).toMatchObject({ imported: 0, duplicates: 8 });
    const exported = winnow(
      'export',
      '--db',
      'x.sqlite',
      '--format',
      'jsonl',
      '--status',
      'any',
      '--out',
      'x.jsonl',
    );
    expect(exported.code).toBe(0);
    expect(readFileSync(join(dir, 'x.jsonl'), 'utf8').trim().split('\n')).toHaveLength(8);
  });

  it('exports a bundle, verifies it, imports it into another corpus, and refuses a broken one', () => {
    expect(winnow('import', samples, '--db', 'a.sqlite').code).toBe(0);
    const exported = winnow(
      'export',
      '--db',
      'a.sqlite',
      '--format',
      'bundle',
      '--out',
      'b.zip',
      '--editor',
      'lin',
    );
    expect(exported.code).toBe(0);
    expect(exported.stderr).toMatch(/exported 8 articles \(\d+ facts\) as bundle/);
    const verified = winnow('bundle', 'verify', 'b.zip');
    expect(verified.code).toBe(0);
    expect(JSON.parse(verified.stdout)).toMatchObject({ ok: true, formatVersion: 5 });
    const imported = winnow('bundle', 'import', 'b.zip', '--db', 'c.sqlite');
    expect(imported.code).toBe(0);
    expect(JSON.parse(imported.stdout)).toMatchObject({ articles: { added: 8, merged: 0 } });
    expect(
      winnow('export', '--db', 'c.sqlite', '--format', 'csv', '--out', 'f.csv', '--language', 'zh')
        .code,
    ).toBe(0);
    expect(readFileSync(join(dir, 'f.csv'), 'utf8').startsWith('\uFEFFarticle_id,')).toBe(true);

    writeFileSync(join(dir, 'broken.zip'), 'not a zip');
    const broken = winnow('bundle', 'verify', 'broken.zip');
    expect(broken.code).toBe(1);
    expect(broken.stderr).toMatch(
      /broken\.zip cannot be used as a Winnow bundle: it is not a readable zip/,
    );
    expect(winnow('bundle', 'import', 'broken.zip', '--db', 'c.sqlite').code).toBe(1);
    expect(winnow('bundle', 'unpack', 'b.zip').code).toBe(2);
    expect(winnow('bundle', 'import', 'b.zip').code).toBe(2);
    expect(winnow('export', '--db', 'a.sqlite', '--format', 'xlsx', '--out', 'x').code).toBe(2);
    expect(winnow('bundle', '--help').stdout).toMatch(/winnow bundle verify FILE/);
    const prepared = winnow('bundle', 'prepare', '--db', 'c.sqlite');
    expect(prepared.code).toBe(0);
    expect(JSON.parse(prepared.stdout)).toEqual({
      prepared: 8,
      lacking: 8,
      removed: 0,
      finished: true,
    });
    expect(prepared.stderr).toContain('prepared 8 articles for export');
    expect(JSON.parse(winnow('bundle', 'prepare', '--db', 'c.sqlite').stdout)).toMatchObject({
      prepared: 0,
    });
    expect(
      JSON.parse(winnow('bundle', 'prepare', '--db', 'c.sqlite', '--again').stdout),
    ).toMatchObject({ prepared: 8, lacking: 8 });
    expect(winnow('bundle', 'prepare').code).toBe(2);
    const reclean = winnow('reclean', '--db', 'c.sqlite');
    expect(reclean.code).toBe(0);
    expect(JSON.parse(reclean.stdout)).toMatchObject({ articles: 8, failed: 0 });
    expect(winnow('reclean', '--db', 'c.sqlite', '--id', 'x').code).toBe(2);
    expect(winnow('export', '--help').stdout).toMatch(/claimreview/);
    // Eighteen CLI processes one after another: ~25 s on a busy machine, more than the default.
  }, 120_000);

  it('exits 2 with a clear message on bad arguments', () => {
    const cases: Array<[string[], RegExp]> = [
      [['frobnicate'], /unknown command "frobnicate"/],
      [['import', samples], /needs --db FILE/],
      [['import', '--db', 'x.sqlite'], /at least one file or folder/],
      [['export', '--db', 'x.sqlite', '--out', 'y', '--format', 'xml'], /unknown --format "xml"/],
      [['export', '--db', 'x.sqlite', '--out', 'y', '--status', 'done'], /unknown --status "done"/],
      [['serve', '--db', 'x.sqlite', '--port', 'eighty'], /--port must be a number/],
      [['import', '--bogus'], /Unknown option '--bogus'/],
    ];
    for (const [args, message] of cases) {
      const run = winnow(...args);
      expect(run.code, args.join(' ')).toBe(2);
      expect(run.stderr).toMatch(message);
    }
  });

  it('checks a corpus with doctor, and refuses to create one that is not there', () => {
    winnow('import', samples, '--db', 'x.sqlite');
    const clean = winnow('doctor', '--db', 'x.sqlite');
    expect(clean.code).toBe(0);
    expect(clean.stdout).toContain('no problems found');
    const missing = winnow('doctor', '--db', 'absent.sqlite');
    expect(missing.code).toBe(66);
    expect(missing.stderr).toContain('there is no corpus at');
  });

  it('serves on loopback by default, and warns when told to bind another address', async () => {
    expect(winnow('serve', '--db', 'x.sqlite', '--host', 'everywhere').stderr).toMatch(
      /--host must be an IP address/,
    );
    const output = await new Promise<string>((resolve, reject) => {
      // 127.0.0.2 is another loopback address: binding it is "another address" without leaving the machine.
      const child = spawn(
        process.execPath,
        [cli, 'serve', '--db', join(dir, 's.sqlite'), '--port', '0', '--host', '127.0.0.2'],
        {
          env: { ...process.env, INIT_CWD: dir },
        },
      );
      let text = '';
      const timer = setTimeout(() => reject(new Error(`no URL printed:\n${text}`)), 15_000);
      const collect = (chunk: Buffer) => {
        text += chunk.toString();
        if (text.includes('Open http')) {
          clearTimeout(timer);
          child.kill('SIGTERM');
          resolve(text);
        }
      };
      child.stdout.on('data', collect);
      child.stderr.on('data', collect);
    });
    expect(output).toMatch(
      /warning: Winnow is listening on 127\.0\.0\.2, not only on this machine/,
    );
    expect(output).toMatch(/Open http:\/\/127\.0\.0\.2:\d+\/\?token=/);
  });

  it('gives a web page the same cleaned title in `clean --json` and on import', () => {
    const story =
      '技术转移大会今天在北京开幕，来自三十多个国家的一千余名代表参加，会上签署了四十二项合作协议。';
    writeFileSync(
      join(dir, 'page.html'),
      `<html><head><title>技術(shù)轉(zhuǎn)移大會新聞發布會_中查甜心寶貝包養網国网</title>` +
        `<body><p>${story}</p><p>${story}</p></body></html>`,
    );
    const cleaned = JSON.parse(winnow('clean', 'page.html', '--json').stdout) as { title: string };
    expect(cleaned.title).toBe('技術轉移大會新聞發布會');
    expect(winnow('import', 'page.html', '--db', 't.sqlite').code).toBe(0);
    winnow('export', '--db', 't.sqlite', '--format', 'jsonl', '--out', 'out.jsonl');
    const record = JSON.parse(readFileSync(join(dir, 'out.jsonl'), 'utf8').trim()) as {
      title: string;
    };
    expect(record.title).toBe(cleaned.title);
  });

  it('cleans a file without a corpus, printing cleaned text and the edit list', () => {
    const human = winnow('clean', join(samples, '01-lab-network.txt'));
    expect(human.code).toBe(0);
    expect(human.stdout.startsWith('中国与东盟联合实验室网络正式启动\n')).toBe(true);
    expect(human.stdout).not.toContain('包养网');
    expect(human.stderr).toMatch(/applied\s+spam\.injected-phrase/);
    const json = JSON.parse(
      winnow('clean', join(samples, '04-satellite-data.txt'), '--json').stdout,
    ) as { encoding: string; edits: unknown[]; facts: { kind: string; value: unknown }[] };
    expect(json.encoding).toBe('gb18030');
    expect(json.facts).toContainEqual(expect.objectContaining({ kind: 'quantity', value: 31 }));
    const converted = winnow(
      'clean',
      join(samples, '02-science-parks.txt'),
      '--convert',
      'simplified',
    );
    expect(converted.stdout.startsWith('两岸科学园区交流会在新竹举行\n')).toBe(true);
    expect(converted.stderr).toMatch(/applied\s+convert\.script/);
    expect(
      winnow('clean', join(samples, '02-science-parks.txt'), '--convert', 'klingon').code,
    ).toBe(2);
    expect(winnow('clean').code).toBe(2);
    expect(winnow('clean', 'missing.txt').stderr).toMatch(/cannot read .*missing\.txt: ENOENT/);
  });

  it('exits non-zero and names the file when an import fails', () => {
    const run = winnow('import', join(dir, 'absent.txt'), '--db', 'x.sqlite');
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('absent.txt: no such file or folder');
  });
});
