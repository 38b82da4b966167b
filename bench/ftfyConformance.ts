/**
 * Encoding repair measured on ftfy's test cases (../shared/peers/ftfy, read, never copied).
 *
 * Each case goes through the cleaner's encoding repair (rule `repair.utf8-mojibake`) and
 * the edits it would apply are put on the original. ftfy also straightens curly quotes, narrows
 * full-width punctuation, splits ligatures and drops control characters; Winnow never
 * does, so a result is compared with ftfy's after both are put through the same
 * normalization (quotes, NFKC, controls). A case "needs an encoding repair" when its
 * original and ftfy's answer still differ after that normalization.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { APPLY_AT, applyEdits, utf8MojibakeEdits } from '@winnow/text';

type Case = { label: string; original: string; fixed: string; expect: 'pass' | 'fail' };

export type FtfyReport = {
  /** expect: pass cases (outside negative.json) whose fix is an encoding repair. */
  repairs: number;
  repaired: number;
  failures: { label: string; original: string; expected: string; got: string }[];
  negatives: number;
  /** Negative cases Winnow's repairs changed (must be none). */
  negativesChanged: { label: string; original: string; got: string }[];
  /** Negative cases changed at all (each as ftfy's answer is). */
  negativesTouched: number;
};

/** What ftfy does beyond encodings, undone on both sides before comparing. */
function comparable(text: string): string {
  return (
    text
      .normalize('NFKC')
      .replace(/[\u2018\u2019\u201a\u201b\u2032\u00b4\u02bc]/gu, "'")
      .replace(/[\u201c\u201d\u201e\u201f\u2033]/gu, '"')
      // Control characters (C0 but tab and newline, and C1), which ftfy removes.
      .replace(/\p{Cc}/gu, (ch) => (ch === '\n' || ch === '\t' ? ch : ''))
  );
}

/** The repair's applied edits on the original (the cleaner's other rules left out: they
 * judge whole articles, and a one-line case is no article). */
function repaired(original: string): string {
  return applyEdits(
    original,
    utf8MojibakeEdits(original).filter((e) => e.confidence >= APPLY_AT),
  );
}

export function ftfyConformance(peers: string): FtfyReport | null {
  const dir = join(peers, 'ftfy');
  if (!existsSync(dir)) return null;
  const read = (name: string) =>
    JSON.parse(readFileSync(join(dir, `${name}.json`), 'utf8')) as Case[];
  const report: FtfyReport = {
    repairs: 0,
    repaired: 0,
    failures: [],
    negatives: 0,
    negativesChanged: [],
    negativesTouched: 0,
  };
  for (const name of ['in-the-wild', 'synthetic', 'language-names']) {
    for (const c of read(name)) {
      if (c.expect !== 'pass' || comparable(c.original) === comparable(c.fixed)) continue;
      report.repairs++;
      const got = repaired(c.original);
      if (comparable(got) === comparable(c.fixed)) report.repaired++;
      else report.failures.push({ label: c.label, original: c.original, expected: c.fixed, got });
    }
  }
  for (const c of read('negative')) {
    report.negatives++;
    const got = repaired(c.original);
    // Unchanged, or changed only as ftfy's own answer is (C1 controls read as Windows-1252).
    if (got !== c.original && comparable(got) !== comparable(c.fixed))
      report.negativesChanged.push({ label: c.label, original: c.original, got });
    if (got !== c.original) report.negativesTouched++;
  }
  return report;
}
