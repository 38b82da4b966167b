#!/usr/bin/env node
import { DatabaseFromFutureError, StorageError } from '@winnow/service';
import { bundleCommand, bundleHelp } from './commands/bundleCommand.ts';
import { cleanCommand, cleanHelp } from './commands/cleanCommand.ts';
import { doctorCommand, doctorHelp } from './commands/doctorCommand.ts';
import { exportCommand, exportHelp } from './commands/exportCommand.ts';
import { importCommand, importHelp } from './commands/importCommand.ts';
import { recleanCommand, recleanHelp } from './commands/recleanCommand.ts';
import { serveCommand, serveHelp } from './commands/serveCommand.ts';
import { spamCommand, spamHelp } from './commands/spamCommand.ts';
import { EXIT, exitCodeOfStorage, exitCodesHelp } from './exitCodes.ts';
import { NoCorpusError, UsageError } from './output.ts';

const commands: Record<string, { run: (args: string[]) => Promise<number>; help: string }> = {
  import: { run: importCommand, help: importHelp },
  export: { run: exportCommand, help: exportHelp },
  serve: { run: serveCommand, help: serveHelp },
  doctor: { run: doctorCommand, help: doctorHelp },
  clean: { run: cleanCommand, help: cleanHelp },
  bundle: { run: bundleCommand, help: bundleHelp },
  reclean: { run: recleanCommand, help: recleanHelp },
  spam: { run: spamCommand, help: spamHelp },
};

const usage = `Usage: winnow <command> [options]

Commands:
${Object.values(commands)
  .map((c) => `  ${c.help.split('\n')[0]}`)
  .join('\n')}

Run "winnow <command> --help" for details.

${exitCodesHelp}`;

async function main(argv: string[]): Promise<number> {
  const [name, ...args] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(`${usage}\n`);
    return name === undefined ? 2 : 0;
  }
  const command = commands[name];
  if (!command) throw new UsageError(`unknown command "${name}".\n\n${usage}`);
  return command.run(args);
}

main(process.argv.slice(2)).then(
  (code) => {
    if (code >= 0) process.exitCode = code;
  },
  (error: unknown) => {
    if (
      error instanceof UsageError ||
      (error instanceof Error && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS'))
    ) {
      process.stderr.write(`winnow: ${error.message}\n`);
      process.exitCode = 2;
    } else if (error instanceof NoCorpusError) {
      process.stderr.write(`winnow: ${error.message}\n`);
      process.exitCode = EXIT.noCorpus;
    } else if (error instanceof DatabaseFromFutureError) {
      process.stderr.write(`winnow: ${error.message}\n`);
      process.exitCode = EXIT.newerCorpus;
    } else if (error instanceof StorageError) {
      // The corpus file, not Winnow: one line, no stack trace.
      process.stderr.write(`winnow: ${error.message}\n`);
      process.exitCode = exitCodeOfStorage(error.kind);
    } else {
      process.stderr.write(
        `winnow: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
      );
      process.exitCode = 1;
    }
  },
);
