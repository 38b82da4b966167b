import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { parseArgs } from 'node:util';
import type { Server } from 'node:http';
import { openService } from '@winnow/service';
import type { Logger } from '@winnow/service';
import { createHttpServer } from '../http/server.ts';
import { UsageError } from '../output.ts';
import { rendererDir, samplesDir, userPath } from '../paths.ts';

export const serveHelp = `winnow serve --db FILE [--port N] [--no-samples]

Serves the browser edition of Winnow on http://127.0.0.1 with a per-start token in
the printed URL. A new, empty corpus starts with the sample articles.`;

export const DEFAULT_PORT = 4780;

const stderrLogger: Logger = {
  info: (m) => process.stderr.write(`${m}\n`),
  warn: (m) => process.stderr.write(`warning: ${m}\n`),
  error: (m) => process.stderr.write(`error: ${m}\n`),
};

function listen(server: Server, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      server.off('error', reject);
      const address = server.address();
      resolve(address && typeof address === 'object' ? address.port : port);
    });
  });
}

export async function serve(
  dbPath: string,
  options: { port: number | null; samples: boolean },
): Promise<void> {
  if (!existsSync(rendererDir)) {
    throw new UsageError(
      `the renderer is not built (${rendererDir} is missing): run "pnpm build:ui" first.`,
    );
  }
  mkdirSync(dirname(dbPath), { recursive: true });
  const service = openService({
    dbPath,
    samplesDir: options.samples ? samplesDir : null,
    logger: stderrLogger,
  });
  const token = randomBytes(24).toString('base64url');
  const server = createHttpServer({ service, staticDir: rendererDir, token });
  let port: number;
  try {
    port = await listen(server, options.port ?? DEFAULT_PORT);
  } catch (error) {
    // The default port is a convenience: when it is taken, any free port will do.
    if (options.port !== null || (error as NodeJS.ErrnoException).code !== 'EADDRINUSE')
      throw error;
    port = await listen(server, 0);
  }
  process.stdout.write(
    `Winnow is serving ${dbPath}\nOpen http://127.0.0.1:${port}/?token=${token}\n`,
  );
  const stop = () => {
    server.close();
    service.close();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

export async function serveCommand(args: string[]): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      db: { type: 'string' },
      port: { type: 'string' },
      'no-samples': { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    process.stdout.write(`${serveHelp}\n`);
    return 0;
  }
  if (!values.db) throw new UsageError('serve needs --db FILE (the corpus to serve).');
  let port: number | null = null;
  if (values.port !== undefined) {
    port = Number(values.port);
    if (!Number.isInteger(port) || port < 0 || port > 65535) {
      throw new UsageError(`--port must be a number from 0 to 65535, not "${values.port}".`);
    }
  }
  await serve(userPath(values.db), { port, samples: !values['no-samples'] });
  return -1; // keeps running until stopped
}
