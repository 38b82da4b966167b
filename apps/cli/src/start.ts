/**
 * `pnpm start`: the desktop app where Electron can run; otherwise (no Electron binary, as
 * on machines without network access, or no display) the browser edition on the same
 * default corpus, with one line saying why.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { serve } from './commands/serveCommand.ts';
import { defaultCorpusPath, repoRoot } from './paths.ts';

const desktopDir = join(repoRoot, 'apps', 'desktop');

function electronBinary(): string | null {
  const electronDir = join(desktopDir, 'node_modules', 'electron');
  const pathFile = join(electronDir, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const binary = join(electronDir, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary) ? binary : null;
}

function hasDisplay(): boolean {
  if (process.platform !== 'linux') return true;
  return Boolean(process.env['DISPLAY'] || process.env['WAYLAND_DISPLAY']);
}

const binary = electronBinary();
if (binary && hasDisplay()) {
  const child = spawn(binary, [desktopDir], { stdio: 'inherit' });
  child.on('exit', (code) => process.exit(code ?? 0));
} else {
  const why = binary ? 'there is no display' : 'the Electron binary is not installed';
  process.stderr.write(
    `Winnow desktop cannot start here (${why}); serving the browser edition instead.\n`,
  );
  serve(defaultCorpusPath(), { port: null, samples: true }).catch((error: unknown) => {
    process.stderr.write(`winnow: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  });
}
