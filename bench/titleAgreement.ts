/**
 * Titles of pages saved as text, against the title Winnow reads from the same page's HTML
 * (its <title>, og:title and <h1>, cleaned): how often the text path names the article as
 * the page itself does, rather than by a menu row, a credit, a widget's word or its first
 * sentence. Printed by `pnpm conformance`; floors in tooling/conformance.test.ts.
 *   - cwced's 35 pages in its three dumps (txt, w3m, rec);
 *   - gne's 60 pages made into the two crawler shapes here (bench/crawlerDumps.ts).
 * The HTML reading is no gold: where it is wrong itself (a page titled `显示`), the two
 * disagree and the page counts against the text path all the same.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cleanArticle, readArticle } from '@winnow/text';
import { crawlerDump, dumpShapeMissing } from './crawlerDumps.ts';
import type { DumpShape } from './crawlerDumps.ts';

export type TitleAgreement = { shape: string; pages: number; agree: number; differ: string[] };

/** The title an import stores for a file of these bytes. */
function titleOf(bytes: Uint8Array, name: string): string {
  const article = readArticle(bytes, name);
  return (
    cleanArticle(article.raw, { mainText: article.mainText, titles: article.titles }).title ?? ''
  );
}

const squash = (text: string) =>
  text
    .normalize('NFKC')
    .replace(/[\s\p{P}\p{S}]+/gu, '')
    .toLowerCase();

function pairs(text: string): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i + 1 < text.length; i++) out.add(text.slice(i, i + 2));
  return out;
}

/** One title holds the other, or most of their character pairs are the same. */
export function sameTitle(a: string, b: string): boolean {
  const x = squash(a);
  const y = squash(b);
  if (x === '' || y === '') return false;
  if (x.includes(y) || y.includes(x)) return true;
  const px = pairs(x);
  const py = pairs(y);
  let shared = 0;
  for (const p of px) if (py.has(p)) shared++;
  return (2 * shared) / (px.size + py.size) >= 0.6;
}

function tally(
  shape: string,
  pages: Array<{ id: string; html: string; text: string }>,
): TitleAgreement {
  const differ = pages.filter((p) => !sameTitle(p.text, p.html)).map((p) => p.id);
  return { shape, pages: pages.length, agree: pages.length - differ.length, differ };
}

/** cwced's dumps, each shape against the HTML page's title. */
export function cwcedTitles(peers: string): TitleAgreement[] {
  const root = join(peers, 'cwced');
  const ids = readdirSync(join(root, 'html'))
    .filter((f) => f.endsWith('.html'))
    .map((f) => f.slice(0, -5))
    .sort();
  const html = new Map(
    ids.map((id) => [id, titleOf(readFileSync(join(root, 'html', `${id}.html`)), `${id}.html`)]),
  );
  return ['txt', 'w3m', 'rec'].map((shape) =>
    tally(
      `cwced ${shape}`,
      ids
        .filter((id) => existsSync(join(root, 'dumps', shape, `${id}.txt`)))
        .map((id) => ({
          id,
          html: html.get(id) ?? '',
          text: titleOf(readFileSync(join(root, 'dumps', shape, `${id}.txt`)), `${id}.txt`),
        })),
    ),
  );
}

/** gne's pages in each crawler shape that can be made here. */
export function gneTitles(peers: string): TitleAgreement[] {
  const root = join(peers, 'gne', 'tests');
  const files = readdirSync(root)
    .sort()
    .flatMap((site) =>
      readdirSync(join(root, site))
        .filter((f) => f.endsWith('.html'))
        .sort()
        .map((f) => ({ id: `${site}/${f}`, bytes: readFileSync(join(root, site, f)) })),
    );
  const html = files.map((f) => titleOf(f.bytes, 'page.html'));
  const shapes: DumpShape[] = ['w3m-1000', 'html2text'];
  return shapes
    .filter((shape) => dumpShapeMissing(shape) === null)
    .map((shape) =>
      tally(
        `gne ${shape}`,
        files.map((f, i) => ({
          id: f.id,
          html: html[i] ?? '',
          text: titleOf(Buffer.from(crawlerDump(f.bytes, shape), 'utf8'), 'page.txt'),
        })),
      ),
    );
}

export function titleAgreementReport(peers: string, log: (line: string) => void): void {
  const rows = [
    ...(existsSync(join(peers, 'cwced', 'html')) ? cwcedTitles(peers) : []),
    ...(existsSync(join(peers, 'gne', 'tests')) ? gneTitles(peers) : []),
  ];
  for (const row of rows)
    log(
      `titles of ${row.shape} dumps agreeing with the HTML reading's: ${row.agree}/${row.pages}` +
        (row.differ.length > 0 ? `; differ: ${row.differ.slice(0, 8).join(', ')}` : ''),
    );
}
