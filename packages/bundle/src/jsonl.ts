/**
 * One record as one JSONL line. U+2028/U+2029 are escaped so that a line reader
 * that treats them as line breaks (some JavaScript tools do) still sees one record per line.
 */
export function jsonlLine(record: object): string {
  const json = JSON.stringify(record);
  // Looked for first: a line is an article's whole text, and almost never holds either.
  if (!json.includes('\u2028') && !json.includes('\u2029')) return `${json}\n`;
  return `${json.replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029')}\n`;
}

export type JsonlProblem = { line: number; message: string };

/** Reads JSONL text back into records, naming the line of anything malformed. */
export function parseJsonl(text: string): { records: unknown[]; problems: JsonlProblem[] } {
  const records: unknown[] = [];
  const problems: JsonlProblem[] = [];
  text.split('\n').forEach((line, index) => {
    if (line.trim() === '') return;
    try {
      records.push(JSON.parse(line));
    } catch (error) {
      problems.push({
        line: index + 1,
        message: error instanceof Error ? error.message : String(error),
      });
    }
  });
  return { records, problems };
}
