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

const PORT =
  '海滨港口吞吐量创新高\n来源：海滨日报\n\n' +
  '海滨市港口今年前十个月完成货物吞吐量3.2亿吨，同比增长8%。\n' +
  '港务局表示，全年有望突破4亿吨，新开通航线15条。\n';

test('an edit made on text another editor changed since is refused, and the editor keeps their typing', async ({
  page,
}) => {
  const own = await serveFreshCorpus({ 'port.txt': PORT }, { samples: false });
  try {
    await otherDesk(own.url, 'settings.set', { editor: '林编辑', language: 'en' });
    const found = (await otherDesk(own.url, 'articles.list', {})) as {
      value: { articles: { id: number }[] };
    };
    const id = found.value.articles[0]!.id;
    const cleanedNow = async () =>
      (
        (await otherDesk(own.url, 'articles.get', { id, facts: false })) as {
          value: { cleaned: string };
        }
      ).value.cleaned;
    /** 梅编辑, at another desk, removes `text` from the article as it is now. */
    const theyRemove = async (text: string) => {
      const start = (await cleanedNow()).indexOf(text);
      const theirs = await otherDesk(own.url, 'articles.removeText', {
        id,
        pane: 'cleaned',
        start,
        end: start + text.length,
        editor: '梅编辑',
      });
      expect(theirs.ok).toBe(true);
    };
    await page.goto(own.url);
    await page.locator('.article-list li').first().click();
    const cleaned = page.getByTestId('cleaned-text');
    await expect(cleaned).toContainText('3.2亿吨');

    // Lin types an addition while 梅编辑 removes the port authority's line.
    await page.keyboard.press('e');
    const editor = page.getByTestId('cleaned-editor');
    await expect(editor).toBeFocused();
    await page.keyboard.press('Control+End');
    await page.keyboard.type('林的补充。');
    await theyRemove('港务局表示，全年有望突破4亿吨，新开通航线15条。\n');
    await page.keyboard.press('Control+Enter');
    await expect(page.getByTestId('status-line')).toContainText(
      'changed since your desk showed it',
    );
    // Nothing of hers is lost: the editor is still open with what she typed…
    await expect(editor).toBeVisible();
    await expect(editor).toHaveValue(/林的补充。/);
    expect(await cleanedNow()).not.toContain('港务局');
    // …and saved again, on the text as it is now, it goes in.
    await editor.press('Control+Enter');
    await expect(editor).toHaveCount(0);
    await expect(cleaned).toContainText('林的补充。');

    // A selection made before 梅编辑 removed text above it is not applied elsewhere.
    await cleaned.evaluate((element, wanted) => {
      const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = node.textContent?.indexOf(wanted) ?? -1;
        if (at < 0) continue;
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + wanted.length);
        window.getSelection()?.removeAllRanges();
        window.getSelection()?.addRange(range);
        element.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
        return;
      }
      throw new Error(`"${wanted}" is not in one text node`);
    }, '3.2亿吨');
    const menu = page.getByTestId('selection-menu');
    await expect(menu).toBeVisible();
    await theyRemove('海滨市港口');
    await menu.getByRole('button', { name: 'Remove as spam' }).click();
    await expect(page.getByTestId('status-line')).toContainText(
      'changed since your desk showed it',
    );
    expect(await cleanedNow()).toContain('3.2亿吨');
  } finally {
    await own.stop();
  }
});
