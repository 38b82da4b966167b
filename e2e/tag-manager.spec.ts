import { expect, test } from '@playwright/test';
import { holdAnswers } from './holdAnswers.ts';
import { serveFreshCorpus } from './serve.ts';
import type { Served } from './serve.ts';

/**
 * The tag manager counts what carries each tag, deletes a tag (one undo brings it back on
 * everything), labels its colour column, and chips show each tag's colour.
 */
let served: Served;

test.beforeAll(async () => {
  served = await serveFreshCorpus();
});

test.afterAll(async () => {
  await served.stop();
});

test('counts, coloured chips, delete and undo', async ({ page }, testInfo) => {
  const gate = await holdAnswers(page);
  await page.goto(served.url);
  await page.getByRole('option', { name: /中国与东盟联合实验室网络正式启动/ }).click();
  await expect(page.getByTestId('fact').first()).toBeVisible();
  // Tag two facts 待核实 from the keyboard. The second time the picker's list of tags is
  // made to come late: Enter pressed before it arrives must still find the tag just made,
  // not try to make it again ("A tag named … already exists", a CI failure).
  for (const index of [0, 1]) {
    await page.getByTestId('fact').nth(index).focus();
    gate.holding = index === 1;
    await page.keyboard.press('t');
    await expect(page.getByLabel(/Tag name/)).toBeFocused();
    await page.keyboard.type('待核实');
    await page.keyboard.press('Enter');
    if (index === 1) {
      // The list was asked for and held (the test holds what it means to), then comes.
      await expect.poll(() => gate.held.length).toBeGreaterThan(0);
      gate.release();
    }
    if (index === 0) {
      await page
        .getByRole('dialog', { name: 'Who is reviewing?' })
        .getByRole('textbox')
        .fill('王编辑');
      await page.keyboard.press('Enter');
    }
    await expect(page.getByTestId('fact').nth(index).getByTestId('fact-tag')).toHaveText('待核实');
  }
  await expect(page.getByRole('alert')).toHaveCount(0);

  await page.getByRole('button', { name: 'Tags' }).click();
  const manager = page.getByRole('dialog', { name: 'Tags' });
  await expect(manager.getByRole('columnheader', { name: 'Colour' })).toBeVisible();
  await expect(manager.getByTestId('tag-usage')).toHaveText('0 articles, 2 facts');
  await manager.getByLabel('Colour: 待核实').fill('#aa3300');
  await page.screenshot({ path: testInfo.outputPath('tag-manager.png') });
  await page.keyboard.press('Escape');
  // The chip on the fact wears the tag's colour.
  const chip = page.getByTestId('fact').first().getByTestId('fact-tag');
  await expect(chip).toHaveCSS('border-top-color', 'rgb(170, 51, 0)');

  // Delete it, and the undo right in the manager brings it back with its colour and uses.
  await page.getByRole('button', { name: 'Tags' }).click();
  await manager.getByRole('button', { name: 'Delete the tag 待核实' }).click();
  await expect(manager.getByTestId('tag-deleted')).toContainText('Deleted the tag “待核实”.');
  await expect(manager.getByTestId('tag-row')).toHaveCount(0);
  await manager.getByRole('button', { name: 'Undo' }).click();
  await expect(manager.getByTestId('tag-row')).toHaveCount(1);
  await expect(manager.getByTestId('tag-usage')).toHaveText('0 articles, 2 facts');
  await expect(manager.getByLabel('Colour: 待核实')).toHaveValue('#aa3300');
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('fact-tag')).toHaveCount(2);

  // Deleted again, it leaves both facts; Ctrl+Z names what it undid and puts it back.
  await page.getByRole('button', { name: 'Tags' }).click();
  await manager.getByRole('button', { name: 'Delete the tag 待核实' }).click();
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('fact-tag')).toHaveCount(0);
  await page.locator('#article-title').click();
  await page.keyboard.press('Control+z');
  await expect(page.getByTestId('status-line')).toHaveText('Undone: Deleted a tag: “待核实”');
  await expect(page.getByTestId('fact-tag')).toHaveCount(2);
});

test('dragging through colours in the picker is one recolouring: one Ctrl+Z gives the old colour', async ({
  page,
}) => {
  // The tag the test above left on two facts, coloured #aa3300.
  await page.goto(served.url);
  await page.getByRole('option', { name: /中国与东盟联合实验室网络正式启动/ }).click();
  const chip = page.getByTestId('fact').first().getByTestId('fact-tag');
  await expect(chip).toHaveCSS('border-top-color', 'rgb(170, 51, 0)');
  await page.getByRole('button', { name: 'Tags' }).click();
  const manager = page.getByRole('dialog', { name: 'Tags' });
  const picker = manager.getByLabel('Colour: 待核实');
  // What the system's picker sends while the editor drags: an input event at every colour
  // passed over, one change when it closes.
  await picker.evaluate((element: HTMLInputElement) => {
    for (const colour of ['#101010', '#202020', '#334455']) {
      element.value = colour;
      element.dispatchEvent(new Event('input', { bubbles: true }));
    }
    element.dispatchEvent(new Event('change', { bubbles: true }));
  });
  await expect(manager.getByLabel('Colour: 待核实')).toHaveValue('#334455');
  await page.keyboard.press('Escape');
  await expect(chip).toHaveCSS('border-top-color', 'rgb(51, 68, 85)');
  await page.locator('#article-title').click();
  await page.keyboard.press('Control+z');
  await expect(page.getByTestId('status-line')).toContainText('Undone');
  await expect(chip).toHaveCSS('border-top-color', 'rgb(170, 51, 0)');
});
