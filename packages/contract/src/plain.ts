/**
 * What the contract says without a schema: results and failures, the cleaning rules, the
 * edit-list model and the decisions' ids and routes. A thread that only writes bundles
 * imports this and not the index, which loads zod (about 12 MB of heap on every thread).
 */
export * from './result.ts';
export * from './rules.ts';
export * from './editList.ts';
export * from './decisionIds.ts';
export { WINNOW_VERSION } from './version.ts';
