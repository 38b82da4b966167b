/**
 * What one large article costs, from import to every export and the background keeper,
 * each in a fresh corpus: `node bench/largeArticle.ts 1 2 4 10` (sizes in MB of UTF-8).
 * Prints one JSON line per size: each step's outcome, seconds, and the process's peak RSS.
 * This measured the article-size limit (see README "Limits").
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { exportFormats } from '@winnow/contract';
import { openService } from '@winnow/service';

const sentences = [
  '北京消息,科学技术部签署了合作协议,涉及80多个国家。',
  '上海消息,联合实验室启动了联合研究项目,涉及1.6万人次。',
  '广州消息,青年科学家发布了创新合作报告,涉及近40家实验室,投资超过6000亿元。',
  '深圳消息,有关部门举办了科技交流活动,涉及约3000名学员。会议包养网期间',
  'Officials said the programme reached more than 80 countries and 16,000 visitors.',
];

/** About `bytes` of UTF-8: paragraphs of Chinese and English sentences with figures and spam. */
export function largeArticleText(bytes: number): string {
  const parts = ['大型报告:国际科技合作进展\n\n'];
  let size = 40;
  for (let i = 0; size < bytes; i++) {
    const sentence = sentences[i % sentences.length]!;
    parts.push(sentence, i % 6 === 5 ? '\n\n' : '');
    size += Buffer.byteLength(sentence) + (i % 6 === 5 ? 2 : 0);
  }
  return parts.join('');
}

async function step<T>(name: string, work: () => Promise<T>): Promise<Record<string, unknown>> {
  const started = performance.now();
  try {
    const value = await work();
    return { step: name, ok: true, s: +((performance.now() - started) / 1000).toFixed(2), value };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return {
      step: name,
      ok: false,
      s: +((performance.now() - started) / 1000).toFixed(2),
      message,
    };
  }
}

async function measure(megabytes: number): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'winnow-large-'));
  const file = join(dir, 'large.txt');
  writeFileSync(file, largeArticleText(megabytes * 1024 * 1024));
  const service = openService({ dbPath: join(dir, 'c.sqlite') });
  const steps: Record<string, unknown>[] = [];
  const call = async (method: string, params: unknown) => {
    const result = await service.callByName(method, params);
    if (!result.ok) throw new Error(result.error.message);
    return result.value as Record<string, unknown>;
  };
  try {
    steps.push(
      await step('import', async () => {
        const report = await call('articles.import', { paths: [file] });
        return (report['files'] as Array<{ outcome: string; message: string | null }>)[0];
      }),
    );
    steps.push(
      await step('get', async () => {
        const article = await call('articles.get', { id: 1 });
        return {
          chars: (article['raw'] as string).length,
          edits: (article['edits'] as unknown[]).length,
          facts: (article['facts'] as unknown[]).length,
        };
      }),
    );
    for (const format of exportFormats) {
      const out = join(dir, `out.${format}`);
      steps.push(
        await step(`export ${format}`, async () => {
          const summary = await call('articles.export', { format, out, status: 'any' });
          return summary['bytes'];
        }),
      );
    }
    steps.push(await step('keeper (bundles.prepare)', () => call('bundles.prepare', {})));
  } finally {
    service.close();
    rmSync(dir, { recursive: true, force: true });
  }
  const maxRssMb = Math.round(process.resourceUsage().maxRSS / 1024);
  process.stdout.write(`${JSON.stringify({ megabytes, maxRssMb, steps })}\n`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const size of process.argv.slice(2).map(Number)) await measure(size);
}
