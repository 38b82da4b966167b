import { describe, expect, it } from 'vitest';
import type { ExportRecord } from '@winnow/contract';
import { jsonlLine, parseJsonl } from '../src/jsonl.ts';

const record: ExportRecord = {
  id: 1,
  sourcePath: '/corpus/a.txt',
  sha256: 'a'.repeat(64),
  encoding: 'gb18030',
  title: '科技合作',
  publishedAt: null,
  sourceName: null,
  language: 'zh',
  script: 'Hans',
  status: 'pending',
  raw: '第一段\u2028第二段\n第三段',
  cleaned: '第一段',
  tags: [],
  edits: [],
  facts: [],
};

describe('JSONL', () => {
  it('writes one line per record, even with line and paragraph separators inside', () => {
    const line = jsonlLine(record);
    expect(line.endsWith('\n')).toBe(true);
    expect(line.slice(0, -1)).not.toMatch(/[\n\u2028\u2029]/);
    expect(parseJsonl(line).records).toEqual([record]);
  });

  it('names the line of a malformed record', () => {
    const text = `${jsonlLine(record)}{"id": 2,\n${jsonlLine(record)}`;
    const parsed = parseJsonl(text);
    expect(parsed.records).toHaveLength(2);
    expect(parsed.problems).toHaveLength(1);
    expect(parsed.problems[0]?.line).toBe(2);
  });
});
