import { join } from 'node:path';
import { Linter } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';
import { winnowPlugin } from './plugin.ts';

/**
 * The repository's own lint rules, each shown firing on a bad example and keeping quiet on
 * a good one. The files are virtual: nothing is written to the repository.
 */
const cwd = '/repo';
function lint(file: string, code: string, rule: string, options: unknown): string[] {
  const linter = new Linter({ cwd });
  const messages = linter.verify(
    code,
    [
      {
        files: ['**/*.ts'],
        languageOptions: { parser: tseslint.parser },
        plugins: { winnow: winnowPlugin },
        rules: { [`winnow/${rule}`]: ['error', options] },
      },
    ],
    { filename: join(cwd, file) },
  );
  return messages.map((m) => `${m.ruleId ?? 'parse'}: ${m.message}`);
}

describe('winnow/feature-layers', () => {
  const options = { root: 'pkg/src', layers: ['articles', 'decisions', 'bundles'] };
  const layers = (file: string, code: string) => lint(file, code, 'feature-layers', options);

  it('refuses an import of a higher folder', () => {
    const messages = layers(
      'pkg/src/decisions/act.ts',
      "import { exportBundle } from '../bundles/exportBundle.ts';\n",
    );
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatch(
      /^winnow\/feature-layers: decisions\/ imports bundles\/exportBundle/,
    );
  });

  it("refuses an import of the package's root, and of a folder with no layer", () => {
    expect(
      layers('pkg/src/articles/list.ts', "export { openService } from '../service.ts';\n"),
    ).toEqual([expect.stringContaining("imports the package's root (service.ts)")]);
    expect(layers('pkg/src/articles/list.ts', "import '../misc/thing.ts';\n")).toEqual([
      expect.stringContaining('in no feature folder'),
    ]);
  });

  it('counts a dynamic import and a worker started from a URL', () => {
    const code =
      "await import('../bundles/readBundle.ts');\n" +
      "new Worker(new URL('../bundles/exportWorker.ts', import.meta.url));\n";
    expect(layers('pkg/src/articles/list.ts', code)).toHaveLength(2);
  });

  it('lets a folder import its own files, lower folders, packages; the root anything', () => {
    const code =
      "import { z } from 'zod';\n" +
      "import { a } from './own.ts';\n" +
      "import { b } from '../articles/list.ts';\n" +
      "import { c } from '../decisions/act.ts';\n" +
      'export const all = [z, a, b, c];\n';
    expect(layers('pkg/src/bundles/importBundle.ts', code)).toEqual([]);
    expect(
      layers('pkg/src/service.ts', "import { x } from './bundles/importBundle.ts';\n"),
    ).toEqual([]);
    // Tests drive the whole package through its facade.
    expect(layers('pkg/src/articles/list.test.ts', "import '../service.ts';\n")).toEqual([]);
  });
});

describe('winnow/vocabulary', () => {
  const options = {
    sets: [
      { name: 'status', words: ['pending', 'approved', 'rejected'], registry: 'reg/article.ts' },
    ],
    ids: [
      { name: 'cleaning rule', words: ['chrome.menu', 'spam.phrase'], registry: 'reg/rules.ts' },
    ],
  };
  const words = (file: string, code: string) => lint(file, code, 'vocabulary', options);

  it('refuses a list or a union that spells a vocabulary out again', () => {
    expect(words('app/a.ts', "const s = ['pending', 'approved', 'rejected'] as const;\n")).toEqual([
      expect.stringMatching(
        /^winnow\/vocabulary: This spells out 'pending', 'approved', 'rejected' of the status vocabulary/,
      ),
    ]);
    expect(words('app/a.ts', "type S = 'any' | 'approved' | 'rejected';\n")).toHaveLength(1);
    expect(words('app/a.ts', "const s = z.enum(['approved', 'rejected']);\n")).toHaveLength(1);
  });

  it('refuses a rule id spelled outside its registry, in code, types and keys', () => {
    const code =
      "const a = { rule: 'chrome.menu' };\n" +
      "type R = 'spam.phrase';\n" +
      "const names = { 'chrome.menu': 'Menu' };\n";
    expect(words('app/a.ts', code)).toEqual([
      expect.stringContaining("'chrome.menu' is a cleaning rule: take it from reg/rules.ts"),
      expect.stringContaining("'spam.phrase' is a cleaning rule"),
      expect.stringContaining("'chrome.menu' is a cleaning rule"),
    ]);
  });

  it('lets one word stand, other vocabularies that share a few, and the registries themselves', () => {
    const code =
      "const done = status === 'approved';\n" +
      "type Counted = 'pending' | 'approved' | 'time' | 'measure' | 'thing';\n" +
      "import x from 'chrome.menu';\n";
    expect(words('app/a.ts', code)).toEqual([]);
    expect(
      words('reg/article.ts', "export const s = ['pending', 'approved', 'rejected'];\n"),
    ).toEqual([]);
    expect(words('reg/rules.ts', "export const menu = 'chrome.menu';\n")).toEqual([]);
  });
});
