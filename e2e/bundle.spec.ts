import { readFileSync, writeFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { serveFreshCorpus } from './serve.ts';
import type { Served } from './serve.ts';

const TITLE = '青年科学家交流计划扩大规模';

const corpora: Served[] = [];

test.afterAll(async () => {
  for (const served of corpora.splice(0)) await served.stop();
});

async function decideArticle(page: Page, keys: string, editor: string, status: string) {
  await page
    .getByRole('listbox', { name: 'Corpus' })
    .getByRole('option', { name: new RegExp(TITLE) })
    .click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(TITLE);
  await page.keyboard.press(keys);
  // Approving an article with facts still waiting asks first (#22): leave them.
  if (keys === 'Alt+a')
    await page
      .getByRole('dialog', { name: 'Approve this article?' })
      .getByRole('button', { name: 'Approve, leave them as they are' })
      .click();
  await expect(page.getByRole('dialog', { name: 'Who is reviewing?' })).toBeVisible();
  await page.keyboard.type(editor);
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('article-status')).toHaveText(status);
}

async function importInDialog(page: Page, path: string) {
  await page.locator('body').focus();
  await page.keyboard.press('i');
  await page.getByTestId('import-files').setInputFiles([path]);
}

test('a bundle from one desk is imported at another: added, merged with a conflict, refused when damaged', async ({
  page,
}, testInfo) => {
  test.setTimeout(120_000);
  const [source, colleague, empty] = await Promise.all([
    serveFreshCorpus(),
    serveFreshCorpus(),
    serveFreshCorpus({}, { samples: false }),
  ]);
  corpora.push(source, colleague, empty);

  // The source desk approves an article and exports the whole corpus as a bundle.
  await page.goto(source.url);
  await decideArticle(page, 'Alt+a', '林编辑', 'approved');
  await page.keyboard.press('Shift+E');
  const dialog = page.getByRole('dialog', { name: 'Export' });
  // The export starts from the approved articles; this one takes them all.
  await expect(dialog.getByLabel('Articles')).toHaveValue('approved');
  await dialog.getByLabel('Articles').selectOption('any');
  // The browser downloads the file as soon as it is written.
  const downloading = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Export' }).click();
  await expect(page.getByTestId('export-done')).toContainText('8 articles');
  const bundle = testInfo.outputPath('desk.winnow.zip');
  await (await downloading).saveAs(bundle);

  // An empty corpus takes it whole: articles, texts, decisions and who made them.
  await page.goto(empty.url);
  await expect(page.getByTestId('article-count')).toHaveText('0 articles');
  await importInDialog(page, bundle);
  await expect(page.getByTestId('bundle-report')).toContainText(
    'desk.winnow.zip: 8 articles added, 0 merged',
  );
  await expect(page.getByTestId('bundle-report')).toContainText('0 conflicts');
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('article-count')).toHaveText('8 articles');
  await page
    .getByRole('listbox', { name: 'Corpus' })
    .getByRole('option', { name: new RegExp(TITLE) })
    .click();
  await expect(page.getByTestId('article-status')).toHaveText('approved');
  await page.getByTestId('history').locator('summary').click();
  await expect(page.getByTestId('history')).toContainText('林编辑');

  // A colleague holds the same articles and rejected that one later: the bundle merges,
  // the later decision stands, and the conflict is reported with its reason.
  await page.goto(colleague.url);
  await decideArticle(page, 'Alt+r', '吴编辑', 'rejected');
  await importInDialog(page, bundle);
  const report = page.getByTestId('bundle-report');
  await expect(report).toContainText('0 articles added, 8 merged');
  await expect(report).toContainText('1 conflict');
  await expect(page.getByTestId('bundle-conflicts').locator('tbody tr')).toHaveCount(1);
  await expect(page.getByTestId('bundle-conflicts')).toContainText("this corpus's");
  await page.screenshot({ path: testInfo.outputPath('bundle-merged.png') });
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('article-status')).toHaveText('rejected');

  // A damaged bundle is refused by name and nothing changes.
  const damaged = testInfo.outputPath('damaged.winnow.zip');
  const bytes = readFileSync(bundle);
  bytes.fill(0x41, Math.floor(bytes.length / 3), Math.floor(bytes.length / 3) + 64);
  writeFileSync(damaged, bytes);
  await page.goto(empty.url);
  await importInDialog(page, damaged);
  await expect(page.getByRole('alert')).toContainText('damaged.winnow.zip');
  await expect(page.getByRole('alert')).toContainText('cannot be used as a Winnow bundle');
  await page.screenshot({ path: testInfo.outputPath('bundle-refused.png') });
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('article-count')).toHaveText('8 articles');
});

test('an export starts from what the list shows, and its dates include the last day', async ({
  page,
}) => {
  const desk = await serveFreshCorpus();
  corpora.push(desk);
  await page.goto(desk.url);
  await page.getByRole('searchbox').fill('合作');
  await page.getByRole('combobox', { name: 'Language' }).selectOption('zh');
  await expect(page.getByTestId('article-count')).toHaveText('5 articles');
  await page.getByRole('banner').getByRole('button', { name: 'Export' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export' });
  await expect(dialog.getByTestId('export-query')).toHaveValue('合作');
  await expect(dialog.getByLabel('Language')).toHaveValue('zh');
  await dialog.getByLabel('Articles').selectOption('any');
  await dialog.getByLabel('Format').selectOption('jsonl');
  await dialog.getByRole('button', { name: 'Export' }).click();
  await expect(page.getByTestId('export-done')).toContainText('5 articles');

  // Published from 9 April through 12 May: both ends are in (the second is the last day).
  await dialog.getByLabel('Published from').fill('2025-04-09');
  await dialog.getByLabel('Published through').fill('2025-05-12');
  await dialog.getByRole('button', { name: 'Export' }).click();
  await expect(page.getByTestId('export-done')).toContainText('2 articles');
});
