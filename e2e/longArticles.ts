/**
 * Articles of a chosen size for the layout and reading tests: a title, a dateline, long
 * paragraphs (one line each, so the panes must wrap them), a spam phrase now and then and
 * a footer, so the raw pane has hunks all the way down. Our own words, deterministic.
 */
const zhSentences = [
  '联合实验室在本周发布了年度合作报告，涉及80多个国家的科研机构。',
  '青年科学家交流计划今年共资助了1.6万人次的短期访问。',
  '数据共享平台已向合作伙伴开放逾2.6万景卫星遥感数据。',
  '技术转移中心培训了约3000名来自发展中国家的学员。',
];
const enSentences = [
  'The joint laboratory published its yearly report on Tuesday, covering research partners in more than 80 countries.',
  'Exchange programmes for young scientists funded 16,000 short visits this year, the organisers said.',
  'The shared data platform now offers over 26,000 satellite scenes to partner institutions free of charge.',
  'Training centres welcomed about 3,000 engineers from developing countries during the spring term.',
];

/** A text of about `kb` kilobytes (UTF-8), in Chinese or English. */
export function longArticle(kb: number, language: 'zh' | 'en', title: string): string {
  const sentences = language === 'zh' ? zhSentences : enSentences;
  const lines = [
    title,
    '',
    language === 'zh' ? '2025-03-15 09:30 来源:某某日报' : 'March 15, 2025 — Source: example.org',
    '',
  ];
  const target = kb * 1024;
  let bytes = new TextEncoder().encode(lines.join('\n')).length;
  for (let p = 0; bytes < target; p++) {
    const paragraph: string[] = [];
    for (let s = 0; s < 6; s++) paragraph.push(sentences[(p + s) % sentences.length] as string);
    // Every fifth paragraph carries a link-farm phrase the cleaner removes.
    if (p % 5 === 2) paragraph.splice(3, 0, language === 'zh' ? '包养网' : '');
    const text = paragraph.join(language === 'zh' ? '' : ' ');
    lines.push(text, '');
    bytes += new TextEncoder().encode(text).length + 2;
  }
  lines.push(
    language === 'zh' ? '相关推荐' : 'Recommended Reading',
    language === 'zh' ? '- 科技园区发展报告' : '- Best phones of the year',
    '',
    language === 'zh'
      ? 'Copyright © 2025 某某网 京ICP备10000001号'
      : 'Copyright © 2025 example.org',
  );
  return lines.join('\n');
}

const enNews = [
  'The harbour authority said container traffic rose again, with ships from twelve ports calling at the new quay.',
  'Dock workers now run three shifts, and loading is a tenth faster than a year ago.',
  'A second crane line opens in the autumn, the port engineer told a meeting of shipping agents.',
];
const zhNews = [
  '港务局表示集装箱吞吐量再创新高，来自十二个港口的货轮停靠新码头。',
  '码头工人实行三班倒，装卸效率比去年同期提高了一成以上。',
  '港口工程师在航运代理会议上说，第二条岸桥作业线将于秋季投入使用。',
];

/**
 * A long article whose every paragraph says which day it is (so each can be found in both
 * panes), with lines the cleaner removes between them (a share widget, and in English an
 * advertisement and a related link), and now and then a spam phrase inside a paragraph.
 */
export function articleWithRemovals(language: 'zh' | 'en', days: number): string {
  const news = language === 'zh' ? zhNews : enNews;
  const lines = [
    language === 'zh' ? '港口吞吐量持续增长' : 'Harbour traffic keeps growing',
    '',
    language === 'zh' ? '2025-03-15 09:30 来源:某某日报' : 'March 15, 2025 — Source: example.org',
    '',
  ];
  for (let day = 1; day <= days; day++) {
    // One to three sentences repeated: paragraphs of many lengths, the longest wrap.
    const sentences = Array.from({ length: 1 + (day % 3) * 2 }, (_, i) => news[(day + i) % 3]);
    if (day % 12 === 0) sentences.splice(1, 0, '包养网');
    const said = language === 'zh' ? `第${day}天消息：` : `Day ${day} report: `;
    lines.push(said + sentences.join(language === 'zh' ? '' : ' '), '');
    if (day % 12 === 6)
      lines.push(
        ...(language === 'zh'
          ? ['扫一扫，分享到微信朋友圈']
          : ['Advertisement', 'Related: Best phones of the year', '']),
      );
  }
  lines.push(
    language === 'zh' ? '相关推荐' : 'Recommended Reading',
    language === 'zh' ? '- 科技园区发展报告' : '- Best phones of the year',
  );
  return lines.join('\n');
}
