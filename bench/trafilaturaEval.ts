/**
 * trafilatura's evaluation set, the part with pages here: five CJK pages (Chinese and
 * Japanese news, an encyclopedia entry) with snippets the article must hold and snippets
 * it must not (../shared/peers/trafilatura_eval). Scored as trafilatura scores it: each
 * wanted snippet found is a hit, each unwanted one found a false alarm, counted over all
 * pages. Read as HTML and as a `w3m -dump` of the same page; a dump wraps lines at 80
 * columns, so snippets are matched there with white space taken out on both sides.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cleanedPage } from './cwced.ts';
import { w3mDump, w3mMissing } from './gneDumps.ts';

type Entry = { file: string; with: string[]; without: string[] };

export type SegmentScore = {
  pages: number;
  precision: number;
  recall: number;
  f1: number;
  /** Per page: wanted snippets missing, unwanted ones kept. */
  misses: Array<{ file: string; missing: string[]; kept: string[] }>;
};

export const trafilaturaEvalRoot = (peers: string) => join(peers, 'trafilatura_eval');

function score(entries: Entry[], texts: string[], squash: (s: string) => string): SegmentScore {
  let hits = 0;
  let alarms = 0;
  let wanted = 0;
  const misses: SegmentScore['misses'] = [];
  entries.forEach((entry, i) => {
    const text = squash(texts[i] ?? '');
    const missing = entry.with.filter((s) => !text.includes(squash(s)));
    const kept = entry.without.filter((s) => text.includes(squash(s)));
    hits += entry.with.length - missing.length;
    wanted += entry.with.length;
    alarms += kept.length;
    if (missing.length || kept.length) misses.push({ file: entry.file, missing, kept });
  });
  const precision = hits / Math.max(1, hits + alarms);
  const recall = hits / Math.max(1, wanted);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { pages: entries.length, precision, recall, f1, misses };
}

/** The pages of the set whose HTML is here, scored in each shape Winnow reads them. */
export function trafilaturaEval(peers: string): { html: SegmentScore; w3m: SegmentScore | null } {
  const root = trafilaturaEvalRoot(peers);
  const set = JSON.parse(readFileSync(join(root, 'evaldata_cjk.json'), 'utf8')) as Record<
    string,
    Entry
  >;
  const entries = Object.values(set).filter((e) => existsSync(join(root, 'html', e.file)));
  const pages = entries.map((e) => readFileSync(join(root, 'html', e.file)));
  const spaced = (s: string) => s.replace(/\s+/g, ' ').trim();
  const html = score(
    entries,
    pages.map((bytes, i) => cleanedPage(bytes, entries[i]!.file)),
    spaced,
  );
  if (w3mMissing()) return { html, w3m: null };
  const unspaced = (s: string) => s.replace(/\s+/g, '');
  const w3m = score(
    entries,
    pages.map((bytes, i) =>
      cleanedPage(Buffer.from(w3mDump(bytes), 'utf8'), `${entries[i]!.file}.txt`),
    ),
    unspaced,
  );
  return { html, w3m };
}

export function trafilaturaEvalReport(peers: string, log: (line: string) => void): void {
  if (!existsSync(trafilaturaEvalRoot(peers))) return;
  const { html, w3m } = trafilaturaEval(peers);
  const line = (label: string, s: SegmentScore) =>
    `trafilatura's CJK pages (${s.pages}) ${label}: P ${s.precision.toFixed(3)} R ${s.recall.toFixed(3)} F1 ${s.f1.toFixed(3)}` +
    (s.misses.length
      ? `; ${s.misses.map((m) => `${m.file}: −${m.missing.length} +${m.kept.length}`).join(', ')}`
      : '');
  log(line('as HTML', html));
  log(
    w3m
      ? line('as w3m dumps', w3m)
      : `trafilatura's CJK pages as w3m dumps: not measured, ${w3mMissing()}`,
  );
  log('  (trafilatura 2.2 on its whole 990-page set: P 0.906 R 0.943 F1 0.924)');
}
