import { MACHINE_TRANSLATION_WARNING } from './clean/machineTranslation.ts';

/**
 * A file that yields no article text is never a silent success: the article is imported
 * (the editor can see what was there) with a warning the desk shows and the review queue
 * puts first. Three ways it happens: the bytes show no text at all (an empty body, a page
 * built by scripts, everything hidden), a web page whose article cannot be told apart
 * from its menus, and cleaning that removed every line.
 */
export const NO_TEXT_WARNING = 'No article text:';
export const NO_ARTICLE_WARNING = 'No article found:';
export const CLEANED_AWAY_WARNING = 'No article text left:';
export const FOLDED_WARNING = 'Folded text left out:';

/**
 * A page that folds the rest of its story behind a button (展开全文, "Read more") keeps
 * that rest hidden; a reader of the page saw the article up to the button, and so does the
 * raw text. The editor is told what was left out, so that a story cut there is not taken
 * for a whole one.
 */
export function foldedWarnings(folded: number): string[] {
  if (folded === 0) return [];
  return [
    `${FOLDED_WARNING} the page hides ${folded} characters of prose until a reader unfolds them (a “read more” button); they are not in the raw text. Open the source page if the article needs them.`,
  ];
}

export function readWarnings(
  byteCount: number,
  raw: string,
  page: { found: boolean } | null,
): string[] {
  if (byteCount === 0) return [];
  if (raw.trim() === '') {
    const shows = page
      ? 'shows no text (only markup, scripts or hidden elements)'
      : 'holds only white space';
    return [`${NO_TEXT_WARNING} the file has ${byteCount} bytes but ${shows}. Check the source.`];
  }
  if (page && !page.found) {
    return [
      `${NO_ARTICLE_WARNING} the article could not be told apart from the page’s menus and links; all ${raw.length} characters it shows were kept for you to trim.`,
    ];
  }
  return [];
}

export function cleanedWarnings(raw: string, cleaned: string): string[] {
  if (raw.trim() === '' || cleaned.trim() !== '') return [];
  return [
    `${CLEANED_AWAY_WARNING} cleaning removed every line. Check its edits and revert what belongs to the article.`,
  ];
}

/** Warnings the cleaner gives (found again on every re-clean), as against the file's own. */
export function isCleaningWarning(warning: string): boolean {
  return (
    warning.startsWith(MACHINE_TRANSLATION_WARNING) || warning.startsWith(CLEANED_AWAY_WARNING)
  );
}
