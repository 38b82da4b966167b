import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cleanArticle, readArticle } from '@winnow/text';
import { corroborationKey, extractFacts } from '../src/index.ts';

/**
 * ../shared/corpus 001 (Chinese transcript) and 004 (its English machine translation)
 * report the same figures. Read here from the shared folder, never copied.
 */
const corpus = join(import.meta.dirname, '..', '..', '..', '..', 'shared', 'corpus');

function factsOf(name: string) {
  const bytes = readFileSync(join(corpus, name));
  const article = readArticle(bytes, name);
  const { cleaned } = cleanArticle(article.raw, { mainText: article.mainText });
  return { cleaned, facts: extractFacts(cleaned, { publishedAt: article.publishedAt }) };
}

/** The subjects the acceptance names: agreements, countries, labs, centres, people, scientists. */
const SUBJECTS = new Set([
  'agreement',
  'country',
  'laboratory',
  'center',
  'person',
  'scientist',
  'trainee',
]);

const figures = (facts: ReturnType<typeof factsOf>['facts']) =>
  facts
    .filter((f) => f.subject && SUBJECTS.has(f.subject))
    .map((f) => `${f.subject} ${f.qualifier} ${f.value}`);

describe.skipIf(!existsSync(corpus))(
  'facts on ../shared/corpus (skipped without ../shared beside the checkout)',
  () => {
    const zh = factsOf('001_1f754e89af8162ba.txt');
    const en = factsOf('004_37deaeea468869c0.txt');

    it('001: every figure about agreements, countries, labs, centres, people and scientists', () => {
      expect(figures(zh.facts).sort()).toEqual(
        [
          'country more_than 70', // 70多个国家和国际组织的300多名重要外宾
          'country more_than 80', // 与80多个共建国家签署了政府间科技合作协定
          'scientist more_than 10000', // 逾万名共建国家青年科学家
          'person exact 16000', // 培训…1.6万人次
          'laboratory more_than 50', // 50多家联合实验室
          'center exact 10', // 10个海外科教合作中心
          'center exact 9', // 9家跨国技术转移中心
          'center exact 5', // 5个国家产业(技术)创新中心
          'center exact 145', // 国家企业技术中心145个
          'laboratory exact 3', // 联合实验室3家
          'country more_than 20', // 20多个共建国家的部长级嘉宾
          'country more_than 70', // 70多个国家、地区和国际组织代表
          'person more_than 500000000', // 年诊疗量超过5亿人次
          'country more_than 160', // 160多个国家和地区
          'agreement exact 117', // 117个政府间科技合作协定
          'country more_than 80', // 和80多个国家的各类创新主体
          'country more_than 40', // 40多个国家的近千名学员
          'trainee nearly 1000', // 近千名学员
          'person more_than 70000', // 交流互访超过7万人次
          'laboratory exact 3', // 联合实验室3个
        ].sort(),
      );
    });

    it('004: the same report in English', () => {
      expect(figures(en.facts).sort()).toEqual(
        [
          'country more_than 80',
          'country more_than 80', // the headline repeats it
          'scientist more_than 10000',
          'person exact 16000',
          'laboratory more_than 50',
          'center exact 10',
          'center exact 9',
        ].sort(),
      );
    });

    it('groups each English figure with its Chinese original', () => {
      const zhKeys = new Set(zh.facts.map(corroborationKey).filter(Boolean));
      const enKeys = en.facts.map(corroborationKey).filter((k): k is string => k !== null);
      expect(enKeys.length).toBeGreaterThanOrEqual(6);
      for (const key of enKeys) expect(zhKeys.has(key), key).toBe(true);
    });

    it('finds the officials with their roles, in both languages', () => {
      const people = (facts: typeof zh.facts) =>
        new Map(facts.filter((f) => f.kind === 'person').map((f) => [f.value, f.role]));
      const zhPeople = people(zh.facts);
      expect(zhPeople.get('张广军')).toBe('科学技术部副部长');
      expect(zhPeople.get('张安疆')).toBe('重庆市人民政府副市长');
      expect(zhPeople.get('郑备')).toBe('四川省人民政府副省长');
      expect(zhPeople.get('邢慧娜')).toBe('国务院新闻办新闻局副局长、新闻发言人');
      expect(people(en.facts).get('Zhang Guangjun')).toBe(
        'Vice Minister of the Ministry of Science and Technology',
      );
    });

    it('attributes the transcript figures to the speaker', () => {
      const agreements = zh.facts.find((f) => f.kind === 'agreement' && f.value === 117);
      expect(agreements?.speaker).toBe('张广军');
    });

    it('takes every fact from the cleaned text, none from removed chrome', () => {
      for (const { cleaned, facts } of [zh, en]) {
        for (const fact of facts) expect(cleaned.slice(fact.start, fact.end)).toBe(fact.quote);
      }
    });
  },
);
