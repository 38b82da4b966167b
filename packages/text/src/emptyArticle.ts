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
