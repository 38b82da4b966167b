/// <reference lib="dom" />
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { callService, serveFreshCorpus } from './serve.ts';
import type { Served } from './serve.ts';

/**
 * A keystroke decision is drawn from the Decision the service returned, and only what it
 * touched is asked for again (issue #20, item 4): approving a fact is one request, not a
 * reload of the article's texts, its facts, the list, the progress and the tags.
 * The browser edition's calls are counted as the desk makes them, over HTTP and the call socket.
 */

const TITLE = '青年科学家交流计划扩大规模';
let served: Served;

test.beforeAll(async () => {
  served = await serveFreshCorpus(); // the samples
  await callService(served, 'settings.set', { editor: '林编辑', language: 'en', theme: 'light' });
});

test.afterAll(async () => {
  await served.stop();
});

/**
 * Every service method the page calls, in order: over HTTP (`/api/call/METHOD`) and over
 * the call socket (a JSON message naming its method). Watched from before the page loads,
 * since the socket is opened once, at start.
 */
function watchCalls(page: Page): string[] {
  const calls: string[] = [];
  page.on('request', (request) => {
    const match = /\/api\/call\/([\w.]+)$/.exec(new URL(request.url()).pathname);
    if (match?.[1]) calls.push(match[1]);
  });
  page.on('websocket', (socket) =>
    socket.on('framesent', ({ payload }) => {
      try {
        const { method } = JSON.parse(String(payload)) as { method?: unknown };
        if (typeof method === 'string') calls.push(method);
      } catch {
        calls.push('(not a call)');
      }
    }),
  );
  return calls;
}

/** The calls made from now on: a view of `calls` past its present length. */
function recordCalls(calls: string[]): { made: () => string[] } {
  const from = calls.length;
  return { made: () => calls.slice(from) };
}

/**
 * Long enough for any request a decision sets off to be on its way: the old desk asked
 * for four views the moment the decision's answer came, before drawing anything.
 */
const settle = (page: Page) => page.waitForTimeout(600);

async function openSample(page: Page): Promise<string[]> {
  const calls = watchCalls(page);
  await page.goto(served.url);
  await page
    .getByRole('listbox', { name: 'Corpus' })
    .getByRole('option', { name: new RegExp(TITLE) })
    .click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(TITLE);
  await expect(page.getByTestId('fact').first()).toBeVisible();
  await settle(page);
  // The page really makes its calls where they are watched (else nothing would be counted).
  expect(calls).toContain('articles.get');
  return calls;
}

const listRow = (page: Page) =>
  page.getByRole('listbox', { name: 'Corpus' }).getByRole('option', { name: new RegExp(TITLE) });

const waiting = async (page: Page) =>
  Number(/(\d+) facts? waiting/.exec((await listRow(page).textContent()) ?? '')?.[1] ?? 0);

test('approving a fact by keyboard is one request: its row and the counts come from the answer', async ({
  page,
}) => {
  const all = await openSample(page);
  const before = await waiting(page);
  expect(before).toBeGreaterThan(1);

  await page.keyboard.press('f');
  const first = page.locator('[data-testid="fact"]:focus');
  const factId = await first.getAttribute('data-fact-id');
  expect(await first.getAttribute('data-status')).toBe('pending');
  const calls = recordCalls(all);
  await page.keyboard.press('a');

  const decided = page.locator(`[data-testid="fact"][data-fact-id="${factId}"]`);
  await expect(decided).toHaveAttribute('data-status', 'approved');
  // The article's count in the list, from the same answer.
  await expect.poll(() => waiting(page)).toBe(before - 1);
  await settle(page);
  expect(calls.made()).toEqual(['facts.setStatus']);

  // And it is what the service holds.
  const facts = (await callService(served, 'facts.ofArticle', {
    id: Number(await page.locator('article[data-article-id]').getAttribute('data-article-id')),
  })) as { id: number; status: string }[];
  expect(facts.find((f) => f.id === Number(factId))?.status).toBe('approved');
});

test('reverting a hunk by keyboard reloads the texts and facts it moved, not the list or tags', async ({
  page,
}) => {
  const all = await openSample(page);
  const raw = page.getByTestId('raw-text');
  let editId: string | undefined;
  for (let i = 0; i < 12 && !editId; i++) {
    await page.keyboard.press('.');
    editId = await page.evaluate(() => {
      const focused = document.activeElement as HTMLElement | null;
      return focused?.dataset['state'] === 'applied' ? focused.dataset['editId'] : undefined;
    });
  }
  expect(editId).toBeDefined();
  const calls = recordCalls(all);
  await page.keyboard.press('r');
  await expect(raw.locator(`mark[data-edit-id="${editId}"]`)).toHaveAttribute(
    'data-state',
    'reverted',
  );
  await settle(page);
  expect(calls.made().sort()).toEqual(['articles.get', 'edits.setState', 'facts.ofArticle']);
});

test('rejecting the article by keyboard patches its status; only the progress is asked again', async ({
  page,
}) => {
  const calls = recordCalls(await openSample(page));
  await page.keyboard.press('Alt+r');
  await expect(page.getByTestId('article-status')).toHaveText('rejected');
  await expect(listRow(page)).toContainText('rejected');
  await settle(page);
  expect(calls.made().sort()).toEqual(['articles.setStatus', 'corpus.stats']);
});
