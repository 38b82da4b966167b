import { expect, test } from '@playwright/test';
import { callService, serveFreshCorpus } from './serve.ts';
import type { Served } from './serve.ts';

/**
 * A text page as a crawler saves a regional news site (#19, the desk line): a keyword line
 * of spam above the headline, a dateline, the story, then the site's "related" block of
 * bulleted section names and headlines. With no editor's help the desk must open it with
 * the spam line and the whole tail gone, each removal a hunk whose reason the editor can
 * read, the real headline as the title, and no fact taken from the headlines below.
 * The page is our own; its shape follows what scraped pages of the corpus's kind carry.
 */
const SPAM_LINE = '成人视频 免费看片 激情电影 约炮交友 裸聊直播';
const HEADLINE = '港口集团与三所高校签署人才培养协议';
const LAST_PARAGRAPH = '据介绍，集团近三年已与国内12所院校开展合作，累计培养技术骨干860余人。';
const TAIL_HEADLINES = [
  '城市轨道交通三号线年底通车 沿线居民出行更便捷',
  '全市新增公共充电桩1200个 覆盖所有街道',
  '秋季农产品展销会开幕 200余家企业参展',
  '老旧小区改造提速 今年计划完成85个',
  '为什么这个冬天供暖提前了？',
  '高速公路服务区升级改造完成',
];
const PAGE = [
  SPAM_LINE,
  HEADLINE,
  '2026-11-20 09:15 来源：东海日报',
  '本报讯 港口集团20日与三所高校签署人才培养合作协议，双方将在智能码头、航运物流和海事工程等领域共建实习基地。',
  '根据协议，集团每年将接收不少于200名实习生，并设立总额500万元的奖学金。',
  '集团负责人表示，此次合作将帮助企业解决高端技术人才短缺的问题，也让学生在真实的生产环境中积累经验。',
  LAST_PARAGRAPH,
  '相关推荐',
  '- 最近发表',
  ...TAIL_HEADLINES.slice(0, 3).map((line) => `- ${line}`),
  '- 随机阅读',
  ...TAIL_HEADLINES.slice(3, 5).map((line) => `- ${line}`),
  '- 热门推荐',
  ...TAIL_HEADLINES.slice(5).map((line) => `- ${line}`),
  '',
].join('\n');

let served: Served;

const call = (method: string, params: unknown) => callService(served, method, params);

test.beforeAll(async () => {
  served = await serveFreshCorpus({ 'port-talent.txt': PAGE }, { samples: false });
  await call('settings.set', { editor: '林编辑', language: 'zh', theme: 'light' });
});
test.afterAll(async () => {
  await served.stop();
});

test('a scraped text page opens with its spam line and related-headline tail removed, each removal explained', async ({
  page,
}, testInfo) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto(served.url);
  const row = page.locator('.article-list li').first();
  await expect(row).toContainText(HEADLINE);
  await expect(row).not.toContainText('成人视频');
  await row.click();

  const raw = page.getByTestId('raw-text');
  const cleaned = page.getByTestId('cleaned-text');
  await expect(cleaned).toContainText(LAST_PARAGRAPH);
  await expect(cleaned).toContainText('共建实习基地');
  for (const gone of [SPAM_LINE, '相关推荐', '热门推荐', '随机阅读', ...TAIL_HEADLINES]) {
    await expect(cleaned).not.toContainText(gone);
  }

  // Every removed stretch is a hunk in the raw pane, and focusing it explains it.
  const spamHunk = raw.locator('mark[data-rule]').filter({ hasText: SPAM_LINE });
  const tailHunk = raw.locator('mark[data-rule]').filter({ hasText: '相关推荐' });
  await expect(spamHunk).toHaveCount(1);
  await expect(tailHunk).toHaveCount(1);
  await expect(tailHunk).toContainText(TAIL_HEADLINES[5]!);
  for (const hunk of [spamHunk, tailHunk]) {
    await hunk.focus();
    await expect(page.getByTestId('edit-reason')).not.toBeEmpty();
    await expect(page.getByTestId('edit-reason')).not.toContainText(/chrome\.|spam\.|meta\./);
  }
  await page.screenshot({ path: testInfo.outputPath('scraped-page-zh-1280.png') });

  // No fact was read from the headlines under the story.
  const facts = (await call('facts.ofArticle', { id: 1 })) as Array<{ quote: string }>;
  const quotes = facts.map((fact) => fact.quote).join('|');
  expect(quotes).toContain('500万元');
  for (const fromHeadline of ['1200个', '85个', '200余家'])
    expect(quotes).not.toContain(fromHeadline);
});
