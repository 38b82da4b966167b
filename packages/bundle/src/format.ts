/**
 * The bundle format this Winnow writes; it reads every version up to it. Version 2 lists
 * facts in articles.jsonl and describes each in full once, in facts.jsonl.
 */
export const BUNDLE_FORMAT_VERSION = 2;
export const BUNDLE_FORMAT = 'winnow-bundle' as const;
