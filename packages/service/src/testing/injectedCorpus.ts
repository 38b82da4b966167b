/**
 * Forty short Chinese news items made of our own sentences, every other one with
 * `phrase` pasted inside a sentence, between two of its characters, as link farms do.
 * Deterministic. File name → text, ready to write or to serve.
 */
const SENTENCES = [
  '科学技术部今天发布了新的国际合作计划。',
  '联合实验室的研究人员完成了第一阶段的测试。',
  '会议期间双方签署了多份合作文件。',
  '这个项目将在明年春天正式启动。',
  '来自十多个国家的代表参加了论坛。',
  '专家认为数据共享是合作的基础。',
  '新建的观测站位于高原的南部边缘。',
  '培训班已经为当地培养了大量技术人员。',
  '研究团队计划在秋季发表最终报告。',
  '地方政府为园区提供了长期的支持。',
  '海水养殖技术在沿海地区推广得很快。',
  '年轻科学家在交流中获得了新的想法。',
];

export function injectedCorpus(phrase: string, articles = 40): Record<string, string> {
  let seed = 7;
  const next = (n: number) => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed % n;
  };
  const files: Record<string, string> = {};
  for (let a = 0; a < articles; a++) {
    const picked = Array.from({ length: 6 }, () => SENTENCES[next(SENTENCES.length)]!);
    if (a % 2 === 0) {
      const i = next(picked.length);
      const sentence = picked[i]!;
      const at = 2 + next(sentence.length - 4);
      picked[i] = `${sentence.slice(0, at)}${phrase}${sentence.slice(at)}`;
    }
    files[`a${String(a).padStart(2, '0')}.txt`] = `第${a}期科技简讯\n\n${picked.join('')}\n`;
  }
  return files;
}
