import { blockEdits } from './blocks.ts';
import { chromeEdits } from './chrome.ts';
import { scriptConversionEdits } from './convert.ts';
import type { TargetScript } from './convert.ts';
import { applyEdits, decide, resolveOverlaps } from './edits.ts';
import type { CleaningEdit, DecidedEdit } from './edits.ts';
import { doubledArticleEdits } from './english.ts';
import { gbkLostByteEdits } from './gbkLostByte.ts';
import { gbkShiftEdits } from './gbkShift.ts';
import { machineTranslationWarnings } from './machineTranslation.ts';
import { outsideArticleEdits } from './outside.ts';
import { pinyinAnnotationEdits } from './pinyin.ts';
import { DEFAULT_SPAM_PHRASES, spamPhraseEdits } from './spam.ts';
import { spamLineEdits } from './spamLine.ts';
import { titleEdits } from './title.ts';
import { utf8AsGbkEdits } from './utf8AsGbk.ts';
import { utf8MojibakeEdits } from './utf8Mojibake.ts';

/**
 * Bumped whenever a rule changes what it edits, so a re-clean knows which articles were
 * cleaned by an older pipeline.
 */
export const PIPELINE_VERSION = 5;

export type CleanOptions = {
  spamPhrases?: readonly string[];
  /** For a web page: the article body the main-content extractor found in it. */
  mainText?: string | null;
  /** Convert the script (OpenCC). Off by default: cleaning keeps the article's own script. */
  convertTo?: TargetScript | null;
  /** Blocks an editor asked to be removed wherever they appear (for this article's source). */
  blocks?: readonly string[];
};

export type CleanedArticle = {
  edits: DecidedEdit[];
  cleaned: string;
  /** The headline as cleaned (first non-empty line), or null. */
  title: string | null;
  /** What the editor should check but the cleaner does not change (machine translation). */
  warnings: string[];
  pipelineVersion: number;
};

export function cleanArticle(raw: string, options: CleanOptions = {}): CleanedArticle {
  const proposals: CleaningEdit[] = [
    ...(options.mainText ? outsideArticleEdits(raw, options.mainText) : []),
    ...chromeEdits(raw),
    ...titleEdits(raw),
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
  const edits = decide(resolveOverlaps(proposals));
  // Exactly the raw text with the applied edits: nothing else may change it, or the
  // offsets that facts and the side-by-side view rely on would drift.
  const cleaned = applyEdits(
    raw,
    edits.filter((e) => e.state === 'applied'),
  );
  const title =
    cleaned
      .split('\n')
      .find((line) => line.trim() !== '')
      ?.trim() ?? null;
  return {
    edits,
    cleaned,
    title,
    warnings: machineTranslationWarnings(cleaned),
    pipelineVersion: PIPELINE_VERSION,
  };
}
