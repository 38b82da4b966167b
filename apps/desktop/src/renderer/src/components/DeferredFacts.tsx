import { memo, startTransition, useEffect, useState } from 'react';
import type { Fact } from '@winnow/contract';
import { afterPaint } from '../desk/afterPaint.ts';
import { FactsPanel } from './FactsPanel.tsx';

/** Drawn again only when its facts, selection or handler change, never for a selection. */
const Panel = memo(FactsPanel);

type Props = {
  facts: Fact[];
  /** The article the desk shows or is opening; the facts drawn may still be another's. */
  articleId: number;
  selectedId: number | null;
  onSelect: (fact: Fact | null) => void;
};

/**
 * The facts panel (up to 150 rows of a long article) is drawn after the texts, in the
 * background, so opening an article never waits for it. The last article's rows are hidden
 * the moment another is selected (one attribute) and taken out only after the frame that
 * shows the new text: removing them there was 10–20 ms of every selection on a busy
 * machine, before the new text could even be drawn. New facts come in the same way, as a
 * transition React draws in slices.
 */
export function DeferredFacts({ facts, articleId, selectedId, onSelect }: Props) {
  const [shown, setShown] = useState({ facts, articleId });
  useEffect(() => {
    // Only the selection moved (its text is on its way): the rows stay, hidden, as they are.
    if (shown.facts === facts) return;
    return afterPaint(() => startTransition(() => setShown({ facts, articleId })));
  }, [facts, articleId, shown]);
  return (
    <div className="facts-slot" hidden={shown.articleId !== articleId}>
      <Panel facts={shown.facts} selectedId={selectedId} onSelect={onSelect} />
    </div>
  );
}
