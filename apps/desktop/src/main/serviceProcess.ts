import { MessageChannelMain, utilityProcess } from 'electron';
import type { UtilityProcess, WebContents } from 'electron';
import { join } from 'node:path';
import { rendererUrl } from './window.ts';

export type ServiceHostConfig = { dbPath: string; samplesDir: string };

/**
 * Runs the service in a utility process so SQLite work never blocks the main process,
 * and gives each window its own MessagePort straight to it: main relays nothing.
 */
export function startServiceProcess(config: ServiceHostConfig): UtilityProcess {
  const child = utilityProcess.fork(join(import.meta.dirname, 'serviceHost.js'), [], {
    serviceName: 'Winnow service',
  });
  child.postMessage({ type: 'configure', config });
  return child;
}

/**
 * The port to the service is the only way into the corpus, so it goes only to a window
 * showing Winnow's own page, never to whatever a web contents happens to display.
 */
export function connectWindow(child: UtilityProcess, contents: WebContents): boolean {
  if (contents.getURL() !== rendererUrl) return false;
  const { port1, port2 } = new MessageChannelMain();
  child.postMessage({ type: 'connect' }, [port1]);
  contents.postMessage('winnow:port', null, [port2]);
  return true;
}
