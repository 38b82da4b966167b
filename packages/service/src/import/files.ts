import { readdirSync, realpathSync, statSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';

/** File kinds an import reads; anything else inside a folder is reported as skipped. */
export const importableExtensions = new Set(['.txt', '.text', '.html', '.htm']);

export type FoundFile =
  { path: string; importable: boolean } | { path: string; missing: true; message?: string };

/**
 * Expands the paths an editor gave into files, in a stable order (folders recursively,
 * sorted by name) so that a re-run walks the same files the same way. Each real file and
 * folder is visited once, under the first name met: a symbolic link back up the tree
 * would otherwise be walked until the path grew too long, and a file linked twice would
 * be read twice.
 */
export function expandPaths(paths: readonly string[]): FoundFile[] {
  const found: FoundFile[] = [];
  const seen = new Set<string>();
  const visit = (path: string, explicit: boolean): void => {
    let stats;
    let real;
    try {
      stats = statSync(path);
      real = realpathSync(path);
    } catch (error) {
      const loop = (error as NodeJS.ErrnoException).code === 'ELOOP';
      found.push(
        loop
          ? { path, missing: true, message: 'a symbolic link that points to itself' }
          : { path, missing: true },
      );
      return;
    }
    // A file the editor named is always reported (a second mention as already present);
    // what a folder walk meets again is not.
    if (seen.has(real) && !(explicit && stats.isFile())) return;
    seen.add(real);
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
