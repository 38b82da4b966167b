import { useCallback, useEffect, useRef, useState } from 'react';
import type { DecidedStatus, Fact } from '@winnow/contract';
import { useDesk } from '../desk/context.ts';
import { useT } from '../i18n/index.ts';
import { FACT_KIND_ORDER } from '../labels.ts';
import { trustGroups } from '../desk/trust.ts';
import { FactItem } from './FactItem.tsx';

type Props = {
  facts: Fact[];
  selectedId: number | null;
  onSelect: (fact: Fact | null) => void;
};

/** Facts drawn at first; more appear as the editor moves down or asks for all. */
const PAGE = 150;

/**
 * The article's facts, trustworthy ones first (desk/trust.ts says which), then by kind, each with its normalized value, role or speaker, and what
 * other articles say about the same thing. One key per decision: A approve, R reject,
 * S skip, T tag, V edit the value, X select; Shift+A / Shift+R for the selection.
 */
export function FactsPanel({ facts, selectedId, onSelect }: Props) {
  const { decide } = useDesk();
  const t = useT();
  const [chosen, setChosen] = useState<Set<number>>(new Set());
  const [tagging, setTagging] = useState<number | null>(null);
  const [editing, setEditing] = useState<number | null>(null);
  const [limit, setLimit] = useState(PAGE);
  const list = useRef<HTMLElement>(null);

  const allGroups = trustGroups(facts, FACT_KIND_ORDER);
  const ordered = allGroups.flatMap((g) => g.facts);
  // The first `limit` facts in panel order, still in their groups.
  let room = limit;
  const groups = allGroups
    .map((g) => {
      const shown = g.facts.slice(0, Math.max(0, room));
      room -= shown.length;
      return { ...g, shown };
    })
    .filter((g) => g.shown.length > 0);
  const tierCount = (trust: string) =>
    allGroups.filter((g) => g.trust === trust).reduce((n, g) => n + g.facts.length, 0);

  // After the article reloads (a decision), keyboard focus stays on the selected fact.
  useEffect(() => {
    if (selectedId === null || !list.current?.contains(document.activeElement)) return;
    if (document.activeElement instanceof HTMLInputElement) return;
    list.current.querySelector<HTMLElement>(`[data-fact-id="${selectedId}"]`)?.focus();
  }, [selectedId, facts]);

  // Handlers read the latest facts through a ref, so rows need not redraw when they change.
  const latest = useRef({ ordered, chosen, limit });
  latest.current = { ordered, chosen, limit };

  const move = useCallback(
    (from: Fact, step: number) => {
      const { ordered, limit } = latest.current;
      const index = ordered.findIndex((f) => f.id === from.id);
      const nextIndex = Math.min(ordered.length - 1, Math.max(0, index + step));
      const next = ordered[nextIndex];
      if (!next) return;
      if (nextIndex >= limit - 1) setLimit(limit + PAGE);
      onSelect(next);
      // At once when the row is drawn (the next key must land on it); else once it is.
      const focus = () =>
        list.current?.querySelector<HTMLElement>(`[data-fact-id="${next.id}"]`)?.focus();
      if (list.current?.querySelector(`[data-fact-id="${next.id}"]`)) focus();
      else requestAnimationFrame(focus);
    },
    [onSelect],
  );

  // Focus moves on at once, so an editor typing A A R never decides the same fact twice.
  const setStatus = useCallback(
    (fact: Fact, status: DecidedStatus) => {
      move(fact, 1);
      void decide('facts.setStatus', { id: fact.id, status, seen: fact.status });
    },
    [move, decide],
  );

  const bulk = useCallback(
    async (status: DecidedStatus, fallback: Fact | null) => {
      const picked = latest.current.chosen;
      const ids = picked.size > 0 ? [...picked] : fallback ? [fallback.id] : [];
      if (ids.length === 0) return;
      await decide('facts.setStatusMany', { ids, status });
      setChosen(new Set());
    },
    [decide],
  );

  const onKeyDown = useCallback(
    (event: React.KeyboardEvent, fact: Fact) => {
      if (event.target !== event.currentTarget || event.ctrlKey || event.metaKey || event.altKey)
        return;
      const keys: Record<string, () => void> = {
        ArrowDown: () => move(fact, 1),
        j: () => move(fact, 1),
        ArrowUp: () => move(fact, -1),
        k: () => move(fact, -1),
        a: () => setStatus(fact, 'approved'),
        r: () => setStatus(fact, 'rejected'),
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
    },
    [move, setStatus, bulk],
  );

  // Facts that lost their place before removals took them along (older corpora, re-cleans).
  const orphans = facts.filter((f) => f.orphan && f.status === 'pending');

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
        {orphans.length > 0 && (
          <button
            type="button"
            className="small"
            onClick={() =>
              void decide('facts.setStatusMany', {
                ids: orphans.map((f) => f.id),
                status: 'rejected',
              })
            }
          >
            {t('facts.rejectOrphans', { n: orphans.length })}
          </button>
        )}
        {chosen.size > 0 && (
          <span className="bulk">
            {t('facts.selected', { n: chosen.size })}
            <button type="button" onClick={() => void bulk('approved', null)}>
              {t('facts.approveSelected')}
            </button>
            <button type="button" onClick={() => void bulk('rejected', null)}>
              {t('facts.rejectSelected')}
            </button>
          </span>
        )}
      </header>
      {(['trusted', 'suggested'] as const).map((trust) => {
        const tier = groups.filter((g) => g.trust === trust);
        if (tier.length === 0) return null;
        return (
          <section
            key={trust}
            className={`fact-tier ${trust}`}
            aria-label={t(`facts.${trust}`, { n: tierCount(trust) })}
            data-testid={`fact-tier-${trust}`}
          >
            <h3 className="fact-tier-head">{t(`facts.${trust}`, { n: tierCount(trust) })}</h3>
            {tier.map(({ kind, facts: all, shown }) => (
              <section key={kind} className="fact-group" aria-label={t(`kind.${kind}`)}>
                <h4>
                  {t(`kind.${kind}`)} ({all.length})
                </h4>
                <ul>
                  {shown.map((fact) => (
                    <FactItem
                      key={fact.id}
                      fact={fact}
                      selected={fact.id === selectedId}
                      focusable={
                        fact.id === selectedId || (selectedId === null && fact === ordered[0])
                      }
                      chosen={chosen.has(fact.id)}
                      tagging={tagging === fact.id}
                      editing={editing === fact.id}
                      onSelect={onSelect}
                      onStatus={setStatus}
                      onTagging={setTagging}
                      onEditing={setEditing}
                      onKeyDown={onKeyDown}
                    />
                  ))}
                </ul>
              </section>
            ))}
          </section>
        );
      })}
      {ordered.length > limit && (
        <button type="button" onClick={() => setLimit(ordered.length)}>
          {t('facts.showAll', { n: ordered.length })}
        </button>
      )}
    </section>
  );
}
