import type { Page } from '@playwright/test';

/**
 * The service's answers on the desk's call socket, held back while `holding` is set (a
 * text or a list made to come late) and let through by `release`.
 */
export async function holdAnswers(page: Page) {
  const gate = {
    holding: false,
    held: [] as (() => void)[],
    release() {
      gate.holding = false;
      for (const send of gate.held.splice(0)) send();
    },
  };
  await page.routeWebSocket(/\/api\/socket$/, (socket) => {
    const server = socket.connectToServer();
    server.onMessage((message) => {
      if (gate.holding) gate.held.push(() => socket.send(message));
      else socket.send(message);
    });
  });
  return gate;
}
