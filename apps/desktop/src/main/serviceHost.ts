/**
 * Entry of the utility process: hosts the same service the CLI and the browser edition
 * use, answering requests that arrive on MessagePorts from windows.
 */
import type {} from 'electron';
import { openService } from '@winnow/service';
import type { WinnowService } from '@winnow/service';
import { answerRequests } from './answerRequests.ts';
import type { ServiceHostConfig } from './serviceProcess.ts';

type HostMessage = { type: 'configure'; config: ServiceHostConfig } | { type: 'connect' };

let service: WinnowService | null = null;

process.parentPort.on('message', (event) => {
  const message = event.data as HostMessage;
  if (message.type === 'configure') {
    service = openService({
      dbPath: message.config.dbPath,
      samplesDir: message.config.samplesDir,
      // Exports find every article's share of a bundle ready (where a thread can run).
      keepBundleFragments: true,
    });
  } else if (message.type === 'connect') {
    const port = event.ports[0];
    if (port) answerRequests(port, () => service);
  }
});

process.on('exit', () => service?.close());
