export { jsonlLine, parseJsonl } from './jsonl.ts';
export type { JsonlProblem } from './jsonl.ts';
