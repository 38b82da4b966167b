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

test('tags are created, renamed, recoloured and merged, and the list filters by them', async ({
  page,
}) => {
  await page.goto(served.url);
  await expect(page.getByRole('listbox').getByRole('option')).toHaveCount(8);

  // Tag two facts of one article from the keyboard, under two different names.
  await page.getByRole('option', { name: /中国与东盟联合实验室网络正式启动/ }).click();
  await expect(page.getByTestId('fact').first()).toBeVisible();
  // F works from the list too: it goes to the first fact waiting.
  await page.keyboard.press('f');
  await expect(page.getByTestId('fact').first()).toBeFocused();
  await page.keyboard.press('t');
  await expect(page.getByLabel(/Tag name/)).toBeFocused();
  await expect(page.getByRole('dialog', { name: 'Who is reviewing?' })).toHaveCount(0);
  await page.keyboard.type('待核实');
  await page.keyboard.press('Enter');
  await page.getByRole('dialog', { name: 'Who is reviewing?' }).getByRole('textbox').fill('王编辑');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('fact').first().getByTestId('fact-tag')).toHaveText('待核实');
  await page.getByTestId('fact').nth(1).focus();
  await page.keyboard.press('t');
  await page.keyboard.type('to verify');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('fact').nth(1).getByTestId('fact-tag')).toHaveText('to verify');

  // The tag manager: rename, recolour, merge.
  await page.getByRole('button', { name: 'Tags' }).click();
  const manager = page.getByRole('dialog', { name: 'Tags' });
  await expect(manager.getByTestId('tag-row')).toHaveCount(2);
  const rename = manager.getByLabel('Name: to verify');
  await rename.fill('unverified');
  await rename.press('Enter');
  await expect(manager.getByLabel('Name: unverified')).toBeVisible();
  await manager.getByLabel('Colour: unverified').fill('#aa3300');
  await expect(manager.getByLabel('Colour: unverified')).toHaveValue('#aa3300');
  await manager.getByLabel('Merge into… 待核实').selectOption({ label: 'unverified' });
  await expect(manager.getByTestId('tag-row')).toHaveCount(1);
  await page.keyboard.press('Escape');

  // Both facts now carry the surviving tag.
  await expect(page.getByTestId('fact').first().getByTestId('fact-tag')).toHaveText('unverified');
  await expect(page.getByTestId('fact').nth(1).getByTestId('fact-tag')).toHaveText('unverified');

  // Facts selected with X and approved together with Shift+A.
  await page.getByTestId('fact').nth(2).focus();
  await page.keyboard.press('x');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('x');
  await expect(page.getByText('2 selected')).toBeVisible();
  await page.keyboard.press('Shift+A');
  await expect(page.getByTestId('fact').nth(2)).toHaveAttribute('data-status', 'approved');
  await expect(page.getByTestId('fact').nth(3)).toHaveAttribute('data-status', 'approved');

  // The status filter narrows the list; the pending-facts filter too.
  await page.keyboard.press('Alt+a');
  // Facts are still waiting: approving asks first (#22).
  await page
    .getByRole('dialog', { name: 'Approve this article?' })
    .getByRole('button', { name: 'Approve, leave them as they are' })
    .click();
  await page.getByLabel('Status').selectOption('approved');
  await expect(page.getByRole('listbox').getByRole('option')).toHaveCount(1);
  await page.getByLabel('Status').selectOption('');
  await expect(page.getByRole('listbox').getByRole('option')).toHaveCount(8);
});
