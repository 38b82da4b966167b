import { useEffect, useRef } from 'react';
import type { Fact } from '@winnow/contract';

/** The cleaned text, with the selected fact's quote marked and scrolled into view. */
export function CleanedWithFact({ cleaned, fact }: { cleaned: string; fact: Fact | null }) {
  const mark = useRef<HTMLElement>(null);
  useEffect(() => {
    mark.current?.scrollIntoView({ block: 'center', behavior: 'smooth' });
  }, [fact]);
  if (!fact || fact.orphan || fact.start < 0) return <>{cleaned}</>;
  return (
    <>
      {cleaned.slice(0, fact.start)}
      <mark ref={mark} className="fact-mark" data-testid="fact-mark">
        {cleaned.slice(fact.start, fact.end)}
      </mark>
      {cleaned.slice(fact.end)}
    </>
  );
}
