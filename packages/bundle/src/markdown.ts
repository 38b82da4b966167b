import type { ExportRecord } from '@winnow/contract';

/** One Markdown file per article: its metadata, cleaned text, and its facts as a table. */
const escapeCell = (text: string) =>
  text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');

export function articleMarkdown(record: ExportRecord): string {
  const lines = [
    `# ${record.title ?? '(untitled)'}`,
    '',
    `- Published: ${record.publishedAt ?? '—'}`,
    `- Source: ${record.sourceName ?? '—'}`,
    `- Language: ${record.language ?? '—'}`,
    `- Status: ${record.status}`,
    `- Source file: \`${record.sourcePath}\` (sha256 ${record.sha256})`,
    '',
    '## Facts',
    '',
  ];
  if (record.facts.length === 0) lines.push('No facts.');
  else {
    lines.push('| kind | quote | value | qualifier | role | status | corroborated by |');
    lines.push('| --- | --- | --- | --- | --- | --- | --- |');
    for (const f of record.facts) {
      const value = f.valueMax !== null ? `${f.value}–${f.valueMax}` : String(f.value ?? '');
      const unit = f.subject ?? f.unit ?? '';
      lines.push(
        `| ${f.kind} | ${escapeCell(f.quote)} | ${escapeCell(`${value} ${unit}`.trim())} | ${f.qualifier ?? ''} | ${escapeCell(f.role ?? '')} | ${f.status} | ${f.corroboratedBy.map((r) => `#${r.articleId}`).join(' ')} |`,
      );
    }
  }
  lines.push('', '## Cleaned text', '', record.cleaned.trim(), '');
  return lines.join('\n');
}

/** A file name for the article's Markdown: its id and a readable, safe slug of the title. */
export function markdownFileName(record: Pick<ExportRecord, 'id' | 'title'>): string {
  const slug = (record.title ?? 'untitled')
    .normalize('NFKC')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return `${String(record.id).padStart(6, '0')}-${slug || 'untitled'}.md`;
}
