import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openService } from '../src/service.ts';
const dir = mkdtempSync(join(tmpdir(), 'probe-'));
const s = openService({ dbPath: join(dir, 'c.sqlite') });
const path = join(dir, 'a.txt');
writeFileSync(path, '海滨新闻第1篇\n来源：海滨日报\n\n海滨市第1届渔业节开幕，吸引游客3万人次。2025年3月5日。\n');
const r: any = await s.call('articles.import', { paths: [path] });
const id = r.value.files[0].articleId;
const a: any = (await s.call('articles.get', { id })).value;
const fact = a.facts[0];
const j = (x: any) => JSON.stringify(x).slice(0, 250);
for (const [kind, tagCall] of [
  ['fact', (tagId: number) => s.call('facts.tag', { id: fact.id, tagId, on: true, editor: 'c' } as any)],
  ['article', (tagId: number) => s.call('articles.tag', { id, tagId, on: true, editor: 'c' } as any)],
  ['many', (tagId: number) => s.call('articles.tagMany', { ids: [id], tagId, on: true, editor: 'c' } as any)],
] as const) {
  const t1: any = (await s.call('tags.create', { name: kind + '1' } as any)).value;
  const t2: any = (await s.call('tags.create', { name: kind + '2' } as any)).value;
  console.log(kind, 'tag', j(await tagCall(t1.id)));
  console.log(kind, 'undo', j(await s.call('decisions.undo', { editor: 'c' } as any)));
  console.log(kind, 'merge', j(await s.call('tags.merge', { from: t1.id, into: t2.id } as any)));
  console.log(kind, 'redo', j(await s.call('decisions.redo', { editor: 'c' } as any)));
  console.log(kind, 'dangling', j(s.store.db.prepare('SELECT * FROM fact_tag WHERE tag_id NOT IN (SELECT id FROM tag)').all()), j(s.store.db.prepare('SELECT * FROM article_tag WHERE tag_id NOT IN (SELECT id FROM tag)').all()));
  // delete variant
  const t3: any = (await s.call('tags.create', { name: kind + '3' } as any)).value;
  console.log(kind, 'tag3', j(await tagCall(t3.id)));
  console.log(kind, 'undo3', j(await s.call('decisions.undo', { editor: 'c' } as any)));
  console.log(kind, 'delete3', j(await s.call('tags.delete', { id: t3.id, editor: 'd' } as any)));
  console.log(kind, 'redo3', j(await s.call('decisions.redo', { editor: 'c' } as any)));
}
console.log('fk', j(s.store.db.pragma('foreign_keys')));
s.close();
