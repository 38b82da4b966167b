/// <reference lib="dom" />
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { callService, serveFreshCorpus } from './serve.ts';
import type { Served } from './serve.ts';

/**
 * The list, the article view and the dashboard in both languages and both themes, saved
 * under test-results/e2e/…/ for people to look at. Each shot first proves that Chinese
 * is drawn with real glyphs, not the boxes of a missing font.
 */

let served: Served;

/** Calls the running server's API as the page would, with the token from its URL. */
const call = (method: string, params: unknown) => callService(served, method, params);

test.beforeAll(async () => {
  served = await serveFreshCorpus();
  // Some review work, so the dashboard has something to chart.
  const editor = '林编辑';
  await call('articles.setStatus', { id: 1, status: 'approved', editor });
  await call('articles.setStatus', { id: 3, status: 'rejected', editor });
  await call('facts.setStatusMany', { ids: [1, 2, 3], status: 'approved', editor });
  await call('facts.setStatus', { id: 4, status: 'rejected', editor });
});

test.afterAll(async () => {
  await served.stop();
});

/**
 * Draws Chinese text and two private-use characters (which no font has) on a canvas in
 * the page's font: if the pixels are the same, Chinese would show as boxes too.
 */
function chineseHasGlyphs(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const font = getComputedStyle(document.body).fontFamily;
    const draw = (text: string) => {
      const canvas = document.createElement('canvas');
      canvas.width = 80;
      canvas.height = 40;
      const context = canvas.getContext('2d');
      if (!context) return '';
      context.font = `28px ${font}`;
      context.fillText(text, 4, 30);
      return canvas.toDataURL();
    };
    return draw('审校') !== draw('\uE000\uE001') && draw('审校') !== draw('校审');
  });
}

const settings = [
  { language: 'en', theme: 'light' },
  { language: 'en', theme: 'dark' },
  { language: 'zh', theme: 'light' },
  { language: 'zh', theme: 'dark' },
] as const;

for (const { language, theme } of settings) {
  test(`list, article and dashboard — ${language}, ${theme}`, async ({ page }, testInfo) => {
    await page.goto(served.url);
    // The page applies the stored settings once they load; read them only after that.
    const list = page.getByRole('listbox').getByRole('option');
    await expect(list).toHaveCount(8);
    // The language and theme buttons store the choice in the corpus's settings.
    const languageButton = page.getByRole('button', {
      name: /Switch the interface to Chinese|切换到英文界面/,
    });
    const current = await page.locator('html').getAttribute('lang');
    if ((current === 'zh-Hans') !== (language === 'zh')) await languageButton.click();
    await expect(page.locator('html')).toHaveAttribute(
      'lang',
      language === 'zh' ? 'zh-Hans' : 'en',
    );
    const themeButton = page.getByRole('button', {
      name: /Switch between light and dark|切换浅色与深色主题/,
    });
    if ((await page.locator('html').getAttribute('data-theme')) !== theme)
      await themeButton.click();
    await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
    expect(await chineseHasGlyphs(page)).toBe(true);

    await expect(page.getByTestId('article-count')).toHaveText(
      language === 'zh' ? '8 篇文章' : '8 articles',
    );
    await page.screenshot({ path: testInfo.outputPath(`list-${language}-${theme}.png`) });

    await list.filter({ hasText: '中国与东盟联合实验室网络正式启动' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      '中国与东盟联合实验室网络正式启动',
    );
    await page.getByTestId('fact').first().click();
    await expect(page.getByTestId('fact-mark')).toBeVisible();
    await page.screenshot({ path: testInfo.outputPath(`article-${language}-${theme}.png`) });

    await page.getByRole('tab', { name: language === 'zh' ? '概览' : 'Dashboard' }).click();
    await expect(page.getByTestId('dashboard').locator('svg')).toHaveCount(5);
    await page.screenshot({ path: testInfo.outputPath(`dashboard-${language}-${theme}.png`) });
  });
}
