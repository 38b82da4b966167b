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
