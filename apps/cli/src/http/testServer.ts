import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openService } from '@winnow/service';
import type { WinnowService } from '@winnow/service';
import { createHttpServer } from './server.ts';

export type TestServer = {
  dir: string;
  service: WinnowService;
  server: Server;
  port: number;
  stop: () => void;
};

/**
 * For tests: the HTTP transport on a free loopback port over a fresh corpus seeded with the
 * samples, serving a one-page renderer folder from a temporary directory.
 */
export async function startTestServer(
  token: string,
  indexHtml = '<!doctype html>',
): Promise<TestServer> {
  const dir = mkdtempSync(join(tmpdir(), 'winnow-http-'));
  const staticDir = join(dir, 'renderer');
  mkdirSync(staticDir);
  writeFileSync(join(staticDir, 'index.html'), indexHtml);
  const service = openService({
    dbPath: join(dir, 'c.sqlite'),
    samplesDir: join(import.meta.dirname, '../../../../resources/samples'),
  });
  // Tests compare the corpus file before and after: its samples must be in first.
  await service.ready;
  const server = createHttpServer({ service, staticDir, token, workDir: join(dir, 'work') });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    dir,
    service,
    server,
    port,
    stop: () => {
      server.close();
      service.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
