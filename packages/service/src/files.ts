import { readdirSync, statSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';

/** File kinds an import reads; anything else inside a folder is reported as skipped. */
export const importableExtensions = new Set(['.txt', '.text', '.html', '.htm']);

export type FoundFile = { path: string; importable: boolean } | { path: string; missing: true };

/**
 * Expands the paths an editor gave into files, in a stable order (folders recursively,
 * sorted by name) so that a re-run walks the same files the same way.
 */
export function expandPaths(paths: readonly string[]): FoundFile[] {
  const found: FoundFile[] = [];
  const visit = (path: string, explicit: boolean): void => {
    let stats;
    try {
      stats = statSync(path);
    } catch {
      found.push({ path, missing: true });
      return;
    }
    if (stats.isDirectory()) {
      const names = readdirSync(path).filter((name) => !name.startsWith('.'));
      names.sort();
      for (const name of names) visit(join(path, name), false);
    } else if (stats.isFile()) {
      // A file named explicitly is attempted whatever its extension.
      found.push({
        path,
        importable: explicit || importableExtensions.has(extname(path).toLowerCase()),
      });
    }
  };
  for (const path of paths) visit(resolve(path), true);
  return found;
}
