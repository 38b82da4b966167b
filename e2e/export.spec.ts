import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { serveFreshCorpus } from './serve.ts';
import type { Served } from './serve.ts';

/**
 * The export dialog offers every format the command line has, starts from the approved
 * articles, and the browser edition downloads the file by itself (Markdown as a zip).
 */
let served: Served;

test.beforeAll(async () => {
  served = await serveFreshCorpus();
});

test.afterAll(async () => {
  await served.stop();
});

test('every format, approved by default, downloaded without a link', async ({ page }, testInfo) => {
  await page.goto(served.url);
  await page.getByRole('option', { name: /中国与东盟联合实验室网络正式启动/ }).click();
  await page.keyboard.press('Alt+a');
  // Approving with facts still waiting asks first (#22): leave them.
  await page
    .getByRole('dialog', { name: 'Approve this article?' })
    .getByRole('button', { name: 'Approve, leave them as they are' })
    .click();
  await page.getByRole('dialog', { name: 'Who is reviewing?' }).getByRole('textbox').fill('林编辑');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('article-status')).toHaveText('approved');

  await page.keyboard.press('Shift+E');
  const dialog = page.getByRole('dialog', { name: 'Export' });
  await expect(dialog.getByLabel('Articles')).toHaveValue('approved');
  const formats = await dialog
    .getByLabel('Format')
    .locator('option')
    .evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value));
  expect(formats).toEqual(['bundle', 'jsonl', 'csv', 'md', 'claimreview']);

  for (const [format, ending] of [
    ['md', '.md.zip'],
    ['jsonl', '.jsonl'],
  ] as const) {
    await dialog.getByLabel('Format').selectOption(format);
    const downloading = page.waitForEvent('download');
    await dialog.getByRole('button', { name: 'Export' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(new RegExp(`${ending.replace('.', '\\.')}$`));
    const saved = testInfo.outputPath(download.suggestedFilename());
    await download.saveAs(saved);
    const bytes = readFileSync(saved);
    if (format === 'md') expect(bytes.subarray(0, 2).toString()).toBe('PK');
    else {
      // One line: only the approved article left the desk.
      const lines = bytes.toString('utf8').trim().split('\n');
      expect(lines).toHaveLength(1);
      expect(lines[0]).toContain('中国与东盟联合实验室网络正式启动');
    }
    await expect(page.getByTestId('export-done')).toContainText('1 article and');
    await expect(page.getByTestId('export-done').getByRole('link')).toHaveCount(0);
  }
  await page.screenshot({ path: testInfo.outputPath('export.png') });
});
