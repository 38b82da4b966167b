import { describe, expect, it } from 'vitest';
import { applyEdits, cleanArticle, resolveOverlaps } from '../src/clean/index.ts';

/** Cleans `raw` and returns the cleaned text and the rules that fired. */
function clean(raw: string) {
  const result = cleanArticle(raw);
  return { ...result, rules: result.edits.map((e) => e.rule) };
}

describe('the edit list', () => {
  it('gives cleaned text that is exactly the raw text with the applied edits', () => {
    const raw =
      '合作协议_某某包养网新闻网\n\n作者:\n\n会议包养网期间双方签署了12份合作协议,涉及80多个国家。\n';
    const result = cleanArticle(raw);
    expect(result.cleaned).toBe(
      applyEdits(
        raw,
        result.edits.filter((e) => e.state === 'applied'),
      ),
    );
    for (const edit of result.edits) {
      expect(edit.rule).toMatch(/^[a-z]+\.[a-z-]+$/);
      expect(edit.reason.length).toBeGreaterThan(15);
      expect(edit.end).toBeLessThanOrEqual(raw.length);
    }
  });

  it('keeps edits apart: the longer of two overlapping edits wins', () => {
    const kept = resolveOverlaps([
      { start: 5, end: 8, replacement: '', rule: 'a.inner', reason: 'r', confidence: 0.95 },
      { start: 2, end: 12, replacement: '', rule: 'b.outer', reason: 'r', confidence: 0.9 },
      { start: 12, end: 14, replacement: 'x', rule: 'c.next', reason: 'r', confidence: 0.9 },
      {
        start: 13,
        end: 15,
        replacement: 'y',
        rule: 'd.overlapping-replacement',
        reason: 'r',
        confidence: 0.9,
      },
    ]);
    expect(kept.map((e) => e.rule)).toEqual(['b.outer', 'c.next']);
  });

  it('joins overlapping deletions: what either removes stays removed', () => {
    const kept = resolveOverlaps([
      { start: 0, end: 10, replacement: '', rule: 'a.first', reason: 'r', confidence: 0.9 },
      { start: 6, end: 20, replacement: '', rule: 'b.second', reason: 'r', confidence: 0.9 },
    ]);
    expect(kept.map((e) => [e.rule, e.start, e.end])).toEqual([
      ['a.first', 0, 10],
      ['b.second', 10, 20],
    ]);
  });
});

describe('spam.injected-phrase', () => {
  it('removes a link-farm phrase from a sentence and from the headline', () => {
    const { cleaned, rules } = clean(
      '科技部:双方签署合作协议_中国包养网新闻网\n\n新华网报道,会议包养网期间双方签署了合作协议,涉及多个领域的联合研究。\n',
    );
    expect(cleaned).toContain('会议期间双方签署了合作协议');
    expect(rules).toContain('spam.injected-phrase');
  });

  it('takes the bare word out too where the page carries the full phrase', () => {
    const { cleaned } = clean(
      '合作签约_某某包養網\n\n我们期待与各方相聚包養美丽西部,推动相关领域包养合作。\n',
    );
    expect(cleaned).toContain('相聚美丽西部,推动相关领域合作。');
  });

  it('leaves 包养 alone where it is the article’s subject', () => {
    const raw =
      '流浪动物包养新规出台\n\n多个城市鼓励市民以“包养”方式认领社区流浪猫狗,按月承担饮食和医疗费用。\n';
    expect(clean(raw).cleaned).toBe(raw);
  });
});

describe('repair.pinyin-annotation', () => {
  it('removes readings after Han characters, in ASCII and full-width parentheses', () => {
    const { cleaned } = clean(
      '國際技術(shù)合作與發(fā)展論壇在臺北舉行,與會者討論了技術（zhuǎn）移的經驗與挑戰。\n',
    );
    expect(cleaned).toBe('國際技術合作與發展論壇在臺北舉行,與會者討論了技術移的經驗與挑戰。\n');
  });

  it('leaves legitimate parentheses', () => {
    const raw =
      '國際科學園區協會(IASP)亞太分會發布《園區創新報告(2024)》,東創會(以下簡稱東創會)同日開幕。\n';
    expect(clean(raw).cleaned).toBe(raw);
  });
});

describe('repair.doubled-article', () => {
  it('drops the article machine translation doubled before a quoted name', () => {
    const { cleaned } = clean(
      'Countries jointly building the "the Belt and Road" signed more than 80 agreements over the decade.\n',
    );
    expect(cleaned).toContain('jointly building the "Belt and Road" signed');
  });

  it('leaves a question mark and ordinary quotes alone', () => {
    const raw =
      'Is the momentum sustainable? Officials quoted "the plan" as the reason for the growth this year.\n';
    expect(clean(raw).cleaned).toBe(raw);
  });
});

describe('chrome and metadata', () => {
  const page = [
    '联合实验室网络启动_华夏科技网',
    '',
    '设为首页 | 加入收藏',
    '您的位置: 首页 > 科技 > 要闻',
    '',
    '作者:',
    '',
    '华夏导读:中国与东盟联合实验室网络17日在南宁正式启动,首批纳入42家实验室。',
    '',
    '(来源:华夏科技网)',
    '',
    '中国与东盟联合实验室网络17日在南宁正式启动,首批纳入42家实验室。',
    '',
    '据介绍,该网络计划在未来三年内吸纳超过100家实验室。',
    '',
    '编辑:赵一帆',
    '',
    '相关推荐',
    '- 春季护肤的五个误区',
    '- 小区停车位争议如何化解',
    '',
    '发表评论',
    '电子邮件地址不会被公开。必填项已用*标注',
    '',
    '关于我们 | 广告合作 | 联系我们',
    'Copyright © 2025 华夏科技网 京ICP备00000000号-1',
  ].join('\n');

  it('removes navigation, stubs, the digest, the source and editor lines, and the page tail', () => {
    const { cleaned, rules, title } = clean(page);
    expect(title).toBe('联合实验室网络启动');
    expect(cleaned).toBe(
      '联合实验室网络启动\n\n中国与东盟联合实验室网络17日在南宁正式启动,首批纳入42家实验室。\n\n据介绍,该网络计划在未来三年内吸纳超过100家实验室。\n\n',
    );
    expect(new Set(rules)).toEqual(
      new Set([
        'meta.title-site-suffix',
        'chrome.navigation',
        'chrome.empty-field',
        'chrome.digest',
        'meta.source',
        'chrome.page-tail',
      ]),
    );
  });

  it('leaves no gap where an empty field stood over a line of no-break spaces', () => {
    const raw = [
      '联合实验室网络启动',
      '',
      '作者:',
      '',
      '\u00a0 \u00a0',
      '',
      '中国与东盟联合实验室网络17日在南宁正式启动。',
    ].join('\n');
    const { cleaned, rules } = clean(raw);
    expect(rules).toEqual(['chrome.empty-field']);
    expect(cleaned).toBe('联合实验室网络启动\n\n中国与东盟联合实验室网络17日在南宁正式启动。');
  });

  it('keeps a closing byline and a line of the same shape in the middle of the body', () => {
    const raw = [
      '遥感数据共享扩大',
      '',
      '国家遥感数据中心表示,今年以来已向共建国家提供遥感卫星数据逾2.6万景。',
      '',
      '相关推荐',
      '',
      '上文提到的“相关推荐”机制,是数据平台为用户推送影像的方式,已覆盖31个国家。',
      '',
      '(记者 陈思)',
    ].join('\n');
    expect(clean(raw).cleaned).toBe(raw);
  });
});

describe('page furniture inside the body', () => {
  const story = [
    'Joint laboratory opens in Nairobi',
    '',
    'News',
    'Sports',
    'Business',
    'Real Estate',
    '',
    'The joint laboratory opened on Monday with researchers from 12 countries, its director said.',
    '',
    'Photo: Jane Doe, AP',
    '',
    'It will train about 300 scientists a year in crop breeding and water management.',
    '',
    'Share this story',
    'You may also like',
    '',
    'Officials said the first projects would start in March.',
  ].join('\n');

  it('removes menu runs, photo credits and widgets, and nothing of the story', () => {
    const { cleaned, rules } = clean(story);
    expect(new Set(rules)).toEqual(
      new Set(['chrome.menu', 'chrome.media-credit', 'chrome.page-widget']),
    );
    for (const kept of [
      'researchers from 12 countries',
      'about 300 scientists',
      'Officials said the first projects',
    ]) {
      expect(cleaned).toContain(kept);
    }
    for (const gone of ['Real Estate', 'Jane Doe', 'You may also like'])
      expect(cleaned).not.toContain(gone);
  });

  it('keeps a short list of places in a Chinese article and a sentence that mentions a photo', () => {
    const raw =
      '参与国家\n\n柬埔寨\n印度尼西亚\n马来西亚\n缅甸\n菲律宾\n\nThe photo: a sign of cooperation, officials said, was taken in March.\n';
    expect(clean(raw).cleaned).toBe(raw);
  });
});

describe('convert.script (OpenCC, off by default)', () => {
  const hant =
    '國際技術合作論壇在臺北舉行\n\n與會者圍繞人才培養展開討論,國際科學園區協會(IASP)也派員出席。\n';

  it('leaves the script alone unless asked', () => {
    expect(cleanArticle(hant).cleaned).toBe(hant);
  });

  it('converts to simplified as explained edits, one per run of changed characters', () => {
    const result = cleanArticle(hant, { convertTo: 'Hans' });
    expect(result.cleaned).toBe(
      '国际技术合作论坛在台北举行\n\n与会者围绕人才培养展开讨论,国际科学园区协会(IASP)也派员出席。\n',
    );
    expect(result.edits.every((e) => e.rule === 'convert.script' && e.state === 'applied')).toBe(
      true,
    );
    // 技 is the same in both scripts: 國際 and 術 are separate edits.
    expect(result.edits.slice(0, 2)).toMatchObject([
      { start: 0, end: 2, replacement: '国际' },
      { start: 3, end: 4, replacement: '术' },
    ]);
    expect(result.edits[0]?.reason).toContain('"國際" → "国际"');
  });

  it('converts to traditional, and yields to other rules where they change the same text', () => {
    const raw = '双方签署合作协议_某某网\n\n会议包养网期间双方签署了合作协议。\n';
    const result = cleanArticle(raw, { convertTo: 'Hant' });
    expect(result.cleaned).toBe('雙方簽署合作協議\n\n會議期間雙方簽署了合作協議。\n');
  });
});

describe('a line of link-farm keywords before the headline', () => {
  const story = '港口扩建工程启动\n\n新码头将于明年投入使用,年吞吐能力增加300万标箱。\n';

  it('is removed whole, with the keywords named in the reason', () => {
    const raw = `澳门百家乐,真人娱乐城,成人视频,在线棋牌,六合彩开奖\n\n${story}`;
    const result = cleanArticle(raw);
    expect(result.cleaned).toBe(story);
    expect(result.title).toBe('港口扩建工程启动');
    const edit = result.edits.find((e) => e.rule === 'spam.keyword-line');
    expect(edit?.reason).toContain('百家乐');
    expect(edit?.state).toBe('applied');
  });

  it('leaves a list of places or topics, and a single word such as 成人, alone', () => {
    for (const first of ['重庆,南宁,成都,昆明,西安', '成人教育,职业培训,继续教育,远程学习'])
      expect(cleanArticle(`${first}\n\n${story}`).cleaned).toContain(first);
  });
});
