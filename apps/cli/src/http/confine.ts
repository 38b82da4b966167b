import { realpathSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, sep } from 'node:path';
import { fail } from '@winnow/contract';
import type { Result } from '@winnow/contract';

/**
 * Over HTTP, a path in a request names a file on the server's machine, chosen by whoever
 * holds the token — on a LAN-shared desk, anyone on the network with the URL. So the
 * methods that take a path read and write only inside the server's own work folder:
 * imports read what was uploaded there, exports are written there and downloaded.
 */

/** Which parameters of which methods are paths, and whether the method reads or writes them. */
const PATHS: Record<string, { param: string; writes: boolean }> = {
  'articles.import': { param: 'paths', writes: false },
  'bundles.verify': { param: 'path', writes: false },
  'bundles.import': { param: 'path', writes: false },
  'articles.export': { param: 'out', writes: true },
};

/**
 * The paths `params` name for `method`, as the table above says where they are: the
 * ones confinement checks, and so the ones the work folder keeps while the call runs.
 * Values that are not strings are left to the contract's own validation.
 */
export function pathsNamed(method: string, params: unknown): string[] {
  const spec = PATHS[method];
  if (!spec || typeof params !== 'object' || params === null) return [];
  const given = (params as Record<string, unknown>)[spec.param];
  return (Array.isArray(given) ? given : [given]).filter(
    (value): value is string => typeof value === 'string',
  );
}

/** The real path of what `path` names; for a file still to be written, its folder's. */
function realPathOf(path: string, writes: boolean): string | null {
  try {
    return writes ? join(realpathSync(dirname(path)), basename(path)) : realpathSync(path);
  } catch {
    return null;
  }
}

function inside(folder: string, path: string): boolean {
  const rel = relative(folder, path);
  return rel !== '' && !rel.startsWith(`..${sep}`) && rel !== '..' && !isAbsolute(rel);
}

/**
 * Null when every path in `params` stays inside `workDir` (symbolic links resolved),
 * otherwise the refusal to answer with. Params that are not what the method expects are
 * left to the contract's own validation.
 */
export function refusePathsOutside(
  method: string,
  params: unknown,
  workDir: string,
): Result<never> | null {
  const spec = PATHS[method];
  if (!spec) return null;
  const root = realpathSync(workDir);
  for (const path of pathsNamed(method, params)) {
    const refused = (why: string) =>
      fail(
        'forbidden',
        `${method} over HTTP ${spec.writes ? 'writes' : 'reads'} only inside this server's own work folder: ${JSON.stringify(path)} ${why}.`,
      );
    if (!isAbsolute(path)) return refused('is not an absolute path');
    if (path.split(/[\\/]/).includes('..')) return refused('goes up a folder ("..")');
    const real = realPathOf(path, spec.writes);
    if (real === null) return refused('does not exist');
    if (!inside(root, real))
      return refused(
        spec.writes
          ? 'is outside it (use the Export dialog: the file is downloaded)'
          : 'is outside it (upload the file instead)',
      );
  }
  return null;
}
