import { expect, test } from '@playwright/test';
import { injectedCorpus } from '../packages/service/src/testing/injectedCorpus.ts';
import { serveFreshCorpus } from './serve.ts';
import type { Served } from './serve.ts';

let served: Served;

test.beforeAll(async () => {
  served = await serveFreshCorpus(injectedCorpus('免费领红包'));
});

test.afterAll(async () => {
  await served.stop();
});

test('the Cleaning dialog finds a phrase pasted across articles; added and saved, a re-clean removes it', async ({
  page,
}) => {
  await page.goto(served.url);
  await page.getByRole('option', { name: /第0期科技简讯/ }).click();
  await expect(page.getByTestId('cleaned-text')).toContainText('免费领红包');

  await page.getByRole('button', { name: 'Cleaning' }).click();
  const dialog = page.getByRole('dialog', { name: 'Cleaning' });
  await dialog.getByRole('button', { name: 'Find recurring phrases' }).click();
  await expect(dialog.getByRole('status')).toContainText('1 found in the newest 40 articles');
  const found = dialog.getByTestId('spam-suggestions').getByRole('listitem');
  await expect(found).toHaveCount(1);
  await expect(found).toContainText('免费领红包');
  await expect(found).toContainText('20 articles');
  await found.getByRole('button', { name: 'Add' }).click();
  await expect(found.getByRole('button', { name: 'Added' })).toBeDisabled();
  await expect(dialog.getByTestId('spam-phrases')).toHaveValue(/\n免费领红包$/);
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toContainText("This is this corpus's own list.");
  await page.keyboard.press('Escape');

  await page.getByRole('button', { name: 'Re-clean' }).click();
  await expect(page.getByTestId('cleaned-text')).not.toContainText('免费领红包');
  await expect(
    page.getByTestId('raw-text').locator('mark[data-rule="spam.injected-phrase"]'),
  ).toHaveText('免费领红包');
});
