#!/usr/bin/env node
import { DatabaseFromFutureError } from '@winnow/service';
import { bundleCommand, bundleHelp } from './commands/bundleCommand.ts';
import { cleanCommand, cleanHelp } from './commands/cleanCommand.ts';
import { doctorCommand, doctorHelp } from './commands/doctorCommand.ts';
import { exportCommand, exportHelp } from './commands/exportCommand.ts';
import { importCommand, importHelp } from './commands/importCommand.ts';
import { recleanCommand, recleanHelp } from './commands/recleanCommand.ts';
import { serveCommand, serveHelp } from './commands/serveCommand.ts';
import { spamCommand, spamHelp } from './commands/spamCommand.ts';
import { NO_CORPUS_EXIT, NoCorpusError, UsageError } from './output.ts';

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
Exit codes: 0 done, 1 failed, 2 bad arguments, 3 corpus from a newer Winnow,
${NO_CORPUS_EXIT} no corpus at the --db path (commands that only read one), 130 cancelled.`;

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
      process.exitCode = NO_CORPUS_EXIT;
    } else if (error instanceof DatabaseFromFutureError) {
      process.stderr.write(`winnow: ${error.message}\n`);
      process.exitCode = 3;
    } else {
      process.stderr.write(
        `winnow: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
      );
      process.exitCode = 1;
    }
  },
);
