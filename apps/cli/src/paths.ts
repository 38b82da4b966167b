import { homedir } from 'node:os';
import { join, resolve } from 'node:path';

export const repoRoot = resolve(import.meta.dirname, '../../..');
export const samplesDir = join(repoRoot, 'resources', 'samples');
export const rendererDir = join(repoRoot, 'apps', 'desktop', 'out', 'renderer');

/**
 * Paths on the command line are relative to where the editor typed the command; pnpm
 * runs scripts from the workspace root but keeps that directory in INIT_CWD.
 */
export function userPath(path: string): string {
  return resolve(process.env['INIT_CWD'] ?? process.cwd(), path);
}

/** The same folder Electron uses as userData for an app named Winnow, so both editions share a corpus. */
export function defaultCorpusPath(): string {
  const home = homedir();
  const base =
    process.platform === 'win32'
      ? (process.env['APPDATA'] ?? join(home, 'AppData', 'Roaming'))
      : process.platform === 'darwin'
        ? join(home, 'Library', 'Application Support')
        : (process.env['XDG_CONFIG_HOME'] ?? join(home, '.config'));
  return join(base, 'Winnow', 'corpus.sqlite');
}
