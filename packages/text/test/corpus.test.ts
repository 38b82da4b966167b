import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cleanArticle } from '../src/clean/index.ts';
import { readArticle } from '../src/read.ts';

/**
 * The three real pages in ../shared/corpus (beside the checkout in CI; never copied into
 * the project).
 */
const corpus = join(import.meta.dirname, '..', '..', '..', '..', 'shared', 'corpus');

function load(prefix: string) {
  const name =
    ['001_1f754e89af8162ba.txt', '002_d5b393bd11e886c1.txt', '004_37deaeea468869c0.txt'].find((n) =>
      n.startsWith(prefix),
    ) ?? '';
  const article = readArticle(readFileSync(join(corpus, name)), name);
  return { article, ...cleanArticle(article.raw, { mainText: article.mainText }) };
}

describe.skipIf(!existsSync(corpus))(
  'the real pages in shared/corpus (skipped without ../shared beside the checkout)',
  () => {
    it('001: spam gone from title and sentences, stubs and comment form gone, transcript kept', () => {
      const { cleaned, title, article } = load('001');
      expect(title).toBe('国新办就首届“一带一路”科技交流大会有关情况举行发布会');
      for (const gone of ['包養', '包养', '甜心', '作者:', '分類:', '發佈留言', '電子郵件地址'])
        expect(cleaned).not.toContain(gone);
      expect(cleaned).toContain(
        '宣布支持高质量共建“一带一路”的八项行动,将“推动科技创新”作为第五项',
      );
      expect(cleaned).toContain('科学技术部副部长 张广军:');
      expect(cleaned).toContain('感谢三位发布人,也感谢各位媒体朋友!');
      expect(article.publishedAt).toBe('2023-10-30');
    });

    it('002: pinyin annotations, digest, source line, category tag and footer gone; source lifted', () => {
      const { cleaned, title, article } = load('002');
      expect(title).toBe('第10屆中國—東盟技術轉移與創新合作大會在廣西南寧開幕');
      expect(cleaned).not.toMatch(/[\u4e00-\u9fff][(（][a-zü\u0101-\u01dc]+[)）]/);
      for (const gone of ['導讀', '熱點資訊', '免責聲明', '本周熱門點擊', '關於我們', 'back_top'])
        expect(cleaned).not.toContain(gone);
      expect(cleaned).toContain('中國始終把東盟作為開展國際科技創新合作的優先伙伴');
      expect(cleaned).toContain('為建設更為緊密的中國—東盟創新共同體貢獻力量。');
      expect(article.sourceName).toBe('中華人民共和國科學技術部');
      // Both GBK runs repaired: one decoded out of step, one that lost a lead byte.
      expect(cleaned).toContain('科技部將一如既往地支持廣西拓展合作渠道');
      expect(cleaned).toContain('更有效地對接東盟各國創新需求');
      expect(cleaned).not.toMatch(/[\ue000-\uf8ff\ufffd|]|[a-zü\u00e0-\u01dc]\)/u);
    });

    it('004: doubled articles repaired, editor line and footer gone, date and source lifted', () => {
      const { cleaned, title, article } = load('004');
      expect(title).toContain('jointly building the "Belt and Road"');
      for (const gone of [
        'Responsible editor',
        'Special statement',
        'ICP',
        'Return to list',
        'Copyright',
      ])
        expect(cleaned).not.toContain(gone);
      expect(cleaned).toContain(
        'China supports over 10000 young scientists from co built countries',
      );
      expect(cleaned).toContain('A total of 16000 people have been trained');
      expect(article.publishedAt).toBe('2023-10-31');
      // The date line under the headline is lifted into the field, not left in the body.
      expect(cleaned).not.toMatch(/^2023-10-31$/m);
      expect(article.sourceName).toBe('ecns.cn');
    });
  },
);
