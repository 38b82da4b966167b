/**
 * How large one article may be, honoured everywhere: import, bundle import, the editor's
 * own version of the text, uploads. Measured with `node bench/largeArticle.ts` (README,
 * "Limits"): an article of 1.04 million characters (4,813 edits, 33,700 facts) made the
 * JSONL and bundle exports run out of their thread's heap, and one of 2 million took the
 * whole process down; 519,000 characters (16,852 facts) passed every export and the keeper.
 * A limit below that, rather than exports that would later fail on a stored article.
 */
export const MAX_ARTICLE_CHARS = 500_000;

/**
 * Files larger than this are refused before they are read. Above the character limit
 * because an HTML page carries markup (and UTF-8 Chinese three bytes a character) that
 * reading drops: the article's text is measured again once decoded.
 */
export const MAX_ARTICLE_FILE_BYTES = 16 * 1024 * 1024;

/** `1,234,567 characters`, for messages. */
export function describeChars(count: number): string {
  return `${count.toLocaleString('en-US')} characters`;
}

/** The refusal every path gives for an article over the limit. */
export function articleTooLongMessage(chars: number): string {
  return (
    `the article is ${describeChars(chars)} long; Winnow keeps articles up to ` +
    `${describeChars(MAX_ARTICLE_CHARS)} (split it into parts to import it)`
  );
}
