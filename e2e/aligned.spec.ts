/// <reference lib="dom" />
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { articleWithRemovals } from './longArticles.ts';
import { callService, serveFreshCorpus } from './serve.ts';
import type { Served } from './serve.ts';

/**
 * Line-aligned panes (#22 item 5): each cleaned line beside the raw line it came from, all
 * the way down a long article with removals, wrapped lines included; long unchanged
 * stretches folded, opened by a click or the keyboard, and by a find that lands inside.
 */
let served: Served;
const DAYS = 80;
const TITLES = { en: 'Harbour traffic keeps growing', zh: '港口吞吐量持续增长' };

test.beforeAll(async () => {
  served = await serveFreshCorpus(
    {
      'harbour-en.txt': articleWithRemovals('en', DAYS),
      'harbour-zh.txt': articleWithRemovals('zh', DAYS),
    },
    { samples: false },
  );
});

test.afterAll(async () => {
  await served.stop();
});

const call = (method: string, params: unknown) => callService(served, method, params);

type Day = { day: number; raw: number | null; cleaned: number | null };

/**
 * Where each day's paragraph starts on screen in the raw and the cleaned pane (null where
 * it is not shown: folded away), and which of them lie inside the scroller's view.
 */
function paragraphs(page: Page, language: 'en' | 'zh') {
  return page.evaluate(
    ({ days, zh }) => {
      const scroller = document.querySelector('[data-testid="aligned-panes"]') as HTMLElement;
      const view = scroller.getBoundingClientRect();
      const top = (pane: Element, needle: string): number | null => {
        const walker = document.createTreeWalker(pane, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const at = node.nodeValue?.indexOf(needle) ?? -1;
          if (at < 0) continue;
          const range = document.createRange();
          range.setStart(node, at);
          range.setEnd(node, at + needle.length);
          const box = range.getBoundingClientRect();
          return box.height > 0 ? box.top : null;
        }
        throw new Error(`${needle} is not in the pane`);
      };
      const raw = document.querySelector('[data-testid="raw-text"]') as Element;
      const cleaned = document.querySelector('[data-testid="cleaned-text"]') as Element;
      const all: Array<{ day: number; raw: number | null; cleaned: number | null }> = [];
      for (let day = 1; day <= days; day++) {
        const needle = zh ? `第${day}天消息` : `Day ${day} report`;
        all.push({ day, raw: top(raw, needle), cleaned: top(cleaned, needle) });
      }
      const inView = all.filter(
        (d) => d.cleaned !== null && d.cleaned >= view.top && d.cleaned <= view.bottom - 20,
      );
      return { all, inView };
    },
    { days: DAYS, zh: language === 'zh' },
  );
}

/** Every paragraph in view starts at the same height in both panes (within 3 px). */
function misaligned(days: Day[]): Day[] {
  return days.filter(
    (d) => d.raw === null || d.cleaned === null || Math.abs(d.raw - d.cleaned) > 3,
  );
}

const scroller = (page: Page) => page.getByTestId('aligned-panes');
const nextFrames = (page: Page) =>
  page.evaluate(
    () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
  );

for (const viewport of [
  { width: 1280, height: 720 },
  { width: 1440, height: 900 },
])
  for (const [language, theme] of [
    ['en', 'light'],
    ['zh', 'dark'],
  ] as const)
    test(`aligned panes and folds: ${language}, ${theme}, ${viewport.width}×${viewport.height}`, async ({
      page,
    }, testInfo) => {
      await call('settings.set', { language, theme });
      await page.setViewportSize(viewport);
      await page.goto(served.url);
      await page.getByRole('option', { name: new RegExp(TITLES[language]) }).click();
      await expect(page.getByTestId('raw-text')).toContainText(
        language === 'zh' ? '相关推荐' : 'Recommended Reading',
      );
      const name = `${language}-${theme}-${viewport.width}`;
      const fold = page.getByRole('button', { name: /unchanged lines|行未改动/ });

      // The middle of the article: removals and changed lines above, each paragraph still
      // beside its raw version.
      await scroller(page).evaluate((element) => {
        element.scrollTop = (element.scrollHeight - element.clientHeight) / 2;
      });
      await nextFrames(page);
      await expect
        .poll(async () => {
          const { inView } = await paragraphs(page, language);
          return inView.length >= 2 && misaligned(inView).length === 0;
        })
        .toBe(true);
      const { all, inView } = await paragraphs(page, language);
      expect(inView[0]?.day, 'the middle of the article is shown').toBeGreaterThan(DAYS / 4);
      await page.screenshot({ path: testInfo.outputPath(`middle-${name}.png`) });

      // Long unchanged stretches are folded; a click opens one, its lines aligned too.
      const hidden = all.filter((d) => d.raw === null).map((d) => d.day);
      expect(hidden.length, 'some paragraphs are folded away').toBeGreaterThan(0);
      const folds = await fold.count();
      expect(folds).toBeGreaterThan(1);
      const shown = fold.first();
      await shown.scrollIntoViewIfNeeded();
      await shown.click();
      await expect(fold).toHaveCount(folds - 1);
      const opened = (await paragraphs(page, language)).all.filter(
        (d) => hidden.includes(d.day) && d.raw !== null,
      );
      expect(opened.length).toBeGreaterThan(0);
      expect(misaligned(opened)).toEqual([]);

      // The keyboard: Tab reaches a fold's button, Enter opens it.
      await fold.first().focus();
      await page.keyboard.press('Enter');
      await expect(fold).toHaveCount(folds - 2);

      // A find that lands in a fold opens it and shows the match.
      const stillHidden = (await paragraphs(page, language)).all.find((d) => d.raw === null);
      expect(stillHidden).toBeDefined();
      const needle =
        language === 'zh' ? `第${stillHidden?.day}天消息` : `Day ${stillHidden?.day} report`;
      await page.keyboard.press('Control+f');
      await page.getByRole('search').getByRole('searchbox').fill(needle);
      await expect(page.getByTestId('find-count')).toHaveText(/^(1 of 1 |清洗后第 1 \/ 1 )/);
      await expect(fold).toHaveCount(folds - 3);
      await expect
        .poll(async () => {
          const day = (await paragraphs(page, language)).inView.find(
            (d) => d.day === stillHidden?.day,
          );
          return day ? misaligned([day]).length : 'not in view';
        })
        .toBe(0);
      await page.screenshot({ path: testInfo.outputPath(`found-in-fold-${name}.png`) });
      await call('settings.set', { language: 'en', theme: 'light' });
    });

/**
 * Each strip mark's height in the strip, and its change's height in the panes' scrolled
 * content, as shares of each; and where the change is in the raw text, as a share of it.
 */
function stripPlaces(page: Page) {
  return page.evaluate(() => {
    const scroller = document.querySelector('[data-testid="aligned-panes"]') as HTMLElement;
    const strip = (
      document.querySelector('[data-testid="change-strip"]') as HTMLElement
    ).getBoundingClientRect();
    const raw = document.querySelector('[data-testid="raw-text"]') as HTMLElement;
    const contentTop = scroller.getBoundingClientRect().top - scroller.scrollTop;
    const textBefore = (target: Node) => {
      const range = document.createRange();
      range.setStart(raw, 0);
      range.setEndBefore(target);
      return range.toString().length;
    };
    const total = raw.textContent?.length ?? 1;
    const buttons = document.querySelectorAll<HTMLElement>('[data-testid="change-strip"] button');
    return Array.from(buttons).map((button: HTMLElement) => {
      const hunk = raw.querySelector(`mark[data-edit-id="${button.dataset['editId']}"]`);
      if (!hunk) throw new Error('a mark without its change');
      return {
        mark: (button.getBoundingClientRect().top - strip.top) / strip.height,
        shown: (hunk.getBoundingClientRect().top - contentTop) / scroller.scrollHeight,
        inText: textBefore(hunk) / total,
      };
    });
  });
}

/** Marks more than 1.5 % of the strip away from where their change is shown. */
const offStrip = (places: Array<{ mark: number; shown: number }>) =>
  places.filter((p) => Math.abs(p.mark - p.shown) > 0.015);

test('the strip marks where the changes are shown, folds open or closed; an opened fold folds again', async ({
  page,
}) => {
  await call('settings.set', { language: 'en', theme: 'light' });
  await page.goto(served.url);
  await page.getByRole('option', { name: new RegExp(TITLES.en) }).click();
  await expect(page.getByTestId('raw-text')).toContainText('Recommended Reading');
  await expect.poll(async () => offStrip(await stripPlaces(page))).toEqual([]);
  // With stretches folded a place in the text is not a place on screen: a strip drawn by
  // the text's offsets would be off here (this is what makes the check above mean it).
  // (a mark placed by its text offset lies within 0.5 % below it: off by more than 2.5 %).
  const folded = await stripPlaces(page);
  expect(folded.some((p) => Math.abs(p.shown - p.inText) > 0.03)).toBe(true);

  const fold = page.getByRole('button', { name: /unchanged lines/ });
  const again = page.getByRole('button', { name: /Fold these \d+ lines again/ });
  const folds = await fold.count();
  await expect(again).toHaveCount(0);
  await fold.first().click();
  await expect(fold).toHaveCount(folds - 1);
  await expect(again).toHaveCount(1);
  await expect.poll(async () => offStrip(await stripPlaces(page))).toEqual([]);
  // The opened lines pushed the changes below them down the strip.
  const opened = await stripPlaces(page);
  expect(opened.some((p, i) => p.mark - (folded[i]?.mark ?? 0) > 0.02)).toBe(true);

  // The keyboard folds it again: Tab reaches the button, Enter closes the fold and leaves
  // the focus on its "unchanged lines" button, so Enter would open it once more.
  await again.focus();
  await page.keyboard.press('Enter');
  await expect(fold).toHaveCount(folds);
  await expect(again).toHaveCount(0);
  await expect(fold.first()).toBeFocused();
  await expect.poll(async () => offStrip(await stripPlaces(page))).toEqual([]);
  await page.keyboard.press('Enter');
  await expect(fold).toHaveCount(folds - 1);
});
