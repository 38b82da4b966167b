import { expect, test } from '@playwright/test';
import { serveFreshCorpus } from './serve.ts';
import type { Served } from './serve.ts';

// Markup inside an imported article: it must be shown as text and never run.
const hostile = [
  'Injected <script>window.__pwned = "script"</script> headline',
  '',
  'A photo: <img src="x" onerror="window.__pwned = \'img\'; document.title = \'pwned\'">',
  'A link: <a href="javascript:window.__pwned=\'link\'">click me</a>',
  '<iframe src="https://example.com/"></iframe><svg onload="window.__pwned=\'svg\'"></svg>',
  '<style>body { display: none }</style>',
].join('\n');

let served: Served;

test.beforeAll(async () => {
  served = await serveFreshCorpus({ 'hostile.txt': hostile });
});

test.afterAll(async () => {
  await served.stop();
});

test('an article full of markup is rendered as text and nothing in it runs', async ({
  page,
}, testInfo) => {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.goto(served.url);
  const option = page.getByRole('listbox', { name: 'Corpus' }).getByRole('option').first();
  await expect(option).toContainText('<script>window.__pwned = "script"</script>');
  await option.click();
  const raw = page.getByTestId('raw-text');
  await expect(raw).toContainText('<img src="x" onerror=');
  await expect(raw).toContainText('<a href="javascript:');
  await expect(raw).toContainText('<style>body { display: none }</style>');

  // Nothing became an element, nothing ran, the page is still visible and titled Winnow.
  await expect(
    page.locator('main img, main iframe, main svg, main script, main a[href^="javascript"]'),
  ).toHaveCount(0);
  expect(await page.evaluate(() => (globalThis as { __pwned?: string }).__pwned)).toBeUndefined();
  await expect(page).toHaveTitle('Winnow');
  await expect(page.locator('body')).toBeVisible();
  await page.getByTestId('raw-text').getByText('click me').click();
  expect(await page.evaluate(() => (globalThis as { __pwned?: string }).__pwned)).toBeUndefined();
  expect(dialogs).toEqual([]);
  await page.screenshot({ path: testInfo.outputPath('hostile-article.png'), fullPage: true });
});
