import { useEffect, useRef, useState } from 'react';
import type { Fact, RelatedFact } from '@winnow/contract';
import { useDesk } from '../desk/context.ts';
import { useT } from '../i18n/index.ts';
import { describeValue, FACT_KIND_ORDER, languageName } from '../labels.ts';
import { TagPicker } from './TagPicker.tsx';

type Props = {
  facts: Fact[];
  selectedId: number | null;
  onSelect: (fact: Fact | null) => void;
};

function Related({
  label,
  facts,
  tone,
}: {
  label: string;
  facts: RelatedFact[];
  tone: 'agrees' | 'contradicts';
}) {
  const { openArticle } = useDesk();
  if (facts.length === 0) return null;
  return (
    <p className={`related related-${tone}`}>
      {label}{' '}
      {facts.map((r) => (
        <button
          key={r.factId}
          type="button"
          className="link"
          tabIndex={-1}
          title={`“${r.quote}” — ${r.articleId}`}
          onClick={(event) => {
            event.stopPropagation();
            openArticle(r.articleId);
          }}
        >
          {r.title ?? `#${r.articleId}`} ({languageName(r.language, null)}: {r.quote})
        </button>
      ))}
    </p>
  );
}

/** A value typed by the editor: a number when it reads as one, else text (a date, a name). */
function parseValue(text: string): string | number {
  const trimmed = text.trim().replace(/,/g, '');
  return /^-?\d+(\.\d+)?$/.test(trimmed) ? Number(trimmed) : text.trim();
}

/**
 * The article's facts by kind, each with its normalized value, role or speaker, and what
 * other articles say about the same thing. One key per decision: A approve, R reject,
 * S skip, T tag, V edit the value, X select; Shift+A / Shift+R for the selection.
 */
export function FactsPanel({ facts, selectedId, onSelect }: Props) {
  const { decide } = useDesk();
  const t = useT();
  const [chosen, setChosen] = useState<Set<number>>(new Set());
  const [tagging, setTagging] = useState<number | null>(null);
  const [editing, setEditing] = useState<number | null>(null);
  const list = useRef<HTMLElement>(null);

  const ordered = FACT_KIND_ORDER.flatMap((kind) => facts.filter((f) => f.kind === kind));
  const groups = FACT_KIND_ORDER.map(
    (kind) => [kind, ordered.filter((f) => f.kind === kind)] as const,
  ).filter(([, list]) => list.length > 0);

  // After the article reloads (a decision), keyboard focus stays on the selected fact.
  useEffect(() => {
    if (selectedId === null || !list.current?.contains(document.activeElement)) return;
    const active = document.activeElement;
    if (active instanceof HTMLInputElement) return;
    list.current.querySelector<HTMLElement>(`[data-fact-id="${selectedId}"]`)?.focus();
  }, [selectedId, facts]);

  const move = (from: Fact, step: number) => {
    const index = ordered.findIndex((f) => f.id === from.id);
    const next = ordered[Math.min(ordered.length - 1, Math.max(0, index + step))];
    if (!next) return;
    onSelect(next);
    list.current?.querySelector<HTMLElement>(`[data-fact-id="${next.id}"]`)?.focus();
  };

  // Focus moves on at once, so an editor typing A A R never decides the same fact twice.
  const setStatus = async (fact: Fact, status: 'approved' | 'rejected') => {
    move(fact, 1);
    await decide('facts.setStatus', { id: fact.id, status });
  };

  const bulk = async (status: 'approved' | 'rejected', fallback: Fact) => {
    const ids = chosen.size > 0 ? [...chosen] : [fallback.id];
    await decide('facts.setStatusMany', { ids, status });
    setChosen(new Set());
  };

  const onKeyDown = (event: React.KeyboardEvent, fact: Fact) => {
    if (event.target !== event.currentTarget || event.ctrlKey || event.metaKey || event.altKey)
      return;
    const keys: Record<string, () => void> = {
      ArrowDown: () => move(fact, 1),
      j: () => move(fact, 1),
      ArrowUp: () => move(fact, -1),
      k: () => move(fact, -1),
      a: () => void setStatus(fact, 'approved'),
      r: () => void setStatus(fact, 'rejected'),
      A: () => void bulk('approved', fact),
      R: () => void bulk('rejected', fact),
      s: () => move(fact, 1),
      t: () => setTagging(fact.id),
      v: () => setEditing(fact.id),
      x: () =>
        setChosen((c) => {
          const next = new Set(c);
          if (next.has(fact.id)) next.delete(fact.id);
          else next.add(fact.id);
          return next;
        }),
    };
    const run = keys[event.key];
    if (!run) return;
    event.preventDefault();
    event.stopPropagation();
    run();
  };

  if (facts.length === 0) return <p className="empty">{t('facts.none')}</p>;
  return (
    <section
      ref={list}
      className="facts-panel"
      aria-label={t('facts.title', { n: facts.length })}
      data-testid="facts-panel"
    >
      <header className="facts-head">
        <h2>{t('facts.title', { n: facts.length })}</h2>
        {chosen.size > 0 && (
          <span className="bulk">
            {t('facts.selected', { n: chosen.size })}
            <button
              type="button"
              onClick={() =>
                void decide('facts.setStatusMany', { ids: [...chosen], status: 'approved' }).then(
                  () => setChosen(new Set()),
                )
              }
            >
              {t('facts.approveSelected')}
            </button>
            <button
              type="button"
              onClick={() =>
                void decide('facts.setStatusMany', { ids: [...chosen], status: 'rejected' }).then(
                  () => setChosen(new Set()),
                )
              }
            >
              {t('facts.rejectSelected')}
            </button>
          </span>
        )}
      </header>
      {groups.map(([kind, list]) => (
        <section key={kind} className="fact-group" aria-label={t(`kind.${kind}`)}>
          <h3>
            {t(`kind.${kind}`)} ({list.length})
          </h3>
          <ul>
            {list.map((fact) => {
              const selected = fact.id === selectedId;
              return (
                <li
                  key={fact.id}
                  className={`fact status-${fact.status}${selected ? ' selected' : ''}${fact.orphan ? ' orphan' : ''}${chosen.has(fact.id) ? ' chosen' : ''}`}
                  data-testid="fact"
                  data-fact-id={fact.id}
                  data-status={fact.status}
                  tabIndex={selected || (selectedId === null && fact === ordered[0]) ? 0 : -1}
                  aria-current={selected ? 'true' : undefined}
                  onFocus={(event) =>
                    event.target === event.currentTarget && !selected && onSelect(fact)
                  }
                  onClick={() => onSelect(fact)}
                  onKeyDown={(event) => onKeyDown(event, fact)}
                >
                  <span className="fact-line">
                    {chosen.has(fact.id) && <span aria-label={t('facts.select')}>☑ </span>}
                    <button
                      type="button"
                      className="fact-quote"
                      tabIndex={-1}
                      onClick={() => onSelect(fact)}
                    >
                      {fact.quote}
                    </button>
                    <span className="fact-value">{describeValue(fact)}</span>
                    {fact.role && <span className="fact-role">{fact.role}</span>}
                    {fact.speaker && (
                      <span className="fact-speaker">
                        {t('facts.saidBy', { name: fact.speaker })}
                      </span>
                    )}
                    {fact.orphan && <span className="warning">{t('facts.orphan')}</span>}
                    <span className={`fact-status status-${fact.status}`}>
                      {t(`status.${fact.status}`)}
                    </span>
                    {fact.tags.map((tag) => (
                      <span key={tag} className="tag-chip" data-testid="fact-tag">
                        {tag}
                      </span>
                    ))}
                    <span className="fact-actions">
                      <button
                        type="button"
                        tabIndex={-1}
                        title="A"
                        onClick={() => void setStatus(fact, 'approved')}
                      >
                        {t('facts.approve')}
                      </button>
                      <button
                        type="button"
                        tabIndex={-1}
                        title="R"
                        onClick={() => void setStatus(fact, 'rejected')}
                      >
                        {t('facts.reject')}
                      </button>
                      <button
                        type="button"
                        tabIndex={-1}
                        title="T"
                        onClick={() => setTagging(fact.id)}
                      >
                        {t('facts.tag')}
                      </button>
                      <button
                        type="button"
                        tabIndex={-1}
                        title="V"
                        onClick={() => setEditing(fact.id)}
                      >
                        {t('facts.edit')}
                      </button>
                    </span>
                  </span>
                  {tagging === fact.id && (
                    <TagPicker
                      onPick={(tagId) => {
                        setTagging(null);
                        if (tagId !== null)
                          void decide('facts.tag', { id: fact.id, tagId, on: true });
                      }}
                    />
                  )}
                  {editing === fact.id && (
                    <form
                      className="inline-form"
                      onSubmit={(event) => {
                        event.preventDefault();
                        const input = new FormData(event.currentTarget).get('value');
                        setEditing(null);
                        if (typeof input === 'string' && input.trim() !== '')
                          void decide('facts.setValue', { id: fact.id, value: parseValue(input) });
                      }}
                    >
                      <input
                        name="value"
                        aria-label={t('facts.valueLabel')}
                        defaultValue={fact.value === null ? '' : String(fact.value)}
                        autoFocus
                        onKeyDown={(event) =>
                          event.key === 'Escape' && (event.stopPropagation(), setEditing(null))
                        }
                      />
                    </form>
                  )}
                  <Related
                    label={t('facts.corroborated')}
                    facts={fact.corroboratedBy}
                    tone="agrees"
                  />
                  <Related
                    label={t('facts.contradicted')}
                    facts={fact.contradictedBy}
                    tone="contradicts"
                  />
                </li>
              );
            })}
          </ul>
        </section>
      ))}
    </section>
  );
}
