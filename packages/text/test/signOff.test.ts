import { describe, expect, it } from 'vitest';
import { cleanArticle } from '../src/clean/index.ts';

/** A made-up notice of a county's forestry office, as a crawler saves the page as text. */
const body = [
  '为做好春季森林防火工作，县人民政府决定自3月1日起至5月31日止，全县进入森林防火紧要期。',
  '紧要期内，林区内严禁野外吸烟、烧荒、烧纸、燃放烟花爆竹等一切野外用火行为，违者依法追究责任。',
  '各乡镇、各有关部门要加强巡山护林，发现火情立即报告，并组织力量及时扑救，确保不发生重大森林火灾。',
];

describe('a notice’s sign-off before the page’s furniture', () => {
  it('keeps the closing formula, the issuer and the date, and removes the widgets after them', () => {
    const page = [
      '# 关于进入春季森林防火紧要期的通告',
      '',
      ...body.flatMap((p) => [p, '']),
      '特此通告。',
      '',
      '某某县人民政府',
      '',
      '2026年2月25日',
      '',
      '扫一扫在手机打开当前页',
      '',
      'pdf下载  word下载',
    ].join('\n');
    const result = cleanArticle(page);
    for (const p of body) expect(result.cleaned).toContain(p);
    expect(result.cleaned).toContain('特此通告。');
    expect(result.cleaned).toContain('某某县人民政府');
    expect(result.cleaned).toContain('2026年2月25日');
    expect(result.cleaned).not.toContain('扫一扫');
    expect(result.cleaned).not.toContain('word下载');
  });

  it('still removes plain lines before such widgets when they close on no date', () => {
    const page = [
      '# 关于进入春季森林防火紧要期的通告',
      '',
      ...body.flatMap((p) => [p, '']),
      '[banner]',
      '',
      '扫一扫在手机打开当前页',
      '',
      'pdf下载  word下载',
    ].join('\n');
    const cleaned = cleanArticle(page).cleaned;
    expect(cleaned).toContain(body[2]);
    expect(cleaned).not.toContain('[banner]');
    expect(cleaned).not.toContain('扫一扫');
  });
});
