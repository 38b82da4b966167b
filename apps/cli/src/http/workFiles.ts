import { readdirSync, rmSync, statSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { pathsNamed } from './confine.ts';

/**
 * The browser edition's uploads and exports are files in the server's work folder. A
 * desk served for weeks would otherwise keep every one of them (a bundle of 100,000
 * articles is about 800 MB) until the disk the corpus lives on is full. So:
 * - an upload is consumed by the import that names it: its folder goes when that ends;
 * - what is older than an hour (an upload never imported, an export downloaded or not) is
 *   swept away, except what a running call is using.
 */
export const KEEP_WORK_FILES_MS = 60 * 60 * 1000;

/** The calls whose paths name uploads they have finished with once they end. */
const CONSUMES_UPLOADS = new Set(['articles.import', 'bundles.import']);

/** The newest change to `path`, or to a file directly inside it (one still being written). */
function lastChanged(path: string): number {
  let newest = statSync(path).mtimeMs;
  try {
    for (const entry of readdirSync(path, { withFileTypes: true }))
      if (entry.isFile()) newest = Math.max(newest, statSync(join(path, entry.name)).mtimeMs);
  } catch {
    // a file, not a folder
  }
  return newest;
}

export class WorkFiles {
  /** Paths a running call uses, with how many calls use each. */
  private readonly inUse = new Map<string, number>();

  private readonly workDir: string;
  private readonly keepMs: number;

  constructor(workDir: string, keepMs = KEEP_WORK_FILES_MS) {
    this.workDir = workDir;
    this.keepMs = keepMs;
  }

  /** The upload folder (`uploads/<batch>`) holding `path`, or null when it is not an upload. */
  private uploadFolder(path: string): string | null {
    const rel = relative(join(this.workDir, 'uploads'), path);
    if (rel === '' || rel.startsWith('..') || rel.split(sep).length !== 2) return null;
    return dirname(path);
  }

  /** Runs `work` with `paths` kept from the sweep until it ends. */
  async using<T>(paths: readonly string[], work: () => Promise<T>): Promise<T> {
    for (const path of paths) this.inUse.set(path, (this.inUse.get(path) ?? 0) + 1);
    try {
      return await work();
    } finally {
      for (const path of paths) {
        const left = (this.inUse.get(path) ?? 1) - 1;
        if (left === 0) this.inUse.delete(path);
        else this.inUse.set(path, left);
      }
    }
  }

  /**
   * A service call over HTTP (its paths already confined): the paths it names are kept
   * while it runs, and an import's uploads are removed once it ends, whatever its result
   * (the desk uploads again for another try).
   */
  async call<T>(method: string, params: unknown, run: () => Promise<T>): Promise<T> {
    const paths = pathsNamed(method, params);
    try {
      return await this.using(paths, run);
    } finally {
      if (CONSUMES_UPLOADS.has(method))
        for (const path of paths) {
          const folder = this.uploadFolder(path);
          if (folder && !this.inUse.has(path)) rmSync(folder, { recursive: true, force: true });
        }
    }
  }

  /** Removes uploads and exports older than the keeping time; returns how many went. */
  sweep(now = Date.now()): number {
    let removed = 0;
    for (const kind of ['uploads', 'exports']) {
      const folder = join(this.workDir, kind);
      let names: string[];
      try {
        names = readdirSync(folder);
      } catch {
        continue;
      }
      for (const name of names) {
        const path = join(folder, name);
        if (this.busy(path)) continue;
        try {
          if (now - lastChanged(path) < this.keepMs) continue;
          rmSync(path, { recursive: true, force: true });
          removed++;
        } catch {
          // gone meanwhile, or held open where the system will not remove it: next sweep
        }
      }
    }
    return removed;
  }

  /**
   * Whether a running call uses `path`, something inside it (an upload folder's file), or
   * the export it belongs to (a Markdown export's `.folder` beside its zip).
   */
  private busy(path: string): boolean {
    for (const used of this.inUse.keys())
      if (used === path || used.startsWith(`${path}${sep}`) || path.startsWith(`${used}.`))
        return true;
    return false;
  }
}
