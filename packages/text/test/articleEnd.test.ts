import { describe, expect, it } from 'vitest';
import { cleanArticle } from '../src/clean/index.ts';
import { isReprintNotice } from '../src/clean/markers.ts';

/** A made-up story of a town library: three paragraphs. */
const story = [
  '镇图书馆今天起延长开放时间，工作日晚上开放到九点，周末全天开放，方便上班族和学生借阅。',
  '图书馆负责人介绍，今年新购图书两千册，其中少儿读物占三成，另外新增了二十个自习座位和一台自助借还机。',
  '读者凭身份证即可免费办理借阅证，每人每次最多可借五册，借期为一个月，到期前可以在网上续借一次。',
];
const teaser =
  '镇文化站近日组织了一场书画展，展出本地作者的作品一百二十件，吸引了周边村民前来参观，现场还有书法家为群众写春联，不少家长带着孩子一起参…';

describe('the end of an article', () => {
  it('reads a site’s word on reposting its own text as a notice, and a story about reposting as none', () => {
    expect(isReprintNotice('本文为某某网原创文章，未经允许不得转载，如需转载请联系编辑部')).toBe(
      true,
    );
    expect(isReprintNotice('转载请注明出处')).toBe(true);
    expect(isReprintNotice('法院认为，被告未经许可转载原告文章，构成侵权。')).toBe(false);
    expect(isReprintNotice('本文作者长期关注乡村阅读推广工作。')).toBe(false);
  });

  it('removes a reposting notice closing a page saved as text, and keeps the story', () => {
    const page = [
      '# 镇图书馆延长开放时间',
      '',
      ...story.flatMap((p) => [p, '']),
      '本文为某某网原创文章，未经允许不得转载，如需转载请联系编辑部(#换成@)',
      '',
      '推荐阅读：',
      '',
    ].join('\n');
    const cleaned = cleanArticle(page).cleaned;
    for (const p of story) expect(cleaned).toContain(p);
    expect(cleaned).not.toContain('不得转载');
  });

  it('removes a reposting notice that a web page’s extractor took in as the last paragraph', () => {
    const notice = '本文为某某网原创文章，未经允许不得转载，如需转载请联系编辑部(#换成@)';
    const raw = [
      '首页 新闻 图书',
      '',
      ...story.flatMap((p) => [p, '']),
      notice,
      '',
      '关于我们',
    ].join('\n');
    const cleaned = cleanArticle(raw, { mainText: [...story, notice].join('\n\n') }).cleaned;
    for (const p of story) expect(cleaned).toContain(p);
    expect(cleaned).not.toContain('不得转载');
  });

  it('removes another story’s headline and teaser cut off mid-phrase after the editor line', () => {
    const article = [...story, '责任编辑：', '镇文化站举办迎春书画展', teaser, '，某某日报'];
    const raw = ['首页 新闻 图书', '', ...article.flatMap((p) => [p, '']), '关于我们'].join('\n');
    const cleaned = cleanArticle(raw, { mainText: article.join('\n\n') }).cleaned;
    for (const p of story) expect(cleaned).toContain(p);
    expect(cleaned).not.toContain('书画展');
    expect(cleaned).not.toContain('一起参');
  });

  it('keeps a paragraph of the story that trails off with its own ellipsis after a label', () => {
    // `……` is the writer's, not the page cutting a summary short.
    const own =
      '读者王女士说，以前下班回来图书馆早就关门了，现在晚上也能来看看书，给孩子借几本绘本，周末还能带着孩子在这里坐一下午……';
    const article = [...story, '责任编辑：', own];
    const raw = ['首页 新闻 图书', '', ...article.flatMap((p) => [p, '']), '关于我们'].join('\n');
    const cleaned = cleanArticle(raw, { mainText: article.join('\n\n') }).cleaned;
    expect(cleaned).toContain(own);
  });
});
