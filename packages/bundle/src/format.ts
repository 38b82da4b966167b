/**
 * The bundle format this Winnow writes; it reads every version up to it. Version 2 lists
 * facts in articles.jsonl and describes each in full once, in facts.jsonl. Version 3 gives
 * each fact in facts.jsonl its corroboration and topic keys instead of lists of related
 * facts named by the exporting corpus's ids. Version 4 writes decisions with portable ids
 * (their values' ids too, not only their targets') and says who made each edit.
 */
export const BUNDLE_FORMAT_VERSION = 4;
export const BUNDLE_FORMAT = 'winnow-bundle' as const;
