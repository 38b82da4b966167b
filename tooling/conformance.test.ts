import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { aeb, gne, peers, peersPresent } from '../bench/conformance.ts';
import { cwcedPresent, cwcedShape } from '../bench/cwced.ts';
import type { Shape } from '../bench/cwced.ts';
import { gneDumps, gnePresent, w3mMissing } from '../bench/gneDumps.ts';
import { ftfyConformance } from '../bench/ftfyConformance.ts';
import { numeralConformance } from '../bench/numeralConformance.ts';
import { trafilaturaEval, trafilaturaEvalRoot } from '../bench/trafilaturaEval.ts';
import { cwcedTitles, gneTitles } from '../bench/titleAgreement.ts';

/**
 * Cleaning measured on other projects' test data (../shared/peers, beside the checkout in
 * CI). Each is an acceptance line of the cleaning issue and must keep holding: aeb F1 at
 * least 0.96, no chrome left in the gne pages, 95% of ftfy's encoding repairs and none of
 * its negative cases changed.
 */
describe.skipIf(!peersPresent)(
  'conformance with ../shared/peers (skipped without ../shared/peers beside the checkout)',
  () => {
    it('gne: no ICP number, related-links list, comment prompt or copyright footer survives in 60 Chinese pages', () => {
      const result = gne();
      expect(result.pages).toBe(60);
      expect(result.pagesWithChrome).toBe(0);
    }, 120_000);

    it('aeb: F1 at least 0.96, and at least Readability.js alone on the same pages', () => {
      const f1 = aeb();
      const winnow = f1['Winnow'] ?? 0;
      const readability = f1['Readability.js alone (same DOM)'] ?? 1;
      expect(winnow).toBeGreaterThanOrEqual(0.96);
      expect(winnow).toBeGreaterThanOrEqual(readability);
    }, 180_000);

    it('ftfy: at least 95% of the encoding repairs fixed, no negative case changed', () => {
      const report = ftfyConformance(peers)!;
      expect(report.repairs).toBeGreaterThan(90);
      expect(
        report.repaired / report.repairs,
        JSON.stringify(report.failures),
      ).toBeGreaterThanOrEqual(0.95);
      expect(report.negatives).toBe(31);
      expect(report.negativesChanged).toEqual([]);
    });

    it('numerals: at least 98% exact on the cn2an and nzh tables that apply to reading text', () => {
      for (const report of numeralConformance(peers)) {
        expect(report.rows).toBeGreaterThan(90);
        expect(report.exact / report.rows, JSON.stringify(report.failures)).toBeGreaterThanOrEqual(
          0.98,
        );
      }
    });
  },
);

/**
 * Pages nobody tuned for, in the shapes they arrive (the text-cleaning issue): cwced's 35
 * pages with gold text, scored by the shared scorer, as HTML and as three text dumps; and
 * gne's 60 pages saved as text by w3m. Floors are what the cleaner reaches today, so a
 * change that loses ground fails here. The F1 targets (HTML 0.95, txt and w3m 0.93,
 * lenient text 0.94) are met; its tail target (at most 2 pages) is not: three pages count
 * a tail in every shape whatever is kept (two golds go on past their last long paragraph
 * with a table or short lines, so the gold itself counts one; one gold stops at 展开全文
 * mid-article, where its page folds the rest away: a text dump of it keeps the rest).
 */
const FLOORS: Record<
  Shape,
  { f1: number; chrome: number; tails: number; lastLost: number; lostInputHad: number }
> = {
  html: { f1: 0.98, chrome: 0, tails: 2, lastLost: 1, lostInputHad: 1 },
  txt: { f1: 0.965, chrome: 0, tails: 3, lastLost: 2, lostInputHad: 0 },
  w3m: { f1: 0.963, chrome: 0, tails: 3, lastLost: 2, lostInputHad: 0 },
  rec: { f1: 0.96, chrome: 0, tails: 3, lastLost: 2, lostInputHad: 0 },
};

describe.skipIf(!cwcedPresent)(
  'cwced: real Chinese pages with gold text (skipped without ../shared/peers/cwced)',
  () => {
    for (const [shape, floor] of Object.entries(FLOORS) as Array<[Shape, (typeof FLOORS)[Shape]]>) {
      it(`${shape}: F1 at least ${floor.f1}, chrome lines at most ${floor.chrome}, tails over 50 characters at most ${floor.tails}, last paragraphs lost at most ${floor.lastLost}`, () => {
        const score = cwcedShape(shape);
        expect(score.pages).toBe(35);
        expect(score.f1).toBeGreaterThanOrEqual(floor.f1);
        expect(score.chromeLines).toBeLessThanOrEqual(floor.chrome);
        expect(score.pagesWithTailOver50).toBeLessThanOrEqual(floor.tails);
        // Of those tails, the only one that is not the gold's own is the page whose gold
        // stops at 展开全文. Its page hides the rest behind the button, and HTML is read
        // as a reader sees it; a text dump has the hidden rest inline, and it is kept.
        expect(
          score.tails.filter((t) => t.gold <= 50).map((t) => t.id),
          JSON.stringify(score.tails),
        ).toEqual(shape === 'html' ? [] : ['cw_d8d4c4ec']);
        expect(score.lastParagraphLost).toBeLessThanOrEqual(floor.lastLost);
        // The line: no last paragraph lost that the input had. The HTML one is the
        // page's category bar, which the gold keeps and Readability leaves out.
        expect(score.lostThatInputHad.length, score.lostThatInputHad.join()).toBeLessThanOrEqual(
          floor.lostInputHad,
        );
      }, 120_000);
    }
  },
);

const noW3m = gnePresent ? w3mMissing() : null;
if (noW3m) process.stdout.write(`gne as w3m dumps: skipped — ${noW3m}\n`);

describe.skipIf(!gnePresent || noW3m !== null)(
  'gne: 60 Chinese pages saved as text by w3m (skipped without ../shared/peers/gne or w3m)',
  () => {
    it('no chrome survives, and the article’s first and last paragraphs stay', () => {
      const report = gneDumps();
      expect(report.pages).toBe(60);
      const withChrome = new Set(Object.values(report.survivors).flat());
      expect(withChrome.size, JSON.stringify(report.survivors)).toBe(0);
      expect(report.firstParagraphLost, report.firstParagraphLost.join()).toEqual([]);
      // The two left are the HTML reference's: csdn/1's is the site's reposting notice,
      // njxfhn/1's another story below this one.
      expect(report.lastParagraphLost.length, report.lastParagraphLost.join()).toBeLessThanOrEqual(
        2,
      );
    }, 240_000);
  },
);

/**
 * trafilatura's own evaluation snippets on the five CJK pages it ships HTML for. Floors
 * are today's figures: as HTML one wanted snippet is only in the page's <meta>
 * description, and one unwanted one is a dictionary widget's note; as w3m dumps the
 * Japanese page's ruby readings stand inline in the text, so its snippets cannot match.
 */
const trafilaturaHere = peersPresent && existsSync(trafilaturaEvalRoot(peers));
describe.skipIf(!trafilaturaHere)(
  'trafilatura’s CJK evaluation pages (skipped without ../shared/peers/trafilatura_eval)',
  () => {
    it('as HTML F1 at least 0.93; as w3m dumps at least 0.76', () => {
      const { html, w3m } = trafilaturaEval(peers);
      expect(html.pages).toBe(5);
      expect(html.f1, JSON.stringify(html.misses)).toBeGreaterThanOrEqual(0.93);
      if (w3m) expect(w3m.f1, JSON.stringify(w3m.misses)).toBeGreaterThanOrEqual(0.76);
    }, 60_000);
  },
);

/**
 * Titles of pages saved as text, against the same pages' HTML reading (bench/titleAgreement.ts).
 * Floors are today's figures. The HTML reading is no gold (cwced's `显示`, `网易娱乐` are its
 * own misreadings), and on cwced the dumps often begin below the headline the HTML has.
 */
describe.skipIf(!cwcedPresent || !gnePresent || noW3m !== null)(
  'titles of pages saved as text (skipped without ../shared/peers/cwced, gne or w3m)',
  () => {
    it('name the article as its HTML reading does on most pages', () => {
      const floors: Record<string, number> = {
        'cwced txt': 28,
        'cwced w3m': 23,
        // 20 before a text with no headline got no title rather than its opening line: one
        // rec page's opening line (a section's heading run on into its first paragraph) had
        // agreed by containing the HTML's title.
        'cwced rec': 19,
        'gne w3m-1000': 49,
        'gne html2text': 49,
      };
      const rows = [...cwcedTitles(peers), ...gneTitles(peers)];
      for (const row of rows)
        expect(row.agree, `${row.shape}: ${row.differ.join(', ')}`).toBeGreaterThanOrEqual(
          floors[row.shape] ?? row.pages,
        );
    }, 120_000);
  },
);
