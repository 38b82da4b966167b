import { describe, expect, it } from 'vitest';
import { cleanArticle } from '../src/clean/index.ts';

/**
 * Whole pages saved as text, in the shapes crawlers save pages nobody tuned the cleaner for
 * (`w3m -dump -cols 1000`, html2text's Markdown). All text made up.
 */
const story = [
  '本报讯（记者王小明）县农业农村局9日宣布，今年全县新建高标准农田两万亩，覆盖十二个乡镇，预计每亩增产粮食一百斤。',
  '据介绍，新建农田统一配套灌溉渠道和机耕道路，由县财政和乡镇共同出资，施工队伍已于上月全部进场，工程将在春耕前完工。',
  '县农业农村局负责人表示，工程完工后将交由村集体管护，县里每年安排专项资金用于维修，确保农田长期发挥效益。',
  '部分村民反映，过去地块零散、灌溉不便，新建农田连片后可以使用大型农机，种地成本明显下降，收入也有望增加。',
];

describe('a page saved as text: held-out shapes', () => {
  it('keeps the story under a comment widget’s label when dated headlines follow far below it', () => {
    const page = [
      '全县新建高标准农田两万亩城西公园改造完成开放：市民点赞，有人说“比以前好多了”三所学校新建食堂投入使用河道清淤工程进展顺利春季植树活动吸引上千市民参加：有人带着孩子来，也有人组团来老旧小区加装电梯工作启动全县首批家庭农场名单公布冬季供暖保障工作会议召开',
      '',
      '  • 首页',
      '  • 搜索',
      '',
      '评论',
      '图片',
      '',
      ...story.flatMap((p) => [`\u3000\u3000${p}`, '']),
      '【纠错】',
      '责任编辑：赵六',
      '',
      '热门',
      '  • 城西公园改造完成开放',
      '    2026-03-02 08:58:39',
      '  • 三所学校新建食堂投入使用',
      '    2026-03-02 08:58:39',
      '  • 河道清淤工程进展顺利',
      '    2026-03-01 14:40:53',
    ].join('\n');
    const cleaned = cleanArticle(page).cleaned;
    for (const p of story) expect(cleaned).toContain(p);
  });
});
