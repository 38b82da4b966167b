/// <reference lib="dom" />
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { longArticle } from './longArticles.ts';
import { callService, serveFreshCorpus } from './serve.ts';
import type { Served } from './serve.ts';

/**
 * The desk at the two screen sizes editors use most: both panes inside the article area
 * whatever the article's length, the header small enough that the facts show without
 * scrolling the page, readable chart text, every article opening at its top, no 404.
 */

let served: Served;

const sizes = [
  { kb: 5, title: 'Five kilobyte report' },
  { kb: 50, title: 'Fifty kilobyte report' },
  { kb: 200, title: 'Two hundred kilobyte report' },
];

test.beforeAll(async () => {
  const files: Record<string, string> = {};
  for (const { kb, title } of sizes) files[`${kb}kb.txt`] = longArticle(kb, 'en', title);
  files['200kb-zh.txt'] = longArticle(200, 'zh', '二百千字节的报告');
  served = await serveFreshCorpus(files);
});

test.afterAll(async () => {
  await served.stop();
});

/** Where the panes and the article area are, in CSS pixels. */
function measure(page: Page) {
  return page.evaluate(() => {
    const box = (selector: string) => {
      const element = document.querySelector(selector);
      if (!element) throw new Error(`${selector} is not on the page`);
      const r = element.getBoundingClientRect();
      return { left: r.left, right: r.right, top: r.top, bottom: r.bottom, height: r.height };
    };
    const area = document.querySelector('main.content') as HTMLElement;
    return {
      area: box('main.content'),
      areaOverflow: area.scrollWidth - area.clientWidth,
      raw: box('[data-testid="raw-text"]'),
      cleaned: box('.cleaned-text'),
      header: box('.article-view > header'),
      facts: box('.facts-panel h2'),
      viewport: { width: innerWidth, height: innerHeight },
    };
  });
}

for (const viewport of [
  { width: 1280, height: 720 },
  { width: 1440, height: 900 },
]) {
  test(`both panes inside the article area at ${viewport.width}×${viewport.height}`, async ({
    page,
  }, testInfo) => {
    await page.setViewportSize(viewport);
    const missing: string[] = [];
    page.on('response', (response) => {
      if (response.status() >= 400) missing.push(`${response.status()} ${response.url()}`);
    });
    await page.goto(served.url);
    for (const { kb, title } of [...sizes, { kb: 200, title: '二百千字节的报告' }]) {
      const clicked = await page.evaluate(() => performance.now());
      await page.getByRole('option', { name: new RegExp(title) }).click();
      await expect(page.locator('#article-title')).toHaveText(title);
      // The facts are drawn in the background once they arrive (the old ones leave first);
      // the desk notes when each answer came, whether on its socket or over HTTP.
      await page.waitForFunction(
        (after) =>
          performance
            .getEntriesByName('winnow.call facts.ofArticle')
            .some((e) => e.startTime >= after),
        clicked,
      );
      await page.evaluate(() => new Promise((resolve) => requestIdleCallback(resolve)));
      await expect(page.locator('.facts-panel h2')).toBeVisible();
      const m = await measure(page);
      const where = `${kb} KB "${title}" at ${viewport.width}×${viewport.height}`;
      expect(m.areaOverflow, `nothing overflows the article area: ${where}`).toBeLessThanOrEqual(0);
      for (const pane of [m.raw, m.cleaned]) {
        expect(pane.left, where).toBeGreaterThanOrEqual(m.area.left);
        expect(pane.right, where).toBeLessThanOrEqual(m.area.right);
      }
      // The two panes share the width: neither squeezes the other.
      const rawWidth = m.raw.right - m.raw.left;
      const cleanedWidth = m.cleaned.right - m.cleaned.left;
      expect(Math.abs(rawWidth - cleanedWidth), where).toBeLessThanOrEqual(2);
      expect(m.header.height, `header height: ${where}`).toBeLessThanOrEqual(80);
      // The facts' heading is on screen without scrolling the page.
      expect(m.facts.bottom, `facts reachable: ${where}`).toBeLessThanOrEqual(m.viewport.height);
      expect(m.facts.top).toBeGreaterThanOrEqual(0);
      await page.screenshot({ path: testInfo.outputPath(`article-${kb}kb-${title.length}.png`) });
    }
    expect(missing, 'no request failed (the favicon included)').toEqual([]);
    const icon = await page.evaluate(
      () => document.querySelector<HTMLLinkElement>('link[rel="icon"]')?.href ?? '',
    );
    // The icon is written into the page (index.html): a PNG, no request at all.
    const png = /^data:image\/png;base64,(.+)$/.exec(icon)?.[1] ?? '';
    expect(Buffer.from(png, 'base64').subarray(1, 4).toString('latin1')).toBe('PNG');
  });
}

test('each article opens at its top, not where the last one was scrolled to', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto(served.url);
  await page.getByRole('option', { name: /Two hundred kilobyte report/ }).click();
  await expect(page.getByTestId('raw-text')).toContainText('Copyright');
  // Both panes scroll together in one scroller; the cleaner left most of this article as
  // it was, so its lines are folded: opened, it is long.
  await page
    .getByRole('button', { name: /unchanged lines/ })
    .first()
    .click();
  const panes = page.getByTestId('aligned-panes');
  await panes.evaluate((element) => element.scrollTo(0, element.scrollHeight / 2));
  await expect.poll(() => panes.evaluate((element) => element.scrollTop)).toBeGreaterThan(1000);
  await page.getByRole('option', { name: /Fifty kilobyte report/ }).click();
  await expect(page.locator('#article-title')).toHaveText('Fifty kilobyte report');
  expect(await page.getByTestId('aligned-panes').evaluate((element) => element.scrollTop)).toBe(0);
});

test('chart text on the dashboard is at least 12 px on screen', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto(served.url);
  await page.getByRole('tab', { name: 'Dashboard' }).click();
  const labels = page.locator('.chart text');
  await expect(labels.first()).toBeVisible();
  const sizesOnScreen = await labels.evaluateAll((texts) =>
    texts.map((text) => {
      const svg = text.closest('svg') as SVGSVGElement;
      const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
      return parseFloat(getComputedStyle(text).fontSize) * scale;
    }),
  );
  expect(sizesOnScreen.length).toBeGreaterThan(3);
  expect(Math.min(...sizesOnScreen)).toBeGreaterThanOrEqual(12);
});

/** Whether the find bar's current match lies in the middle half of the panes' view. */
function currentMatchInPane(page: Page) {
  return page.evaluate(() => {
    const registry = (CSS as unknown as { highlights: Map<string, Iterable<Range>> }).highlights;
    const [range] = [...(registry.get('find-current') ?? [])];
    const pane = document.querySelector('[data-testid="aligned-panes"]');
    if (!range || !pane) return false;
    const r = range.getBoundingClientRect();
    const p = pane.getBoundingClientRect();
    return Math.abs((r.top + r.bottom) / 2 - (p.top + p.bottom) / 2) < p.height / 4;
  });
}

/** Calls the running server's API as the page would, with the token from its URL. */
const call = (method: string, params: unknown) => callService(served, method, params);

// Screens for people to look at, in every language and theme at both sizes; each still
// checks the panes stay inside the article area.
for (const language of ['en', 'zh'] as const)
  for (const theme of ['light', 'dark'] as const)
    for (const viewport of [
      { width: 1280, height: 720 },
      { width: 1440, height: 900 },
    ])
      test(`screens: ${language}, ${theme}, ${viewport.width}×${viewport.height}`, async ({
        page,
      }, testInfo) => {
        await call('settings.set', { language, theme });
        await page.setViewportSize(viewport);
        await page.goto(served.url);
        await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
        await page.getByRole('option', { name: /二百千字节的报告/ }).click();
        await expect(page.locator('.facts-panel h2')).toBeVisible();
        await page.keyboard.press('Control+f');
        await page.getByRole('search').getByRole('searchbox').fill('实验室');
        await expect(page.getByTestId('find-count')).toHaveText(/651/);
        // Further on in a long article, the current match is scrolled into its pane.
        for (let i = 0; i < 40; i++)
          await page.getByRole('search').getByRole('searchbox').press('Enter');
        await expect(page.getByTestId('find-count')).toHaveText(/^(41 of|清洗后第 41 )/);
        await expect.poll(() => currentMatchInPane(page)).toBe(true);
        const m = await measure(page);
        expect(m.areaOverflow).toBeLessThanOrEqual(0);
        expect(m.header.height).toBeLessThanOrEqual(80);
        const name = `${language}-${theme}-${viewport.width}`;
        await page.screenshot({ path: testInfo.outputPath(`article-${name}.png`) });
        await page.getByRole('tab', { name: language === 'zh' ? '概览' : 'Dashboard' }).click();
        await expect(page.getByTestId('dashboard')).toBeVisible();
        await page.screenshot({ path: testInfo.outputPath(`dashboard-${name}.png`) });
        await call('settings.set', { language: 'en', theme: 'light' });
      });
