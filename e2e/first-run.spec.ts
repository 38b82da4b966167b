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

test('a fresh corpus lists the samples, opens an article and shows its raw text', async ({
  page,
}, testInfo) => {
  await page.goto(served.url);
  const options = page.getByRole('listbox', { name: 'Corpus' }).getByRole('option');
  await expect(options).toHaveCount(8);
  await expect(page.getByTestId('article-count')).toHaveText('8 articles');
  // The token leaves the address bar once the page has it.
  expect(page.url()).not.toContain('token=');

  // The GBK-encoded sample: its Chinese must arrive intact, its encoding named.
  await page.getByRole('option', { name: /中外合作共享遥感卫星数据/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('中外合作共享遥感卫星数据');
  await expect(page.getByTestId('raw-text')).toContainText(
    '今年以来已向共建国家免费提供遥感卫星数据逾2.6万景',
  );
  await expect(page.locator('.facts-line')).toContainText('GB18030');

  // Keyboard: moving down opens the next article.
  await page.getByRole('option', { name: /中外合作共享遥感卫星数据/ }).focus();
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('青年科学家交流计划扩大规模');
  await expect(page.getByRole('option', { name: /青年科学家交流计划扩大规模/ })).toBeFocused();

  await page.screenshot({ path: testInfo.outputPath('first-run.png'), fullPage: true });
});

test('search narrows the list', async ({ page }) => {
  await page.goto(served.url);
  await expect(page.getByRole('listbox', { name: 'Corpus' }).getByRole('option')).toHaveCount(8);
  await page.getByRole('searchbox', { name: 'Search articles' }).fill('Ocean');
  await expect(page.getByRole('listbox', { name: 'Corpus' }).getByRole('option')).toHaveCount(1);
  await expect(page.getByRole('listbox', { name: 'Corpus' }).getByRole('option')).toContainText(
    'Ocean Science Forum',
  );
});
