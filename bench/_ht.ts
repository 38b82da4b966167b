import { readFileSync } from 'node:fs';
import { readArticle, cleanArticle } from '@winnow/text';
for (const id of process.argv.slice(2)) {
  const f = `/work/shared/peers/cwced/html/${id}.html`;
  const a = readArticle(readFileSync(f), f);
  const c = cleanArticle(a.raw, { mainText: a.mainText, titles: a.titles ?? undefined });
  console.log(
    id,
    '=>',
    c.title,
    '|',
    JSON.stringify(a.titles).slice(0, 300),
    '| main:',
    (a.mainText ?? '').slice(0, 60).replace(/\n/g, ' / '),
  );
}
