/**
 * The cwced HTML pages (../shared/peers/cwced/html) read and cleaned exactly as an import
 * does, written as {"<id>": "<cleaned text>"} for ../shared/scripts/body_score.mjs.
 *   node bench/cwcedHtml.ts OUT.json [HTML_DIR]   (through pnpm exec: Node 24)
 * With --titles, writes {"<id>": "<title an import stores>"} instead.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cleanArticle, readArticle } from '@winnow/text';

const args = process.argv.slice(2);
const titles = args.includes('--titles');
const [out, dir = join(import.meta.dirname, '..', '..', 'shared', 'peers', 'cwced', 'html')] =
  args.filter((a) => a !== '--titles');
if (out === undefined) throw new Error('usage: node bench/cwcedHtml.ts OUT.json [HTML_DIR]');
const result: Record<string, string> = {};
for (const name of readdirSync(dir)
  .filter((n) => /\.html?$/i.test(n))
  .sort()) {
  const article = readArticle(readFileSync(join(dir, name)), name);
  const cleaning = cleanArticle(article.raw, {
    mainText: article.mainText,
    titles: article.titles,
  });
  const id = name.replace(/\.html?$/i, '');
  result[id] = titles ? (cleaning.title ?? '') : cleaning.cleaned;
}
writeFileSync(out, JSON.stringify(result, null, 1));
