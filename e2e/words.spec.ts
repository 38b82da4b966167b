import { expect, test } from '@playwright/test';
import { serveFreshCorpus } from './serve.ts';
import type { Served } from './serve.ts';

/**
 * The undo toast, the history and the rule names speak the editor's language, never the
 * decision log's ids (`edit.state #23 → proposed`).
 */
let served: Served;

test.beforeAll(async () => {
  served = await serveFreshCorpus();
});

test.afterAll(async () => {
  await served.stop();
});

test('undo toasts, history and rules in English and in Chinese', async ({ page }, testInfo) => {
  await page.goto(served.url);
  await page.getByRole('option', { name: /中国与东盟联合实验室网络正式启动/ }).click();
  const status = page.getByTestId('status-line');
  const raw = page.getByTestId('raw-text');

  // Revert the link-farm phrase, naming the editor on the way. It stands in the raw text's
  // seventh paragraph (the headline and the lines above the article count too).
  await raw.locator('mark[data-rule="spam.injected-phrase"]').first().focus();
  await expect(page.getByTestId('edit-reason')).toContainText('Link-farm phrase');
  await page.keyboard.press('r');
  await page.getByRole('dialog', { name: 'Who is reviewing?' }).getByRole('textbox').fill('林编辑');
  await page.keyboard.press('Enter');
  await expect(raw.locator('mark[data-rule="spam.injected-phrase"]').first()).toHaveAttribute(
    'data-state',
    'reverted',
  );
  await page.keyboard.press('Control+z');
  await expect(status).toHaveText(
    'Undone: Reverted the spam removal in paragraph 7 (Link-farm phrase)',
  );
  await page.keyboard.press('Control+Shift+z');
  await expect(status).toHaveText(
    'Redone: Reverted the spam removal in paragraph 7 (Link-farm phrase)',
  );

  // Approve three facts at once, then undo: the toast counts them.
  await page.getByTestId('fact').first().focus();
  for (let i = 0; i < 3; i++) {
    await page.keyboard.press('x');
    await page.keyboard.press('j');
  }
  await page.keyboard.press('Shift+A');
  await expect(page.getByTestId('fact').nth(2)).toHaveAttribute('data-status', 'approved');
  await page.locator('#article-title').click();
  await page.keyboard.press('Control+z');
  await expect(status).toHaveText('Undone: Approved 3 facts');

  await page.getByTestId('history').locator('summary').click();
  const entries = page.getByTestId('history-entry');
  await expect(entries.first()).toContainText('林编辑 Undid: Approved 3 facts');
  await expect(page.getByTestId('history')).toContainText(
    'Reverted the spam removal in paragraph 7 (Link-farm phrase)',
  );
  await expect(page.getByTestId('history')).not.toContainText('#');

  // The same in Chinese.
  await page.getByRole('button', { name: 'Switch the interface to Chinese' }).click();
  await expect(page.getByTestId('history').locator('summary')).toContainText('操作记录');
  await expect(entries.first()).toContainText('林编辑 撤销：通过了 3 条事实');
  await expect(page.getByTestId('history')).toContainText(
    '撤回了第 7 段的垃圾内容删除（链接农场短语）',
  );
  await expect(page.getByTestId('edit-summary')).toContainText('链接农场短语');
  await raw.locator('mark[data-rule="spam.injected-phrase"]').first().focus();
  await expect(page.getByTestId('edit-reason')).toContainText('是链接农场插入文中的短语');
  await page.locator('#article-title').click();
  await page.keyboard.press('Control+z');
  await expect(status).toHaveText('已撤销：撤回了第 7 段的垃圾内容删除（链接农场短语）');
  await page.screenshot({ path: testInfo.outputPath('words-zh.png'), fullPage: true });
  await page.getByRole('button', { name: '切换到英文界面' }).click();
});
