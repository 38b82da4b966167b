import { expect, test } from '@playwright/test';
import { serveFreshCorpus } from './serve.ts';
import type { Served } from './serve.ts';

let served: Served;

test.beforeAll(async () => {
  served = await serveFreshCorpus();
});

test.afterAll(async () => {
  await served.stop();
});

test('raw and cleaned side by side, every edit a hunk whose reason the keyboard can reach', async ({
  page,
}, testInfo) => {
  await page.goto(served.url);
  await page.getByRole('option', { name: /中国与东盟联合实验室网络正式启动/ }).click();
  const raw = page.getByTestId('raw-text');
  const cleaned = page.getByTestId('cleaned-text');
  await expect(raw).toContainText('启动仪式包养网期间');
  await expect(cleaned).toContainText('启动仪式期间,双方还签署了12份合作文件。');
  await expect(cleaned).not.toContainText('包养网');
  await expect(cleaned).not.toContainText('京ICP备');
  await expect(page.getByTestId('edit-summary')).toContainText('Link-farm phrase');

  const spam = raw.locator('mark[data-rule="spam.injected-phrase"]').last();
  await spam.focus();
  await expect(page.getByTestId('edit-reason')).toContainText('link-farm phrase');
  await expect(raw.locator('mark[data-rule="chrome.page-tail"]')).toHaveCount(1);

  // The article about adopting animals keeps its 包养: no spam edit there.
  await page.getByRole('option', { name: /多地出台流浪动物包养新规/ }).click();
  await expect(page.getByTestId('cleaned-text')).toContainText('以“包养”方式认领');
  await expect(
    page.getByTestId('raw-text').locator('mark[data-rule="spam.injected-phrase"]'),
  ).toHaveCount(0);

  await page.getByRole('option', { name: /中国与东盟联合实验室网络正式启动/ }).click();
  await page.screenshot({ path: testInfo.outputPath('side-by-side.png'), fullPage: true });
});
