import { expect, test } from '@playwright/test';
import { serveFreshCorpus } from './serve.ts';
import type { Served } from './serve.ts';

const TITLE = '青年科学家交流计划扩大规模';
let served: Served | null = null;

test.afterAll(async () => {
  await served?.stop();
});

/** Another editor's desk, talking to the same server as the page does. */
async function otherDesk(url: string, method: string, params: unknown) {
  const { origin, searchParams } = new URL(url);
  const response = await fetch(`${origin}/api/call/${method}`, {
    method: 'POST',
    headers: {
      authorization: `Bearer ${searchParams.get('token')}`,
      'content-type': 'application/json',
    },
    body: JSON.stringify(params),
  });
  return (await response.json()) as { ok: boolean; value: unknown };
}

test('when another editor decided first, the desk refuses to overwrite it, says so, and shows theirs', async ({
  page,
}) => {
  served = await serveFreshCorpus();
  await page.goto(served.url);
  await page
    .getByRole('listbox', { name: 'Corpus' })
    .getByRole('option', { name: new RegExp(TITLE) })
    .click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(TITLE);
  await expect(page.getByTestId('article-status')).toHaveText('pending');

  // Meanwhile, at another desk, 梅编辑 approves the same article.
  const found = (await otherDesk(served.url, 'articles.list', { query: TITLE })) as {
    value: { articles: { id: number }[] };
  };
  const id = found.value.articles[0]!.id;
  const theirs = await otherDesk(served.url, 'articles.setStatus', {
    id,
    status: 'approved',
    seen: 'pending',
    editor: '梅编辑',
  });
  expect(theirs.ok).toBe(true);

  // This desk still shows pending; rejecting it now is refused, and theirs appears.
  await page.keyboard.press('Alt+r');
  await expect(page.getByRole('dialog', { name: 'Who is reviewing?' })).toBeVisible();
  await page.keyboard.type('林编辑');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('status-line')).toContainText('梅编辑 made the status');
  await expect(page.getByTestId('article-status')).toHaveText('approved');
});
