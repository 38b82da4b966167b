import { mkdtempSync, rmSync } from 'node:fs';

/**
 * Work folders this process has made and not yet removed (an export's partial files, the
 * browser edition's uploads). A process stopped by a signal never reaches the `finally`
 * that would remove them, so the command line removes whatever is left here before it
 * exits (`removeWorkFolders`).
 */
const live = new Set<string>();

/** A new folder named from `prefix` (as `mkdtemp`), remembered until released. */
export function makeWorkFolder(prefix: string): string {
  const path = mkdtempSync(prefix);
  live.add(path);
  return path;
}

/** Remembers a folder made elsewhere, so a signal removes it too. */
export function trackWorkFolder(path: string): void {
  live.add(path);
}

/** Removes the folder (if still there) and forgets it. */
export function releaseWorkFolder(path: string): void {
  rmSync(path, { recursive: true, force: true });
  live.delete(path);
}

/** Removes every work folder still live: called on SIGTERM/SIGINT, before exiting. */
export function removeWorkFolders(): void {
  for (const path of live) {
    try {
      releaseWorkFolder(path);
    } catch {
      // Exiting anyway: one folder that cannot be removed must not keep the others.
    }
  }
}
