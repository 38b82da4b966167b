import { describe, expect, it } from 'vitest';
import { cleanArticle } from '../src/clean/index.ts';

// A made-up notice whose long headline the page set over three short lines, with the
// page's record of the document above it naming the whole headline in one piece.
const body = [
  '为保障城区供水管网改造工程顺利实施，维护沿线居民和单位的合法权益，根据有关规定，现就相关事项通告如下：',
  '一、改造工程涉及城北、城西两个片区，施工期间将分段临时停水，停水时间将提前三天在社区公告栏公布。',
  '二、施工区域内禁止私自接管、改管，禁止占用施工便道堆放杂物，违反规定造成损失的由责任人承担。',
  '三、本通告自发布之日起施行，施工结束后由区水务部门另行公告恢复正常供水安排。',
];

function notice(withRecord: boolean): string {
  return [
    '登录 注册',
    '',
    '区政府信息公开 >> 通知公告',
    '',
    ...(withRecord
      ? [
          '文　　号： | 区政告〔2026〕3号',
          '发布机关： | 某区人民政府',
          '标　　题： | 某区人民政府关于城区供水管网改造工程施工期间有关事项的通告',
          '',
        ]
      : []),
    '分享到 - 微信',
    '',
    '某区人民政府关于',
    '',
    '城区供水管网改造工程施工期间',
    '',
    '有关事项的通告',
    '',
    ...body.flatMap((p) => [p, '']),
    '扫一扫在手机打开当前页',
  ].join('\n');
}

describe('a headline set over several lines', () => {
  it('keeps the headline’s first line where the page names the whole headline in one piece', () => {
    const { cleaned } = cleanArticle(notice(true));
    expect(cleaned).toContain('某区人民政府关于\n');
    expect(cleaned).toContain('城区供水管网改造工程施工期间');
    expect(cleaned).toContain(body[3]);
    expect(cleaned).not.toContain('分享到');
  });

  it('takes no line above the headline on trust when nothing names the whole headline', () => {
    const { cleaned } = cleanArticle(notice(false));
    expect(cleaned).toContain('城区供水管网改造工程施工期间');
    expect(cleaned).not.toContain('分享到');
  });
});
