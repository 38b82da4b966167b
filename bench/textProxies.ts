/**
 * Two checks of the text path on pages it was not built with, printed by `pnpm conformance`
 * (figures only, nothing asserted; w3m makes the dumps here, as in gneDumps.ts):
 * - aeb's 181 pages (mostly English, some Korean, Japanese, Russian) saved as `w3m -dump`
 *   text and cleaned as text files, scored against aeb's own gold with the shared scorer,
 *   beside doing nothing and Winnow's HTML path on the same pages;
 * - gne's 60 Chinese pages as w3m dumps, scored against what Winnow's HTML path keeps of
 *   the same page (gne has no gold of its own: this measures how far the two paths agree,
 *   with the body scorer's tails and lost last paragraphs).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { cleanedPage } from './cwced.ts';
import { w3mDump } from './gneDumps.ts';

export type Score = Record<string, number>;

/** Runs one of the shared scorers on `ours`; its first line of JSON. */
export function scored(scorer: string, truth: string, ours: unknown, dir: string): Score {
  const path = join(dir, 'ours.json');
  writeFileSync(path, JSON.stringify(ours));
  const run = spawnSync(process.execPath, [scorer, truth, path], { encoding: 'utf8' });
  return JSON.parse(run.stdout.trim().split('\n')[0] ?? '{}') as Score;
}

export const figures = (s: Score) =>
  `F1 ${s['f1']?.toFixed(3)} (P ${s['precision']?.toFixed(3)} R ${s['recall']?.toFixed(3)})`;

export function aebAsText(peers: string, scripts: string, log: (line: string) => void): Score {
  const root = join(peers, 'aeb');
  const truth = join(root, 'ground-truth.json');
  const ids = Object.keys(JSON.parse(readFileSync(truth, 'utf8')) as object);
  const shapes = { nothing: {}, text: {}, html: {} } as Record<string, Record<string, unknown>>;
  for (const id of ids) {
    const bytes = gunzipSync(readFileSync(join(root, 'html', `${id}.html.gz`)));
    const dump = w3mDump(bytes);
    shapes['nothing']![id] = { articleBody: dump };
    shapes['text']![id] = { articleBody: cleanedPage(Buffer.from(dump, 'utf8'), `${id}.txt`) };
    shapes['html']![id] = { articleBody: cleanedPage(bytes, `${id}.html`) };
  }
  const dir = mkdtempSync(join(tmpdir(), 'winnow-aeb-text-'));
  try {
    const [text, nothing, html] = (['text', 'nothing', 'html'] as const).map((shape) =>
      scored(join(scripts, 'aeb_score.mjs'), truth, shapes[shape], dir),
    );
    log(
      `aeb as w3m dumps (${ids.length} pages), text path: ${figures(text!)}; ` +
        `doing nothing ${figures(nothing!)}; the HTML path ${figures(html!)}`,
    );
    return text!;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export function gneTextAgainstHtml(
  peers: string,
  scripts: string,
  log: (line: string) => void,
): Score {
  const root = join(peers, 'gne', 'tests');
  const dir = mkdtempSync(join(tmpdir(), 'winnow-gne-text-'));
  const gold = join(dir, 'html');
  mkdirSync(gold);
  const text: Record<string, string> = {};
  try {
    for (const site of readdirSync(root).sort())
      for (const name of readdirSync(join(root, site)).filter((n) => n.endsWith('.html'))) {
        const id = `${site}_${name.replace(/\.html$/, '')}`;
        const bytes = readFileSync(join(root, site, name));
        writeFileSync(join(gold, `${id}.txt`), cleanedPage(bytes, name));
        text[id] = cleanedPage(Buffer.from(w3mDump(bytes), 'utf8'), `${name}.txt`);
      }
    const score = scored(join(scripts, 'body_score.mjs'), gold, text, dir);
    log(
      `gne as w3m dumps against Winnow's HTML reading (${score['pages']} pages): ` +
        `${figures(score)}; chrome lines ${score['chromeLines']}; pages with >50 chars after ` +
        `the article ${score['pagesWithTailOver50']}; last paragraph lost ${score['lastParagraphLost']}`,
    );
    return score;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
