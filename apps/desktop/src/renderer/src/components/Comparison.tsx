import { diffChars, diffLines, diffWords } from 'diff';
import type { ChangeObject } from 'diff';
import { useT } from '../i18n/index.ts';

/** A fine comparison gives up after this long and falls back to lines, and says so. */
const BUDGET_MS = 40;

type Compared = { parts: ChangeObject<string>[]; grain: 'chars' | 'words' | 'lines' };

/**
 * Two texts with no edit list between them (an editor's revision, another article):
 * character by character for Chinese, word by word for English, by line when the fine
 * comparison would take too long.
 */
export function compareTexts(before: string, after: string, language: string | null): Compared {
  const grain = language === 'en' ? 'words' : 'chars';
  const fine =
    grain === 'words'
      ? diffWords(before, after, { timeout: BUDGET_MS })
      : diffChars(before, after, { timeout: BUDGET_MS });
  if (fine) return { parts: fine, grain };
  return { parts: diffLines(before, after), grain: 'lines' };
}

export function Comparison({
  before,
  after,
  language,
  testId,
}: {
  before: string;
  after: string;
  language: string | null;
  testId?: string;
}) {
  const t = useT();
  const { parts, grain } = compareTexts(before, after, language);
  const note =
    grain === 'lines'
      ? t('compare.coarse')
      : grain === 'words'
        ? t('compare.words')
        : t('compare.chars');
  return (
    <div className="comparison" data-testid={testId}>
      <p className="muted">{note}</p>
      <pre className="text-pane">
        {parts.map((part, index) =>
          part.added ? (
            <ins key={index}>{part.value}</ins>
          ) : part.removed ? (
            <del key={index}>{part.value}</del>
          ) : (
            <span key={index}>{part.value}</span>
          ),
        )}
      </pre>
    </div>
  );
}
