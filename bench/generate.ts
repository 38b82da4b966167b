/**
 * Deterministic synthetic articles with the damage of docs' noise catalog: spam phrases
 * injected mid-sentence and in titles, navigation and footer chrome, related-link lists,
 * empty meta stubs, pinyin annotations, GBK byte-shift runs, doubled English articles,
 * whole files in GBK or UTF-16. Sizes run from 1 KB to 500 KB with a long tail.
 * Vocabulary is our own; nothing is taken from real pages.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { pick, seededRandom } from './random.ts';

const zhSubjects = [
  '科学技术部',
  '国家自然科学基金委员会',
  '联合实验室',
  '中外科研机构',
  '有关部门',
  '青年科学家',
  '国际科技合作中心',
  '科技园区',
];
const zhVerbs = ['签署了', '启动了', '发布了', '举办了', '共建了', '支持了', '培训了', '资助了'];
const zhObjects = [
  '合作协议',
  '联合研究项目',
  '科技交流活动',
  '人才培养计划',
  '数据共享平台',
  '技术转移中心',
  '创新合作报告',
  '访问学者项目',
];
const zhQuantities = [
  '80多个国家',
  '1.6万人次',
  '近40家实验室',
  '12份合作文件',
  '逾2.6万景数据',
  '约3000名学员',
  '超过100个项目',
  '三百二十名科学家',
];
const zhPlaces = ['重庆', '南宁', '新竹', '青岛', '昆明', '乌鲁木齐', '西安', '成都'];
const hantSentences = [
  '與會者圍繞國際技術合作展開討論。',
  '雙方簽署了科技合作協議。',
  '園區之間的合作重在長期。',
  '會議發布了創新合作報告。',
];
const pinyin = [
  ['術', '(shù)'],
  ['發', '(fā)'],
  ['項', '(xiàng)'],
  ['長', '(cháng)'],
] as const;
const spam = ['包养网', '包養網', '甜心包养', '包养网排名'];
const enSubjects = [
  'The ministry',
  'The joint laboratory',
  'Researchers from partner countries',
  'The science park',
  'The exchange programme',
];
const enVerbs = ['signed', 'launched', 'announced', 'hosted', 'supported'];
const enObjects = [
  'cooperation agreements',
  'a data sharing platform',
  'joint research projects',
  'a training programme',
  'technology transfer centres',
];
const enQuantities = [
  'more than 80 countries',
  'over 10,000 participants',
  '1.6 million yuan',
  'nearly 40 laboratories',
  'about 3,000 trainees',
];
const relatedZh = [
  '春季养生小常识',
  '周末出行指南',
  '明星同款热卖',
  '高考志愿填报',
  '新款手机评测',
  '小区停车难题',
];
const relatedEn = [
  'Ten tips for better sleep',
  'Marathon registration opens',
  'Best phones of the year',
  'Weekend travel ideas',
];

export type GeneratedArticle = { name: string; bytes: Uint8Array; language: 'zh' | 'en' };

/** 1–500 KB, averaging about 5 KB: most 1–6 KB, a tail of long reports (log-uniform mixture). */
function targetSize(random: () => number): number {
  const r = random();
  const [low, high] = r < 0.92 ? [1_024, 6_144] : r < 0.995 ? [6_144, 49_152] : [49_152, 512_000];
  return Math.round(Math.exp(Math.log(low) + random() * (Math.log(high) - Math.log(low))));
}

function byteShift(text: string): string {
  return new TextDecoder('gb18030').decode(iconv.encode(text, 'gb18030').subarray(1));
}

function zhSentence(random: () => number): string {
  let sentence = `${pick(random, zhPlaces)}消息,${pick(random, zhSubjects)}${pick(random, zhVerbs)}${pick(random, zhObjects)},涉及${pick(random, zhQuantities)}。`;
  if (random() < 0.05) {
    const at = 2 + Math.floor(random() * (sentence.length - 4));
    sentence = sentence.slice(0, at) + pick(random, spam) + sentence.slice(at);
  }
  if (random() < 0.02) sentence = byteShift(sentence);
  return sentence;
}

function enSentence(random: () => number): string {
  const doubled = random() < 0.05 ? 'the "the Belt and Road"' : 'the partner countries';
  return `${pick(random, enSubjects)} ${pick(random, enVerbs)} ${pick(random, enObjects)} with ${pick(random, enQuantities)} across ${doubled}.`;
}

function article(random: () => number, index: number): GeneratedArticle {
  const language = random() < 0.7 ? 'zh' : 'en';
  const traditional = language === 'zh' && random() < 0.2;
  const size = targetSize(random);
  const lines: string[] = [];
  if (language === 'zh') {
    lines.push(
      `${pick(random, zhPlaces)}${pick(random, zhObjects)}取得新进展_${random() < 0.3 ? '中国包养网' : '某某'}新闻网`,
      '',
    );
    if (random() < 0.4)
      lines.push('设为首页 | 加入收藏', '您的位置: 首页 > 科技', '', '作者:', '', '分类:', '');
    lines.push(
      `2025-0${1 + Math.floor(random() * 9)}-1${Math.floor(random() * 10)} 09:30 来源:某某日报`,
      '',
    );
  } else {
    lines.push(
      `${pick(random, enSubjects)} ${pick(random, enVerbs)} ${pick(random, enObjects)}`,
      '',
      'Source: example.cn',
      '',
    );
  }
  let length = lines.join('\n').length * 3;
  while (length < size) {
    const paragraph: string[] = [];
    const sentences = 2 + Math.floor(random() * 5);
    for (let s = 0; s < sentences; s++) {
      if (language === 'en') paragraph.push(enSentence(random));
      else if (traditional) {
        let sentence = pick(random, hantSentences);
        if (random() < 0.3) {
          const [ch, py] = pick(random, pinyin);
          sentence = sentence.replace(ch, ch + py);
        }
        paragraph.push(sentence);
      } else paragraph.push(zhSentence(random));
    }
    const text = paragraph.join(language === 'en' ? ' ' : '');
    lines.push(text, '');
    length += language === 'en' ? text.length : text.length * 3;
  }
  if (language === 'zh') {
    lines.push(
      '相关推荐',
      ...relatedZh.slice(0, 3 + Math.floor(random() * 3)).map((t) => `- ${t}`),
      '',
    );
    lines.push(`Copyright © 2025 某某网 京ICP备${10000000 + index}号`);
  } else {
    lines.push(
      'Recommended Reading',
      ...relatedEn.map((t) => `- ${t}`),
      '',
      'Copyright © 2025 example.cn',
    );
  }
  const text = lines.join('\n');
  const encodingRoll = random();
  const bytes =
    language === 'zh' && !traditional && encodingRoll < 0.1
      ? iconv.encode(text.replace(/\n/g, '\r\n'), 'gbk')
      : encodingRoll > 0.98
        ? iconv.encode(text, 'utf-16le', { addBOM: true })
        : new TextEncoder().encode(text);
  return { name: `${String(index).padStart(6, '0')}.txt`, bytes, language };
}

/** Writes `count` articles into `folder` (in subfolders of 1,000) and returns their total bytes. */
export function generateCorpus(
  folder: string,
  count: number,
  seed = 20261121,
): { files: number; bytes: number } {
  const random = seededRandom(seed);
  let bytes = 0;
  for (let i = 0; i < count; i++) {
    const generated = article(random, i);
    const sub = join(folder, String(Math.floor(i / 1000)).padStart(3, '0'));
    if (i % 1000 === 0) mkdirSync(sub, { recursive: true });
    writeFileSync(join(sub, generated.name), generated.bytes);
    bytes += generated.bytes.length;
  }
  return { files: count, bytes };
}
