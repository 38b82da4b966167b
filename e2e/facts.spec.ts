import { expect, test } from '@playwright/test';
import { serveFreshCorpus } from './serve.ts';
import type { Served } from './serve.ts';

let served: Served;

// Two reports of the same event, written for this test: one Chinese, one English.
test.beforeAll(async () => {
  served = await serveFreshCorpus({
    'zh.txt':
      '联合研究网络年度进展\n\n截至目前，网络已覆盖30多个国家，共建联合实验室12家，累计培训技术人员8000人次。\n' +
      '科学技术部副部长王建华表示，明年将再建5家实验室。\n',
    'en.txt':
      'Joint research network reports progress\n\nThe network now covers more than 30 countries, with 12 joint laboratories, ' +
      'and 8,000 technicians have been trained.\n',
  });
});

test.afterAll(async () => {
  await served.stop();
});

test('facts show their normalized value, role, evidence and what corroborates them', async ({
  page,
}, testInfo) => {
  await page.goto(served.url);
  await page.getByRole('option', { name: /联合研究网络年度进展/ }).click();
  const panel = page.getByTestId('facts-panel');
  const countries = panel.getByTestId('fact').filter({ hasText: '30多个国家' });
  await expect(countries).toContainText('> 30 countries');
  await expect(countries).toContainText('Corroborated by');
  await expect(countries.getByRole('button', { name: /Joint research network/ })).toBeVisible();
  const person = panel.getByTestId('fact').filter({ hasText: '王建华' });
  await expect(person).toContainText('科学技术部副部长');

  // The list opens with the trustworthy facts; a relative date (明年) waits among the suggested.
  const tiers = panel.locator('[data-testid^="fact-tier-"]');
  await expect(tiers.first()).toHaveAttribute('data-testid', 'fact-tier-trusted');
  await expect(panel.getByTestId('fact').first()).toHaveText(/30多个国家/);
  await expect(panel.getByTestId('fact-tier-trusted')).toContainText('王建华');
  await expect(panel.getByTestId('fact-tier-suggested').getByTestId('fact')).toContainText([
    '明年',
  ]);

  // Selecting a fact marks its quote in the cleaned text.
  await countries.getByRole('button', { name: '30多个国家' }).click();
  await expect(page.getByTestId('fact-mark')).toHaveText('30多个国家');
  await page.screenshot({ path: testInfo.outputPath('facts.png'), fullPage: true });

  // Following the corroboration opens the English report, which points back.
  await countries.getByRole('button', { name: /Joint research network/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Joint research network');
  const english = page.getByTestId('facts-panel').getByTestId('fact').filter({
    hasText: 'more than 30 countries',
  });
  await expect(english).toContainText('联合研究网络年度进展');
});

test('a fact decided while the facts are on their way stays decided when they arrive', async ({
  page,
}) => {
  // The facts come over HTTP (useArticle.ts), the decisions over the call socket: an answer
  // the service read before A, A, R can reach the page after them. Here it is made to: the
  // service answers at once, and the page is handed that answer only after the decisions.
  let release: () => void = () => {};
  let held: Promise<void> | null = null;
  await page.route('**/api/call/facts.ofArticle', async (route) => {
    const response = await route.fetch();
    if (held) await held;
    await route.fulfill({ response });
  });
  await page.goto(served.url);
  await page.getByRole('option', { name: /联合研究网络年度进展/ }).click();
  const facts = page.getByTestId('facts-panel').getByTestId('fact');
  await expect(facts.first()).toBeVisible();
  const statuses = () =>
    facts.evaluateAll((items) => items.map((li) => (li as HTMLElement).dataset['status']));
  expect((await statuses()).slice(0, 3)).toEqual(['pending', 'pending', 'pending']);

  // Tagging a fact asks for the article's facts again: that answer is the one held back.
  await page.keyboard.press('f');
  await expect(facts.first()).toBeFocused();
  await page.keyboard.press('t');
  await page.keyboard.type('late');
  held = new Promise((resolve) => (release = resolve));
  await page.keyboard.press('Enter');
  // The first decision of this page asks who is reviewing.
  const who = page.getByRole('dialog', { name: 'Who is reviewing?' });
  await expect(who).toBeVisible();
  await page.keyboard.type('林编辑');
  await page.keyboard.press('Enter');
  // Keys reach the article once the dialog has closed (it closes when the name is saved).
  await expect(who).toHaveCount(0);
  await page.keyboard.press('f');
  await expect(facts.first()).toBeFocused();
  await page.keyboard.press('a');
  await page.keyboard.press('a');
  await page.keyboard.press('r');
  const firstThree = async () => (await statuses()).slice(0, 3);
  await expect.poll(firstThree).toEqual(['approved', 'approved', 'rejected']);
  // Nothing has drawn the held answer yet: the tag is not on the row.
  await expect(facts.first().getByTestId('fact-tag')).toHaveCount(0);
  release();
  // The held answer is drawn (it brings the tag); the decisions made after it was read stay.
  await expect(facts.first().getByTestId('fact-tag')).toHaveText('late');
  expect(await firstThree()).toEqual(['approved', 'approved', 'rejected']);
  // And they are the service's: a fresh page shows the same.
  await page.unroute('**/api/call/facts.ofArticle');
  await page.reload();
  await expect(facts.first().getByTestId('fact-tag')).toHaveText('late');
  expect(await firstThree()).toEqual(['approved', 'approved', 'rejected']);
});
