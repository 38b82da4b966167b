import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync } from 'node:fs';
import { isIP } from 'node:net';
import { hostname, networkInterfaces } from 'node:os';
import { dirname } from 'node:path';
import { parseArgs } from 'node:util';
import type { Server } from 'node:http';
import { openService, removeWorkFolders } from '@winnow/service';
import type { Logger } from '@winnow/service';
import { createHttpServer } from '../http/server.ts';
import { UsageError } from '../output.ts';
import { rendererDir, samplesDir, userPath } from '../paths.ts';

export const serveHelp = `winnow serve --db FILE [--port N] [--host ADDRESS] [--no-samples]

Serves the browser edition of Winnow on http://127.0.0.1 with a per-start token in
the printed URL. Where FILE does not exist a new corpus is started (it says so), with the
sample articles unless --no-samples. --host binds
another address (for example 0.0.0.0 to share a corpus on a LAN): anyone who can reach
it and has the URL can read and change the corpus, so Winnow warns when you do.`;

export const DEFAULT_PORT = 4780;

const stderrLogger: Logger = {
  info: (m) => process.stderr.write(`${m}\n`),
  warn: (m) => process.stderr.write(`warning: ${m}\n`),
  error: (m) => process.stderr.write(`error: ${m}\n`),
};

const LOOPBACK = '127.0.0.1';

/** The names a client on the network may use for this machine when bound to `host`. */
function hostNames(host: string): string[] {
  if (host === LOOPBACK) return [];
  if (host !== '0.0.0.0' && host !== '::') return [host.includes(':') ? `[${host}]` : host];
  const names = [hostname()];
  for (const addresses of Object.values(networkInterfaces())) {
    for (const address of addresses ?? [])
      names.push(address.family === 'IPv6' ? `[${address.address}]` : address.address);
  }
  return names;
}

function listen(server: Server, port: number, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      const address = server.address();
      resolve(address && typeof address === 'object' ? address.port : port);
    });
  });
}

export async function serve(
  dbPath: string,
  options: { port: number | null; samples: boolean; host?: string },
): Promise<void> {
  const host = options.host ?? LOOPBACK;
  if (!existsSync(rendererDir)) {
    throw new UsageError(
      `the renderer is not built (${rendererDir} is missing): run "pnpm build:ui" first.`,
    );
  }
  // A first start makes the corpus; said out loud, so a mistyped --db is noticed.
  if (!existsSync(dbPath)) process.stderr.write(`No corpus at ${dbPath}: starting a new one.\n`);
  mkdirSync(dirname(dbPath), { recursive: true });
  const service = openService({
    dbPath,
    samplesDir: options.samples ? samplesDir : null,
    logger: stderrLogger,
    // The desk: exports find every article's share of a bundle ready.
    keepBundleFragments: true,
  });
  const token = randomBytes(24).toString('base64url');
  const server = createHttpServer({
    service,
    staticDir: rendererDir,
    token,
    extraHostNames: hostNames(host),
  });
  let port: number;
  try {
    port = await listen(server, options.port ?? DEFAULT_PORT, host);
  } catch (error) {
    // The default port is a convenience: when it is taken, any free port will do.
    if (options.port !== null || (error as NodeJS.ErrnoException).code !== 'EADDRINUSE')
      throw error;
    port = await listen(server, 0, host);
  }
  if (host !== LOOPBACK) {
    process.stderr.write(
      `warning: Winnow is listening on ${host}, not only on this machine: anyone who can reach it and has the token can read and change ${dbPath}.\n`,
    );
  }
  // Bound to every interface, loopback works too; bound to one address, only that one.
  const everywhere = host === '0.0.0.0' || host === '::';
  const urlHost = everywhere ? LOOPBACK : host.includes(':') ? `[${host}]` : host;
  process.stdout.write(
    `Winnow is serving ${dbPath}\nOpen http://${urlHost}:${port}/?token=${token}\n`,
  );
  const stop = () => {
    server.close();
    // The server's 'close' waits for open connections; exiting now would skip its cleanup.
    removeWorkFolders();
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
      host: { type: 'string' },
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
  if (values.host !== undefined && isIP(values.host) === 0) {
    throw new UsageError(`--host must be an IP address such as 0.0.0.0, not "${values.host}".`);
  }
  await serve(userPath(values.db), {
    port,
    samples: !values['no-samples'],
    host: values.host ?? LOOPBACK,
  });
  return -1; // keeps running until stopped
}
