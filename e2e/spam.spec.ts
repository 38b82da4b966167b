import { expect, test } from '@playwright/test';
import { serveFreshCorpus } from './serve.ts';
import type { Served } from './serve.ts';

let served: Served;

test.beforeAll(async () => {
  served = await serveFreshCorpus({
    'port.txt':
      '港口扩建工程启动\n\n新码头将于明年投入使用，年吞吐能力增加300万标箱。免费领取优惠券\n',
  });
});

test.afterAll(async () => {
  await served.stop();
});

test('an editor adds a spam phrase, and re-cleaning an article removes it as an explained edit', async ({
  page,
}) => {
  await page.goto(served.url);
  await page.getByRole('option', { name: /港口扩建工程启动/ }).click();
  await expect(page.getByTestId('cleaned-text')).toContainText('免费领取优惠券');

  await page.getByRole('button', { name: 'Cleaning' }).click();
  const dialog = page.getByRole('dialog', { name: 'Cleaning' });
  await expect(dialog).toContainText('This is the default list.');
  const phrases = dialog.getByTestId('spam-phrases');
  await expect(phrases).toHaveValue(/包养网/);
  await phrases.press('Control+End');
  await phrases.pressSequentially('\n免费领取优惠券');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toContainText("This is this corpus's own list.");
  await page.keyboard.press('Escape');

  await page.getByRole('button', { name: 'Re-clean' }).click();
  await expect(page.getByTestId('cleaned-text')).not.toContainText('免费领取优惠券');
  const hunk = page.getByTestId('raw-text').locator('mark[data-rule="spam.injected-phrase"]');
  await expect(hunk).toHaveText('免费领取优惠券');
});

test('script conversion is off until turned on, then a re-clean converts as explained edits', async ({
  page,
}) => {
  await page.goto(served.url);
  await page.getByRole('option', { name: /港口扩建工程启动/ }).click();
  await page.getByRole('button', { name: 'Cleaning' }).click();
  const dialog = page.getByRole('dialog', { name: 'Cleaning' });
  await expect(dialog.getByLabel('Script conversion')).toHaveValue('');
  await dialog.getByLabel('Script conversion').selectOption('Hant');
  await expect(page.getByTestId('status-line')).toContainText('Script conversion saved');
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Re-clean' }).click();
  await expect(page.getByTestId('cleaned-text')).toContainText('港口擴建工程啓動');
  await expect(
    page.getByTestId('raw-text').locator('mark[data-rule="convert.script"]').first(),
  ).toBeVisible();
});
