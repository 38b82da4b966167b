import { occurrences } from './findInText.ts';

/** A short text (a list row's title) with every occurrence of the search marked. */
export function Highlighted({ text, query }: { text: string; query: string }) {
  const words = query.trim();
  const found = words === '' ? [] : occurrences(text, words);
  if (found.length === 0) return <>{text}</>;
  const parts: React.ReactNode[] = [];
  let at = 0;
  for (const start of found) {
    parts.push(text.slice(at, start));
    parts.push(
      <mark key={start} className="search-mark">
        {text.slice(start, start + words.length)}
      </mark>,
    );
    at = start + words.length;
  }
  parts.push(text.slice(at));
  return <>{parts}</>;
}
