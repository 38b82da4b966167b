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
  /**
   * `known`: what a folder listing already says of a plain entry (not a link) — its real
   * path is its folder's real path and its name, its kind is listed — so the walk asks the
   * file system nothing more about it. At 10,000 files a stat and a realpath each (a walk
   * up every folder of the path) held the import a second before the first file was read.
   */
  const visit = (
    path: string,
    explicit: boolean,
    known?: { real: string; folder: boolean },
  ): void => {
    let folder: boolean;
    let file: boolean;
    let real: string;
    if (known) {
      ({ real, folder } = known);
      file = !folder;
    } else {
      try {
        const stats = statSync(path);
        real = realpathSync(path);
        folder = stats.isDirectory();
        file = stats.isFile();
      } catch (error) {
        const loop = (error as NodeJS.ErrnoException).code === 'ELOOP';
        found.push(
          loop
            ? { path, missing: true, message: 'a symbolic link that points to itself' }
            : { path, missing: true },
        );
        return;
      }
    }
    // A file the editor named is always reported (a second mention as already present);
    // what a folder walk meets again is not.
    if (seen.has(real) && !(explicit && file)) return;
    seen.add(real);
    if (folder) {
      let listed;
      try {
        listed = readdirSync(path, { withFileTypes: true });
      } catch (error) {
        // One folder that cannot be read (no permission, gone since its parent was listed)
        // is reported as failed; the rest of the import goes on.
        const code = (error as NodeJS.ErrnoException).code ?? 'error';
        found.push({ path, missing: true, message: `a folder that cannot be read (${code})` });
        return;
      }
      const entries = listed.filter((entry) => !entry.name.startsWith('.'));
      entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
      for (const entry of entries) {
        const plain = entry.isFile() || entry.isDirectory();
        visit(
          join(path, entry.name),
          false,
          plain ? { real: join(real, entry.name), folder: entry.isDirectory() } : undefined,
        );
      }
    } else if (file) {
      // A file named explicitly is attempted whatever its extension.
      found.push({
        path,
        importable: explicit || importableExtensions.has(extname(path).toLowerCase()),
      });
    } else if (explicit) {
      // A device or a pipe the editor named: reported, not passed over in silence (a
      // folder's own such entries are not articles, and are left out as before).
      found.push({ path, missing: true, message: 'not a file or a folder' });
    }
  };
  for (const path of paths) visit(resolve(path), true);
  return found;
}
