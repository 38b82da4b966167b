import { blockEdits } from './blocks.ts';
import { chromeEdits } from './chrome.ts';
import { scriptConversionEdits } from './convert.ts';
import type { TargetScript } from './convert.ts';
import { applyEdits, decide, resolveOverlaps } from './edits.ts';
import type { CleaningEdit, DecidedEdit } from './edits.ts';
import { doubledArticleEdits } from './english.ts';
import { gbkLostByteEdits } from './gbkLostByte.ts';
import { gbkShiftEdits } from './gbkShift.ts';
import { cleanedWarnings } from '../emptyArticle.ts';
import { pageHeadline } from '../headline.ts';
import { shownHeadline } from './shownHeadline.ts';
import type { PageTitles } from '../headline.ts';
import { machineTranslationWarnings } from './machineTranslation.ts';
import { articleTailEdits, outsideArticleEdits } from './outside.ts';
import { pinyinAnnotationEdits } from './pinyin.ts';
import { DEFAULT_SPAM_PHRASES, spamPhraseEdits } from './spam.ts';
import { spamLineEdits } from './spamLine.ts';
import { headlineLine, spammed, standing, titleFromLine, titleText } from './headline.ts';
import { noTitle, titleOf } from './noTitle.ts';
import { namesTooLittle } from './titleWords.ts';
import { topTitle } from './topTitle.ts';
import { textPageEdits } from './textPage.ts';
import { titleEdits } from './title.ts';
import { utf8AsGbkEdits } from './utf8AsGbk.ts';
import { utf8MojibakeEdits } from './utf8Mojibake.ts';

/**
 * Bumped whenever a rule changes what it edits, so a re-clean knows which articles were
 * cleaned by an older pipeline.
 */
export const PIPELINE_VERSION = 26;

export type CleanOptions = {
  spamPhrases?: readonly string[];
  /** For a web page: the article body the main-content extractor found in it. */
  mainText?: string | null;
  /** For a web page: the titles it names itself by, the headline is chosen from. */
  titles?: PageTitles | null;
  /** Convert the script (OpenCC). Off by default: cleaning keeps the article's own script. */
  convertTo?: TargetScript | null;
  /** Blocks an editor asked to be removed wherever they appear (for this article's source). */
  blocks?: readonly string[];
};

export type CleanedArticle = {
  edits: DecidedEdit[];
  cleaned: string;
  /**
   * The headline as cleaned: for a web page, from its titles (../headline.ts); for a text
   * page, the headline line its article region found (near the story, over its dateline, or
   * further up), else the first line above the story that reads as a title; null where none
   * does (noTitle.ts). Import and `winnow clean` both take this one.
   */
  title: string | null;
  /** What the editor should check but the cleaner does not change (machine translation). */
  warnings: string[];
  pipelineVersion: number;
};

export function cleanArticle(raw: string, options: CleanOptions = {}): CleanedArticle {
  const proposals: CleaningEdit[] = [
    ...(options.mainText ? outsideArticleEdits(raw, options.mainText) : []),
    ...(options.mainText ? articleTailEdits(raw, options.mainText) : []),
    ...chromeEdits(raw),
    ...spamPhraseEdits(raw, options.spamPhrases ?? DEFAULT_SPAM_PHRASES),
    ...spamLineEdits(raw, options.spamPhrases ?? DEFAULT_SPAM_PHRASES),
    ...pinyinAnnotationEdits(raw),
    ...doubledArticleEdits(raw),
    ...(options.blocks ? blockEdits(raw, options.blocks) : []),
    ...gbkShiftEdits(raw),
    ...gbkLostByteEdits(raw),
    ...utf8MojibakeEdits(raw),
    ...utf8AsGbkEdits(raw),
    // Last: where another rule deletes or repairs text, that rule's edit wins the overlap.
    ...(options.convertTo ? scriptConversionEdits(raw, options.convertTo) : []),
  ];
  // A web page's extractor found the article; a page saved as text is read for it here,
  // and its blocks yield to the line rules that name a line more precisely.
  const page = options.mainText ? null : textPageEdits(raw);
  const blocks = page?.edits ?? [];
  let edits = decide(resolveOverlaps(proposals, blocks));
  // The site suffix and category tag come off the headline, wherever the page put it: the
  // line a text page's article region found above its body, or the first line left
  // standing that reads as a title.
  const found = page?.headline;
  const headline = found && standing(found, edits) ? found : headlineLine(raw, edits);
  const titles = headline ? titleEdits(raw, headline) : [];
  if (titles.length > 0) edits = decide(resolveOverlaps([...proposals, ...titles], blocks));
  // Exactly the raw text with the applied edits: nothing else may change it, or the
  // offsets that facts and the side-by-side view rely on would drift.
  const cleaned = applyEdits(
    raw,
    edits.filter((e) => e.state === 'applied'),
  );
  // A title is cleaned by the same rules as the text (without the page's titles: no loop).
  const cleanLine = (line: string) =>
    cleanArticle(line, { spamPhrases: options.spamPhrases ?? DEFAULT_SPAM_PHRASES }).cleaned.trim();
  // A text page's found headline is its title even when the page's top stays proposed;
  // with none, the line found more loosely above the story, though it went as furniture.
  // Either must name the story: a widget's words set as a heading (`人参与 评论`) do not.
  const asTitle = (text: string) =>
    noTitle(text, cleaned) || namesTooLittle(text, cleaned) ? '' : text;
  const foundTitle = found && headline === found ? asTitle(titleFromLine(raw, found, edits)) : '';
  const looseLine = foundTitle ? null : page?.titleLine;
  const looseTitle =
    looseLine && looseLine !== found && !spammed(looseLine, edits)
      ? asTitle(titleText(cleanLine(looseLine.trimmed)))
      : '';
  const textTitle = foundTitle || looseTitle || topTitle(raw, cleanLine) || titleOf(cleaned);
  const title = options.titles
    ? (pageHeadline(options.titles, cleaned, cleanLine, () =>
        shownHeadline(raw, cleaned, cleanLine),
      ) ?? textTitle)
    : textTitle;
  return {
    edits,
    cleaned,
    title,
    warnings: [...machineTranslationWarnings(cleaned), ...cleanedWarnings(raw, cleaned)],
    pipelineVersion: PIPELINE_VERSION,
  };
}
