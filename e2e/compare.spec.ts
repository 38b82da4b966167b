import { expect, test } from '@playwright/test';
import { serveFreshCorpus } from './serve.ts';
import type { Served } from './serve.ts';

let served: Served;

// Two near-duplicate reports, written for this test: the second reprints the first with changes.
test.beforeAll(async () => {
  served = await serveFreshCorpus({
    'a.txt':
      '海洋论坛在青岛开幕\n\n来自30多个国家的500名代表参加论坛。本届论坛共签署合作协议12项。\n',
    'b.txt':
      '海洋论坛在厦门开幕\n\n来自30多个国家的600名代表参加论坛。本届论坛共签署合作协议12项。\n',
  });
});

test.afterAll(async () => {
  await served.stop();
});

test('a near-duplicate is compared character by character, and a re-clean shows what changed', async ({
  page,
}) => {
  await page.goto(served.url);
  await page.getByRole('option', { name: /青岛/ }).click();
  await page.getByText('Compare with article…').click();
  const otherId = await page.getByRole('option', { name: /厦门/ }).getAttribute('data-article-id');
  await page.getByLabel('Article number to compare with').fill(otherId ?? '');
  await page.getByLabel('Article number to compare with').press('Enter');
  const comparison = page.getByTestId('comparison');
  await expect(comparison).toContainText('Compared character by character');
  await expect(comparison.locator('del')).toContainText(['青岛', '5']);
  await expect(comparison.locator('ins')).toContainText(['厦门', '6']);

  await page.getByRole('button', { name: 'Re-clean' }).click();
  await expect(page.getByTestId('recleaned')).toContainText('Pipeline version');
  await expect(page.getByTestId('recleaned')).toContainText('The cleaned text did not change.');
});
