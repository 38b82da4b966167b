/// <reference lib="dom" />
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { serveFreshCorpus } from './serve.ts';
import type { Served } from './serve.ts';

/** Ctrl+F finds in the article and highlights every occurrence in both panes. */
let served: Served;

test.beforeAll(async () => {
  served = await serveFreshCorpus();
});

test.afterAll(async () => {
  await served.stop();
});

/** The highlighted ranges: their text, and the pane each lies in. */
function highlighted(page: Page, name: string) {
  return page.evaluate((highlight) => {
    const registry = (CSS as unknown as { highlights: Map<string, Iterable<Range>> }).highlights;
    const ranges = [...(registry.get(highlight) ?? [])];
    return ranges.map((range) => ({
      text: range.toString(),
      pane: range.startContainer.parentElement?.closest('[data-testid="raw-text"]')
        ? 'raw'
        : range.startContainer.parentElement?.closest('[data-testid="cleaned-text"]')
          ? 'cleaned'
          : 'elsewhere',
    }));
  }, name);
}

test('Ctrl+F highlights in both panes, steps with Enter, finds removed text in the raw', async ({
  page,
}, testInfo) => {
  await page.goto(served.url);
  await page.getByRole('option', { name: /中国与东盟联合实验室网络正式启动/ }).click();
  await expect(page.getByTestId('cleaned-text')).toContainText('联合实验室');
  await page.keyboard.press('Control+f');
  const field = page.getByRole('searchbox', { name: 'Find in the article' });
  await expect(field).toBeFocused();
  await field.fill('实验室');

  // The cleaned text says 实验室 four times; the raw text has those and the headline's
  // site-name suffix around them.
  const count = page.getByTestId('find-count');
  await expect(count).toHaveText(/^1 of \d+ in the cleaned text · \d+ in the raw text$/);
  const matches = await highlighted(page, 'find-match');
  const inRaw = matches.filter((m) => m.pane === 'raw');
  const inCleaned = matches.filter((m) => m.pane === 'cleaned');
  expect(inRaw.length).toBeGreaterThan(0);
  expect(inCleaned.length).toBeGreaterThan(0);
  expect(matches.every((m) => m.text === '实验室' && m.pane !== 'elsewhere')).toBe(true);
  await expect(count).toHaveText(
    `1 of ${inCleaned.length} in the cleaned text · ${inRaw.length} in the raw text`,
  );
  expect(await highlighted(page, 'find-current')).toEqual([{ text: '实验室', pane: 'cleaned' }]);
  await page.screenshot({ path: testInfo.outputPath('find.png') });

  // Enter steps to the next occurrence, which is scrolled into the middle of its pane.
  await field.press('Enter');
  await expect(count).toHaveText(new RegExp(`^2 of ${inCleaned.length} `));
  await expect
    .poll(() =>
      page.evaluate(() => {
        const registry = (CSS as unknown as { highlights: Map<string, Iterable<Range>> })
          .highlights;
        const [range] = [...(registry.get('find-current') ?? [])];
        // The panes' view (both scroll in one scroller).
        const pane = document.querySelector('[data-testid="aligned-panes"]');
        if (!range || !pane) return false;
        const r = range.getBoundingClientRect();
        const p = pane.getBoundingClientRect();
        return r.top >= p.top && r.bottom <= p.bottom;
      }),
    )
    .toBe(true);

  // Text the cleaner removed is found in the raw pane only.
  await field.fill('包养网');
  // (In the headline's removed site name, and pasted into a sentence.)
  await expect(count).toHaveText('1 of 2 in the raw text · none in the cleaned text');
  expect(await highlighted(page, 'find-match')).toEqual([
    { text: '包养网', pane: 'raw' },
    { text: '包养网', pane: 'raw' },
  ]);
  expect(await highlighted(page, 'find-current')).toEqual([{ text: '包养网', pane: 'raw' }]);
  await field.fill('没有这句话');
  await expect(count).toHaveText('Not found');

  // Esc closes the bar and clears the highlights.
  await field.press('Escape');
  await expect(page.getByTestId('find-bar')).toHaveCount(0);
  expect(await highlighted(page, 'find-match')).toEqual([]);
});

test('the list search: Enter opens the first result, matches marked in titles and panes', async ({
  page,
}, testInfo) => {
  await page.goto(served.url);
  const search = page.getByRole('searchbox', { name: 'Search articles' });
  await search.fill('合作');
  const rows = page.getByRole('listbox').getByRole('option');
  await expect(page.getByTestId('article-count')).toHaveText(/^\d+ articles?$/);
  const first = rows.first();
  // Titles that say it have it marked (others matched in their text).
  await expect(rows.filter({ hasText: '中外合作共享遥感卫星数据' }).locator('mark')).toHaveText(
    '合作',
  );
  await search.press('Enter');
  // The first result is open and the list has the keyboard: ↓ goes to the next one.
  await expect(first).toHaveAttribute('aria-selected', 'true');
  await expect(first).toBeFocused();
  const title = (await first.locator('.title').textContent()) ?? '';
  await expect(page.locator('#article-title')).toHaveText(title);
  await expect
    .poll(async () => (await highlighted(page, 'search-match')).length)
    .toBeGreaterThan(1);
  const marks = await highlighted(page, 'search-match');
  expect(marks.every((m) => m.text === '合作' && m.pane !== 'elsewhere')).toBe(true);
  expect(new Set(marks.map((m) => m.pane))).toEqual(new Set(['raw', 'cleaned']));
  await page.screenshot({ path: testInfo.outputPath('list-search.png') });
  await page.keyboard.press('ArrowDown');
  await expect(rows.nth(1)).toHaveAttribute('aria-selected', 'true');
  await expect(page.locator('#article-title')).not.toHaveText(title);
});

test('the list searches the raw text when asked: what the cleaner removed is found', async ({
  page,
}) => {
  await page.goto(served.url);
  await page.getByRole('searchbox', { name: 'Search articles' }).fill('网站地图');
  await expect(page.getByText('No articles match.')).toBeVisible();
  await page.getByLabel('Search the raw text (what was removed too)').check();
  await expect(page.getByRole('listbox').getByRole('option')).toHaveCount(1);
  await page.getByRole('searchbox', { name: 'Search articles' }).press('Enter');
  await expect(page.locator('#article-title')).toHaveText('中国与东盟联合实验室网络正式启动');
  await expect
    .poll(async () => (await highlighted(page, 'search-match')).map((m) => m.pane))
    .toEqual(['raw']);
});

test('the strip beside the raw pane marks where the changes are; a mark goes to its change', async ({
  page,
}) => {
  await page.goto(served.url);
  await page.getByRole('option', { name: /中国与东盟联合实验室网络正式启动/ }).click();
  const strip = page.getByTestId('change-strip');
  const marks = strip.locator('button');
  await expect(marks.first()).toBeVisible();
  const hunks = await page.getByTestId('raw-text').locator('mark.hunk').count();
  expect(await marks.count()).toBeGreaterThan(1);
  expect(await marks.count()).toBeLessThanOrEqual(hunks);
  // The last mark is the end of the page; clicking it focuses that change and explains it.
  const last = marks.last();
  const editId = await last.getAttribute('data-edit-id');
  await last.click();
  await expect(page.locator(`mark[data-edit-id="${editId}"]`)).toBeFocused();
  await expect(page.getByTestId('edit-reason')).toContainText('End of the page');
  // Marks lie inside the strip, top to bottom in the order of the text.
  const tops = await marks.evaluateAll((buttons) =>
    buttons.map((b) => b.getBoundingClientRect().top),
  );
  expect([...tops].sort((a, b) => a - b)).toEqual(tops);
});

test('the panes searched again (drawing done, facts in) keep the place Enter reached', async ({
  page,
}) => {
  await page.goto(served.url);
  await page.getByRole('option', { name: /中国与东盟联合实验室网络正式启动/ }).click();
  await expect(page.getByTestId('cleaned-text')).toContainText('联合实验室');
  await page.keyboard.press('Control+f');
  const field = page.getByRole('searchbox', { name: 'Find in the article' });
  await field.fill('实验室');
  const count = page.getByTestId('find-count');
  await expect(count).toHaveText(/^1 of /);
  await field.press('Enter');
  await field.press('Enter');
  await expect(count).toHaveText(/^3 of /);
  // What a long article's panes send once its last rows are in: the search runs again
  // (after its 120 ms pause) and finds the same matches.
  const searchedAgain = page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const status = document.querySelector('[data-testid="find-count"]');
        if (!status) throw new Error('no find count');
        document.dispatchEvent(new Event('winnow-panes-drawn'));
        // The count is drawn again from the new search's result; give it time to land.
        setTimeout(resolve, 400);
      }),
  );
  await searchedAgain;
  await expect(count).toHaveText(/^3 of /);
  // Another query still starts at its first match.
  await field.fill('东盟');
  await expect(count).toHaveText(/^1 of /);
});
