/**
 * The bundle format this Winnow writes; it reads every version up to it. Version 2 lists
 * facts in articles.jsonl and describes each in full once, in facts.jsonl. Version 3 gives
 * each fact in facts.jsonl its corroboration and topic keys instead of lists of related
 * facts named by the exporting corpus's ids. Version 4 writes decisions with portable ids
 * (their values' ids too, not only their targets') and says who made each edit. Version 5
 * also carries decisions on the corpus as a whole (a tag deleted, a cleaning rule taken off
 * or put back) as far as they concern the bundle's articles: after the articles' decisions,
 * with `article: null`, a tag's deletion as the things of the bundle it took the tag off.
 * A Winnow that reads up to version 4 would refuse those values, so it is told to update.
 */
export const BUNDLE_FORMAT_VERSION = 5;
export const BUNDLE_FORMAT = 'winnow-bundle' as const;
