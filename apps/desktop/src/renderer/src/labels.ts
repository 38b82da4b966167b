export function languageName(language: string | null, script: string | null): string {
  if (language === 'zh')
    return script === 'Hant' ? '中文(繁)' : script === 'Hans' ? '中文(简)' : '中文';
  if (language === 'en') return 'English';
  return language ?? '?';
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
