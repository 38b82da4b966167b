/**
 * Entry of the utility process: hosts the same service the CLI and the browser edition
 * use, answering requests that arrive on MessagePorts from windows.
 */
import type {} from 'electron';
import { openService } from '@winnow/service';
import type { WinnowService } from '@winnow/service';
import type { ServiceHostConfig } from './serviceProcess.ts';

type HostMessage = { type: 'configure'; config: ServiceHostConfig } | { type: 'connect' };
type Request = { id: number; method: string; params: unknown };

let service: WinnowService | null = null;

function serve(port: Electron.MessagePortMain): void {
  port.on('message', (event) => {
    const request = event.data as Request;
    if (!service || typeof request?.id !== 'number' || typeof request.method !== 'string') return;
    void service
      .callByName(request.method, request.params, {
        onProgress: (progress) => port.postMessage({ id: request.id, progress }),
      })
      .then((result) => port.postMessage({ id: request.id, result }));
  });
  port.start();
}

process.parentPort.on('message', (event) => {
  const message = event.data as HostMessage;
  if (message.type === 'configure') {
    service = openService({ dbPath: message.config.dbPath, samplesDir: message.config.samplesDir });
  } else if (message.type === 'connect') {
    const port = event.ports[0];
    if (port) serve(port);
  }
});

process.on('exit', () => service?.close());
