import { RULE } from '@winnow/contract';
import type { RuleEdit } from './edits.ts';
import { linesOf, removal } from './lines.ts';
import type { Line } from './lines.ts';
import { isShaped, menuRun, menusFirst } from './menus.ts';
import { sections, TRAILING_LINES } from './blockSections.ts';
import type { Block, Where } from './blockSections.ts';
import { pointsApart, pointsJudged } from './points.ts';
import { EDITOR, isCommentMarker } from './markers.ts';
import {
  closesSentence,
  densestRun,
  findArticleRegion,
  lineWorths,
  STOPPED,
  stoppedShare,
} from './region.ts';
import { bareRuns } from './bareRuns.ts';
import { exclaimedHeadline } from './exclaimedHeadline.ts';
import { postedAgo } from './articleRun.ts';
import { repeatedCopyEdits } from './repeatedCopy.ts';
import { headlineAgainEdits } from './headlineAgain.ts';
import { twinLines } from './twinLines.ts';
import { besideEdits, columnsOf } from './columns.ts';
import { signatureEdit } from './signature.ts';
import { trailingLinkEdit } from './trailingLink.ts';
import { pageAfterStory, partOfItsOwn } from './afterStory.ts';
import { headlineTop } from './headlineLines.ts';
import { rules } from './layoutRules.ts';
import { captionEdits } from './unstopped.ts';
import { relatedInsideEdits } from './inlineRelated.ts';
import { aroundPanels, isPanel } from './cards.ts';
import { inTheStorysWords } from './storyWords.ts';
import { placeholderEdits } from './placeholders.ts';
import { creditedCaptionEdits } from './creditedCaption.ts';
import { signUpEdits } from './signUp.ts';
import type { ArticleRegion } from './region.ts';

/**
 * Main-content detection for a page saved as text (html2text, `w3m -dump`, a browser's
 * "save as text", a lenient extractor's output): what lies outside the article region is
 * removed, one edit per block, each saying what the block looks like. A block is removed
 * outright only when it bears the page's marks of furniture (marker words, bullets,
 * headings, rows of links) and holds much less prose than the article; otherwise the
 * removal is proposed for the editor to decide, and a small unmarked block is left to the
 * line rules.
 */
const SURE = 0.9;
const UNSURE = 0.6;
const SURE_ALONE = { confidence: SURE, rival: null };

const PLACE: Record<Where, string> = {
  before: 'Before the article the page shows',
  'under-headline': 'Between the headline and the article the page shows',
  after: 'After the article the page adds',
};

/** Less than one paragraph's worth of prose is no article to cut the page around. */
const ARTICLE_WORTH = 80;
/** A line this long is a paragraph, whatever label stands above it. */
const ARTICLE_LINE_TOKENS = 100;
/** The longest editor line (责任编辑：张三 李四): a longer line is a sentence about an editor. */
const EDITOR_TOKENS = 30;
/** Posting times that make the lines under a comment label a thread of posts. */
const THREAD_STAMPS = 3;
/** The most words a post's time standing alone holds (`12小时前`, `昨天 09:15`). */
const POST_TIME_TOKENS = 8;
/** Teaser cards (headlines shown twice) that make a block a list of them. */
const TWIN_CARDS = 3;

/** How sure the removal of a block is, and why; null to leave the block to the line rules. */
type Judgement = {
  reason: string;
  confidence: number;
  /** The run of prose (line indices) that alone made a removal of marked furniture unsure. */
  rival: { from: number; to: number } | null;
};

function judge(region: ArticleRegion, block: Block): Judgement | null {
  if (block.points) return pointsJudged(PLACE[block.where], UNSURE);
  if (block.verdict) return { reason: `${PLACE[block.where]} ${block.verdict}`, ...SURE_ALONE };
  const shapes = region.shapes.slice(block.from, block.to + 1).filter((s) => !s.blank);
  if (block.bare) {
    const count = `${shapes.length} line${shapes.length === 1 ? '' : 's'}`;
    return {
      reason: `${PLACE[block.where]} ${count} of its own, bulleted, labelled or a word or two each, none of them a sentence.`,
      confidence: SURE,
      rival: null,
    };
  }
  const values = region.values.slice(block.from, block.to + 1);
  // The most the block's own densest run is worth: a rival article, or scattered sentences.
  const run = densestRun(values);
  const prose = run?.worth ?? 0;
  const marker = shapes.find((s) => s.marker)?.text;
  const bullets = shapes.filter((s) => s.bullet).length;
  const rows = shapes.filter((s) => s.cells > 2).length;
  const headings = shapes.filter((s) => s.heading).length;
  // Shortness alone is no evidence (a list of places in a story is short lines too); the
  // page's marks of structure are, and a label heading the block.
  const stamped = shapes.filter((s) => s.stamps > 0 && !s.endsSentence).length;
  // Dates on lines of their own, several of them, date a listing's entries (one closes a
  // notice: 2022年1月27日 under the issuer's name).
  const dates = shapes.filter((s) => s.dated).length;
  const shaped = shapes.filter((s) => isShaped(s) || (dates >= 2 && s.dated)).length;
  const fields = shapes.filter((s) => s.field).length;
  const headed = shapes[0]?.marker === 'tail';
  // A block of fragments with some marks of furniture among them (a forum's posts: user
  // names, ranks, 楼层/时间 fields) is as plainly the page's as a list.
  const fragments = values.filter((v) => v < 0).length;
  // Above the story, a long run of one- and two-word items and bars (a site's menus) is the
  // page's even where the page holds little prose to call an article.
  const menus = block.where === 'before' && menuRun(region, block)?.to === block.to;
  // A few lines after the story with a mark of furniture among them and next to no prose
  // (【评论】【打印】【关闭】 and an advert) are the page's end, not the story's.
  const trailing =
    block.where === 'after' &&
    shaped >= 1 &&
    shapes.length <= TRAILING_LINES &&
    prose < Math.min(ARTICLE_WORTH, region.worth * 0.1);
  // After the story, lines of which none closes a sentence (teasers cut off mid-phrase,
  // headlines of other stories) with a mark of furniture among them are the page's, however
  // long each line runs.
  const unsentenced =
    block.where === 'after' &&
    shaped >= 1 &&
    // Lines that read like text, not a table's short cells (a table of data has no sentences either).
    shapes.filter((s) => !isShaped(s) && s.tokens >= 15 && !/[|│]/.test(s.text)).length >= 2 &&
    !shapes.some((s) => closesSentence(s) && !exclaimedHeadline(s)) &&
    shapes.filter(exclaimedHeadline).length * 5 <= shapes.length &&
    prose < region.worth * 0.25 &&
    // Only where the story itself closes its paragraphs on a stop.
    stoppedShare(region.shapes, region.first, region.last) >= STOPPED;
  // A listing of posts, each with its time, is the page's, and no rival story, whatever one
  // entry says.
  const listing =
    stamped >= THREAD_STAMPS && stamped >= shapes.filter((s) => s.tokens >= 10).length * 0.5;
  // Teaser cards, headlines shown twice (twinLines.ts) or a panel (cards.ts): the page's.
  const twins = twinLines(shapes);
  const panel = block.where !== 'under-headline' && isPanel(region, block);
  const cards = (twins >= TWIN_CARDS && twins * 5 >= shapes.length) || panel;
  const evident =
    cards ||
    headed ||
    trailing ||
    unsentenced ||
    menus ||
    listing ||
    shaped >= shapes.length * 0.5 ||
    (fragments >= shapes.length * 0.8 &&
      (shaped >= shapes.length * 0.2 ||
        marker !== undefined ||
        // Fragments above the headline are the top of the page.
        (block.where === 'before' && region.headline !== null)));
  if (!evident && shapes.length < 3) return null;
  const kinds = [
    marker && `“${marker.length > 16 ? `${marker.slice(0, 16)}…` : marker}”`,
    cards && (panel ? 'teaser cards' : `${twins} headlines each shown twice (teaser cards)`),
    bullets >= 2 && `${bullets} bulleted items`,
    headings >= 2 && `${headings} headings`,
    rows >= 1 && `${rows} rows of links or menu items`,
    stamped >= 2 && `${stamped} lines with a posting time`,
    fields >= 2 && `${fields} fields such as “${shapes.find((s) => s.field)?.text.slice(0, 12)}”`,
    shapes.length - shaped >= 2 && 'short lines that are not sentences',
  ].filter(Boolean);
  const count = `${shapes.length} line${shapes.length === 1 ? '' : 's'}`;
  let reason = `${PLACE[block.where]} ${count} of its own: ${kinds.join(', ') || 'page furniture'}.`;
  // Under a comment label, sentences are the readers' (however many), unless one is as long
  // as an article paragraph: a label never removes such a line.
  // Posting times under the label make it a thread of posts, long ones too: dated ones, or
  // one standing alone relative to now (2小时前), a post's and never a story's.
  const comments =
    headed &&
    isCommentMarker(shapes[0]?.text ?? '') &&
    (!shapes.some((s) => s.tokens >= ARTICLE_LINE_TOKENS) ||
      stamped >= THREAD_STAMPS ||
      shapes.some((s) => postedAgo(s) && s.tokens <= POST_TIME_TOKENS));
  // Much prose, or a paragraph in the story's own words (storyWords.ts), may be the story's;
  // after a sealed story, prose is a sidebar's (a live blog, other stories), however much.
  const own = inTheStorysWords(region, block.from, run);
  const rivals =
    (prose > region.worth * 0.5 || own) && !comments && !listing && !cards && !block.sealed;
  // A label heading lines none of which is a sentence (a pager, a list of headlines) is
  // furniture however little prose the page holds elsewhere: removing it loses no sentence.
  const labelledList = headed && values.every((v) => v <= 0);
  const weak = region.worth < ARTICLE_WORTH && !labelledList;
  if (weak) reason += ' The page holds little prose anywhere: check what the article is.';
  else if (rivals) reason += ' It holds much prose too: check it is not part of the story.';
  else if (!evident) reason += ' It bears no mark of the page’s furniture: check it.';
  if (weak && menus) reason = `${PLACE[block.where]} ${count} of its own: menus.`;
  const sure = evident && !rivals && (!weak || menus);
  const rival =
    evident && rivals && (!weak || menus) && run
      ? { from: block.from + run.first, to: block.from + run.last }
      : null;
  return { reason, confidence: sure ? SURE : UNSURE, rival };
}

/**
 * A block of marked furniture with a run of prose in it: only the run is in doubt (a rival
 * story, or the story's own lines the region missed). The furniture on either side of it
 * is judged again on its own, so a list of headlines is not kept for the sake of a
 * paragraph two hundred lines further on.
 */
function judgeAround(region: ArticleRegion, block: Block): Array<[Block, Judgement]> {
  const judged = judge(region, block);
  if (!judged) return [];
  const { rival } = judged;
  if (!rival || (rival.from <= block.from && rival.to >= block.to)) return [[block, judged]];
  const pieces: Array<[Block, Judgement]> = [];
  if (rival.from > block.from)
    pieces.push(...judgeAround(region, { ...block, to: rival.from - 1 }));
  const run = { ...block, from: rival.from, to: rival.to };
  const lines = region.shapes.slice(run.from, run.to + 1).filter((s) => !s.blank).length;
  pieces.push([
    run,
    {
      reason: `${PLACE[block.where]} ${lines} line${lines === 1 ? '' : 's'} written in sentences amid its furniture: check they are not part of the story.`,
      confidence: UNSURE,
      rival: null,
    },
  ]);
  if (rival.to < block.to) pieces.push(...judgeAround(region, { ...block, from: rival.to + 1 }));
  return pieces;
}

/**
 * Where a block above the story is in doubt as a whole, the site's menus it opens with
 * (menus.ts) are judged apart, as surely the page's as menus alone are; the rest on its own.
 */
function menusAhead(region: ArticleRegion, block: Block): Array<[Block, Judgement]> {
  const pieces = leadingLines(region, block);
  const doubted =
    block.where === 'before' && pieces.length === 1 && pieces[0]![1].confidence < SURE;
  const split = doubted ? menusFirst(region, block) : null;
  return split ? [...judgeAround(region, split[0]), ...leadingLines(region, split[1])] : pieces;
}

/**
 * The lines between the story's end and the first labelled section after it (a share
 * widget, a newsletter box, a few links, then `Related Articles`) hold too little to judge
 * alone. Where the whole of the page after the story, those lines and the labelled sections
 * together, is plainly furniture with no rival prose in it, they are its opening, removed as
 * surely; a judgement that found prose to doubt (a rival run) stands.
 */
function leadingLines(region: ArticleRegion, block: Block): Array<[Block, Judgement]> {
  const pieces = judgeAround(region, block);
  if (!block.opens || pieces.length !== 1) return pieces;
  const [[piece, judged]] = pieces as [[Block, Judgement]];
  if (judged.confidence >= SURE) return pieces;
  const shapes = region.shapes.slice(piece.from, piece.to + 1);
  if (partOfItsOwn(shapes)) return pieces;
  const whole = judge(region, block.opens);
  if (!whole || whole.confidence < SURE) return pieces;
  const lines = shapes.filter((s) => !s.blank).length;
  return [
    [
      piece,
      {
        reason: `${PLACE.after} ${lines} line${lines === 1 ? '' : 's'} ahead of its labelled sections, and what follows is all furniture: ${whole.reason.replace(/^[^:]*: /, '')}`,
        confidence: SURE,
        rival: null,
      },
    ],
  ];
}

/** Its edits, the headline they were judged around, the line its title is read from. */
export type TextPage = { edits: RuleEdit[]; headline: Line | null; titleLine: Line | null };

export function textPageEdits(raw: string): TextPage {
  const lines = linesOf(raw);
  // A dump that kept the page's columns is read in the story's column only.
  const columns = columnsOf(lines);
  const view = columns ? lines.map((l, i) => ({ ...l, trimmed: columns.view[i] ?? '' })) : lines;
  const found = lines.filter((l) => l.trimmed !== '').length < 3 ? null : findArticleRegion(view);
  if (!found) return { edits: [], headline: null, titleLine: null };
  // What lies outside the story is judged as the page shows it, other columns and all.
  const region = columns ? { ...found, ...lineWorths(lines) } : found;
  const top = region.headline === null ? region.first : headlineTop(region.shapes, region.headline);
  const blocks: Block[] = [{ from: 0, to: top - 1, where: 'before' }];
  if (region.headline !== null)
    // The story's original headline stays; the page's lines on either side of it are judged.
    for (const [from, to] of region.original
      ? [
          [region.headline + 1, region.original.from - 1],
          [region.original.to + 1, region.first - 1],
        ]
      : [[region.headline + 1, region.first - 1]])
      blocks.push({ from: from!, to: to!, where: 'under-headline' });
  const end = pageAfterStory(region);
  let next = end;
  while (region.shapes[next]?.blank) next++;
  const closer = region.shapes[next];
  const sealed =
    region.headline !== null &&
    closer !== undefined &&
    EDITOR.test(closer.text) &&
    closer.tokens <= EDITOR_TOKENS;
  blocks.push({ from: end, to: lines.length - 1, where: 'after', sealed });
  const filled = (l: Line) => l.trimmed !== '';
  const edits = blocks
    .filter((b) => b.from <= b.to)
    .flatMap((block) => aroundPanels(region.panels, block))
    .flatMap((block) => sections(region, block))
    .flatMap((block) => (region.worth < ARTICLE_WORTH ? bareRuns(region, block) : [block]))
    .flatMap((block) => pointsApart(region, block))
    .flatMap((block) => menusAhead(region, block))
    .flatMap(([section, judged]) => {
      const inside = lines.slice(section.from, section.to + 1).filter(filled);
      const first = inside[0];
      const last = inside[inside.length - 1];
      if (!first || !last) return [];
      const rule =
        section.rule ??
        (section.where === 'after'
          ? RULE.chromeAfterArticle
          : section.where === 'before'
            ? RULE.chromeBeforeArticle
            : RULE.chromeUnderHeadline);
      return [removal(raw, first, last, rule, judged.reason, judged.confidence)];
    });
  const sure = edits.filter((e) => e.confidence >= SURE);
  for (const block of blocks)
    for (const rule of rules(raw, lines, region, block))
      if (!sure.some((e) => e.start <= rule.start && e.end >= rule.end)) edits.push(rule);
  edits.push(...repeatedCopyEdits(raw, lines, found.shapes, region.first, region.last));
  edits.push(...headlineAgainEdits(raw, lines, found.shapes, found.values, region));
  edits.push(...captionEdits(raw, lines, found.captions));
  edits.push(...relatedInsideEdits(raw, lines, region));
  edits.push(...placeholderEdits(raw, lines));
  edits.push(...creditedCaptionEdits(raw, lines));
  edits.push(...signUpEdits(raw, lines, region.first));
  const signature = lines[region.last] ? signatureEdit(raw, lines[region.last]!) : null;
  if (signature) edits.push(signature);
  const link = lines[region.last] ? trailingLinkEdit(raw, lines[region.last]!) : null;
  if (link) edits.push(link);
  if (columns) edits.push(...besideEdits(raw, lines, columns, region.first, region.last));
  const at = (i: number | null) => (i === null ? null : (lines[i] ?? null));
  return { edits, headline: at(region.headline), titleLine: at(region.titleLine) };
}
