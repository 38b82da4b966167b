import type { Edit } from '@winnow/contract';

type Props = {
  raw: string;
  edits: Edit[];
  onFocusEdit: (edit: Edit | null) => void;
};

/** The rule family colours the hunk: spam, chrome, meta, repair. */
function family(rule: string): string {
  return rule.split('.')[0] ?? 'other';
}

/**
 * The raw text with every edit as a hunk. Text is rendered as text, never as HTML.
 * Hunks are focusable so the rule and reason can be read from the keyboard too.
 */
export function RawWithEdits({ raw, edits, onFocusEdit }: Props) {
  const parts: React.ReactNode[] = [];
  let at = 0;
  const ordered = [...edits].sort((a, b) => a.start - b.start);
  ordered.forEach((edit, index) => {
    if (edit.start < at) return;
    if (edit.start > at) parts.push(raw.slice(at, edit.start));
    const removed = raw.slice(edit.start, edit.end);
    parts.push(
      <mark
        key={index}
        className={`hunk hunk-${family(edit.rule)} hunk-${edit.state}`}
        tabIndex={0}
        title={`${edit.rule} (${edit.state}): ${edit.reason}`}
        aria-label={`${edit.state} edit, ${edit.rule}: ${edit.reason}`}
        data-rule={edit.rule}
        onMouseEnter={() => onFocusEdit(edit)}
        onFocus={() => onFocusEdit(edit)}
        onMouseLeave={() => onFocusEdit(null)}
        onBlur={() => onFocusEdit(null)}
      >
        {removed === '' ? '⁁' : removed}
      </mark>,
    );
    at = edit.end;
  });
  parts.push(raw.slice(at));
  return <>{parts}</>;
}
