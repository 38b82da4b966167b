import type { Fact, RelatedFact } from '@winnow/contract';
import { describeValue, FACT_KIND_ORDER, factKindName, languageName } from '../labels.ts';

type Props = {
  facts: Fact[];
  selectedId: number | null;
  onSelect: (fact: Fact) => void;
  onOpenArticle: (id: number) => void;
};

function Related({
  label,
  facts,
  tone,
  onOpenArticle,
}: {
  label: string;
  facts: RelatedFact[];
  tone: 'agrees' | 'contradicts';
  onOpenArticle: (id: number) => void;
}) {
  if (facts.length === 0) return null;
  return (
    <p className={`related related-${tone}`}>
      {label}{' '}
      {facts.map((r) => (
        <button
          key={r.factId}
          type="button"
          className="link"
          title={`“${r.quote}” — open article ${r.articleId}`}
          onClick={(event) => {
            event.stopPropagation();
            onOpenArticle(r.articleId);
          }}
        >
          {r.title ?? `article ${r.articleId}`} ({languageName(r.language, null)}: {r.quote})
        </button>
      ))}
    </p>
  );
}

/**
 * The article's facts by kind, each with its normalized value, role or speaker, and what
 * other articles say about the same thing. Selecting one marks its quote in the cleaned text.
 */
export function FactsPanel({ facts, selectedId, onSelect, onOpenArticle }: Props) {
  if (facts.length === 0) return <p className="empty">No facts found in the cleaned text.</p>;
  const groups = FACT_KIND_ORDER.map(
    (kind) => [kind, facts.filter((f) => f.kind === kind)] as const,
  ).filter(([, list]) => list.length > 0);
  return (
    <section className="facts-panel" aria-label="Facts" data-testid="facts-panel">
      <h2>Facts ({facts.length})</h2>
      {groups.map(([kind, list]) => (
        <details key={kind} open={kind !== 'place' && kind !== 'organization'}>
          <summary>
            {factKindName(kind)} ({list.length})
          </summary>
          <ul>
            {list.map((fact) => (
              <li
                key={fact.id}
                className={`fact${fact.id === selectedId ? ' selected' : ''}${fact.orphan ? ' orphan' : ''}`}
                data-testid="fact"
              >
                <button type="button" className="fact-quote" onClick={() => onSelect(fact)}>
                  {fact.quote}
                </button>
                <span className="fact-value">{describeValue(fact)}</span>
                {fact.role && <span className="fact-role">{fact.role}</span>}
                {fact.speaker && <span className="fact-speaker">said by {fact.speaker}</span>}
                {fact.orphan && <span className="warning">lost its place in the text</span>}
                <span className={`fact-status status-${fact.status}`}>{fact.status}</span>
                <Related
                  label="✓ Corroborated by"
                  facts={fact.corroboratedBy}
                  tone="agrees"
                  onOpenArticle={onOpenArticle}
                />
                <Related
                  label="⚠ Contradicted by"
                  facts={fact.contradictedBy}
                  tone="contradicts"
                  onOpenArticle={onOpenArticle}
                />
              </li>
            ))}
          </ul>
        </details>
      ))}
    </section>
  );
}
