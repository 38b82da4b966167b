import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ESLint } from 'eslint';
import { afterEach, describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..');
const written: string[] = [];

/** Writes a real file inside a layer and lints it with the repository's own config. */
async function lintIn(relativePath: string, code: string): Promise<string[]> {
  const file = join(root, relativePath);
  writeFileSync(file, code);
  written.push(file);
  const eslint = new ESLint({ cwd: root });
  const [result] = await eslint.lintFiles([file]);
  return (result?.messages ?? []).map((m) => `${m.ruleId}: ${m.message}`);
}

afterEach(() => {
  for (const file of written.splice(0)) rmSync(file, { force: true });
});

describe('layering lint rule', () => {
  it('refuses node:fs in the text layer', async () => {
    const messages = await lintIn(
      'packages/text/src/zz-layering-probe.ts',
      "import { readFileSync } from 'node:fs';\nexport const probe = readFileSync;\n",
    );
    expect(
      messages.some((m) => m.startsWith('no-restricted-imports') && m.includes('run anywhere')),
    ).toBe(true);
  });

  it('refuses a bare Node built-in and the DOM in the contract', async () => {
    const messages = await lintIn(
      'packages/contract/src/zz-layering-probe.ts',
      "import path from 'path';\nexport const probe = path.sep + String(document);\n",
    );
    expect(messages.some((m) => m.startsWith('no-restricted-imports'))).toBe(true);
    expect(messages.some((m) => m.startsWith('no-restricted-globals'))).toBe(true);
  });

  it('refuses electron in the store', async () => {
    const messages = await lintIn(
      'packages/store/src/zz-layering-probe.ts',
      "import { app } from 'electron';\nexport const probe = app;\n",
    );
    expect(
      messages.some((m) => m.startsWith('no-restricted-imports') && m.includes('electron')),
    ).toBe(true);
  });

  it('refuses the service in the renderer', async () => {
    const messages = await lintIn(
      'apps/desktop/src/renderer/src/zz-layering-probe.ts',
      "import { openService } from '@winnow/service';\nexport const probe = openService;\n",
    );
    expect(
      messages.some((m) => m.startsWith('no-restricted-imports') && m.includes('WinnowClient')),
    ).toBe(true);
  });

  it('refuses a service feature folder importing a higher folder or the root', async () => {
    const messages = await lintIn(
      'packages/service/src/decisions/zz-layering-probe.ts',
      "import { loadArticle } from '../export/records.ts';\n" +
        "import { openService } from '../service.ts';\n" +
        'export const probe = [loadArticle, openService];\n',
    );
    expect(messages).toEqual([
      expect.stringMatching(/^winnow\/feature-layers: decisions\/ imports export\/records\.ts/),
      expect.stringMatching(/^winnow\/feature-layers: decisions\/ imports the package's root/),
    ]);
  });

  it('lets a service feature folder import the folders below it', async () => {
    const messages = await lintIn(
      'packages/service/src/export/zz-layering-probe.ts',
      "import { loadFacts } from '../facts/loadFacts.ts';\nexport const probe = loadFacts;\n",
    );
    expect(messages).toEqual([]);
  });

  it('accepts what a layer is allowed to import', async () => {
    const messages = await lintIn(
      'packages/store/src/zz-layering-probe.ts',
      "import { join } from 'node:path';\nexport const probe = join('a', 'b');\n",
    );
    expect(messages).toEqual([]);
  });
});

describe('size and vocabulary lint rules, in the repository config', () => {
  it('refuses a source file over 400 lines', async () => {
    const lines = Array.from({ length: 401 }, (_, i) => `export const line${i} = ${i};`);
    const messages = await lintIn('packages/text/src/zz-size-probe.ts', lines.join('\n') + '\n');
    expect(messages).toEqual([
      expect.stringMatching(/^max-lines: File has too many lines \(401\)/),
    ]);
  });

  it('refuses the status vocabulary spelled outside the contract', async () => {
    const messages = await lintIn(
      'packages/service/src/zz-vocabulary-probe.ts',
      "export const statuses = ['pending', 'approved', 'rejected'] as const;\n",
    );
    expect(messages).toEqual([expect.stringMatching(/^winnow\/vocabulary: .* status vocabulary/)]);
  });

  it('refuses a cleaning rule id spelled outside the rule registry', async () => {
    const messages = await lintIn(
      'packages/text/src/zz-vocabulary-probe.ts',
      "export const edit = { rule: 'chrome.menu' };\n",
    );
    expect(messages).toEqual([
      expect.stringMatching(/^winnow\/vocabulary: 'chrome.menu' is a cleaning rule id/),
    ]);
  });
});
