/// <reference lib="dom" />
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { serveFreshCorpus } from './serve.ts';
import type { Served } from './serve.ts';

const samplesDir = join(import.meta.dirname, '..', 'resources', 'samples');
const cli = join(import.meta.dirname, '..', 'apps', 'cli', 'src', 'main.ts');
const TITLE = '青年科学家交流计划扩大规模';
const NOTE = '（编者按：数字已与主办方核实）';

let served: Served;

test.beforeAll(async () => {
  // An empty corpus: the samples arrive through the import dialog, as an editor's files would.
  served = await serveFreshCorpus({}, { samples: false });
});

test.afterAll(async () => {
  await served.stop();
});

/** Presses `.` until the focused hunk is in `state`; fails after a full round. */
async function focusHunk(page: Page, state: string): Promise<void> {
  for (let i = 0; i < 12; i++) {
    await page.keyboard.press('.');
    const focused = await page.evaluate(
      () => (document.activeElement as HTMLElement | null)?.dataset['state'],
    );
    if (focused === state) return;
  }
  throw new Error(`no ${state} hunk reachable with "."`);
}

const factStatuses = (page: Page) =>
  page
    .getByTestId('fact')
    .evaluateAll((items) => items.map((li) => (li as HTMLElement).dataset['status']));

test('import through the UI, review an article by keyboard, export, and find it all after a restart', async ({
  page,
}, testInfo) => {
  test.setTimeout(90_000);
  await page.goto(served.url);
  await expect(page.getByTestId('article-count')).toHaveText('0 articles');

  // Import: I opens the dialog; the files go up with a progress bar and a per-file report.
  await page.keyboard.press('i');
  const files = readdirSync(samplesDir).map((name) => join(samplesDir, name));
  await page.getByTestId('import-files').setInputFiles(files);
  await expect(page.getByTestId('import-report')).toContainText(`${files.length} imported`);
  await expect(page.getByTestId('import-report').locator('tr')).toHaveCount(files.length);
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('article-count')).toHaveText(`${files.length} articles`);

  // N: the queue opens the article that needs attention most (it has a proposed repair).
  await page.keyboard.press('n');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(TITLE);
  const raw = page.getByTestId('raw-text');
  await expect(raw.locator('mark[data-state="proposed"]')).toHaveCount(1);

  // Revert an applied hunk: the first decision asks who is reviewing, once.
  await focusHunk(page, 'applied');
  const reverted = await page.evaluate(
    () => (document.activeElement as HTMLElement).dataset['editId'],
  );
  await page.keyboard.press('r');
  await expect(page.getByRole('dialog', { name: 'Who is reviewing?' })).toBeVisible();
  await page.keyboard.type('林编辑');
  await page.keyboard.press('Enter');
  await expect(raw.locator(`mark[data-edit-id="${reverted}"]`)).toHaveAttribute(
    'data-state',
    'reverted',
  );
  await expect(page.getByRole('button', { name: 'Editor: 林编辑' })).toBeVisible();

  // Accept the proposed repair with one key.
  await focusHunk(page, 'proposed');
  const proposed = await page.evaluate(
    () => (document.activeElement as HTMLElement).dataset['editId'],
  );
  await page.keyboard.press('a');
  await expect(raw.locator(`mark[data-edit-id="${proposed}"]`)).toHaveAttribute(
    'data-state',
    'accepted',
  );
  await expect(page.getByTestId('cleaned-text')).toContainText('重点支持人工智能和气候变化');

  // Edit the cleaned text: E opens the editor, Ctrl+End goes to the end, Ctrl+Enter saves.
  await page.keyboard.press('e');
  await expect(page.getByTestId('cleaned-editor')).toBeFocused();
  await page.keyboard.press('Control+End');
  await page.keyboard.type(NOTE);
  await expect(page.getByTestId('edit-preview').locator('ins')).toContainText(NOTE);
  await page.keyboard.press('Control+Enter');
  await expect(page.getByTestId('cleaned-text')).toContainText(NOTE);
  await expect(raw.locator('mark[data-rule="manual"]')).toHaveCount(1);

  // Facts: F goes to the first pending one; A, A, R decide three, T tags the next.
  await page.keyboard.press('f');
  await expect(page.getByTestId('fact').first()).toBeFocused();
  await page.keyboard.press('a');
  await page.keyboard.press('a');
  await page.keyboard.press('r');
  await expect
    .poll(() => factStatuses(page))
    .toEqual(expect.arrayContaining(['approved', 'approved', 'rejected']));
  const decided = await factStatuses(page);
  expect(decided.slice(0, 3)).toEqual(['approved', 'approved', 'rejected']);
  await page.keyboard.press('t');
  await page.keyboard.type('checked');
  await page.keyboard.press('Enter');
  const tagged = page.getByTestId('fact').nth(3);
  await expect(tagged.getByTestId('fact-tag')).toHaveText('checked');
  await page.screenshot({ path: testInfo.outputPath('reviewed.png'), fullPage: true });

  // Undo takes the tag off, redo puts it back.
  await page.locator('body').focus();
  await page.keyboard.press('Control+z');
  await expect(tagged.getByTestId('fact-tag')).toHaveCount(0);
  await page.keyboard.press('Control+Shift+z');
  await expect(tagged.getByTestId('fact-tag')).toHaveText('checked');

  // Approve the article: with facts still waiting, it asks first; Enter approves.
  await page.keyboard.press('Alt+a');
  await expect(page.getByRole('dialog', { name: 'Approve this article?' })).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('article-status')).toHaveText('approved');

  // Export a bundle of the approved articles; the download verifies.
  await page.keyboard.press('Shift+E');
  const dialog = page.getByRole('dialog', { name: 'Export' });
  // Approved is where an export starts; the browser downloads the file by itself.
  await expect(dialog.getByLabel('Articles')).toHaveValue('approved');
  const downloading = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Export' }).click();
  await expect(page.getByTestId('export-done')).toContainText('1 article and');
  const download = await downloading;
  const bundle = testInfo.outputPath('approved.winnow.zip');
  await download.saveAs(bundle);
  const verify = spawnSync(process.execPath, [cli, 'bundle', 'verify', bundle], {
    encoding: 'utf8',
  });
  expect(verify.status, verify.stderr).toBe(0);
  await page.keyboard.press('Escape');

  // Restart the server on the same corpus: every decision is still there.
  await served.restart();
  {
    await page.goto(served.url);
    await page
      .getByRole('listbox', { name: 'Corpus' })
      .getByRole('option', { name: new RegExp(TITLE) })
      .click();
    await expect(page.getByTestId('article-status')).toHaveText('approved');
    await expect(page.getByTestId('cleaned-text')).toContainText(NOTE);
    await expect(page.getByTestId('cleaned-text')).toContainText('重点支持人工智能和气候变化');
    await expect(raw.locator(`mark[data-edit-id="${reverted}"]`)).toHaveAttribute(
      'data-state',
      'reverted',
    );
    await expect(raw.locator(`mark[data-edit-id="${proposed}"]`)).toHaveAttribute(
      'data-state',
      'accepted',
    );
    // The facts are asked for after the text is on screen (useArticle.ts): waited for.
    await expect
      .poll(async () => (await factStatuses(page)).slice(0, 3))
      .toEqual(['approved', 'approved', 'rejected']);
    await expect(page.getByTestId('fact').nth(3).getByTestId('fact-tag')).toHaveText('checked');
    await page.getByTestId('history').locator('summary').click();
    await expect(page.getByTestId('history')).toContainText('林编辑');
    await expect(page.getByRole('button', { name: 'Editor: 林编辑' })).toBeVisible();
  }
});
