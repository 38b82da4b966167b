import { memo, useState } from 'react';
import type { DecidedStatus, Fact, RelatedFact } from '@winnow/contract';
import { useDesk } from '../desk/context.ts';
import { useLanguage, useT } from '../i18n/index.ts';
import { TagChip } from './TagChip.tsx';
import { describeValue, languageName } from '../labels.ts';
import { TagPicker } from './TagPicker.tsx';

/** An opened article lists this many related facts per fact; "more" asks for the rest. */
const RELATED_LISTED = 3;

function Related({
  factId,
  label,
  facts,
  tone,
}: {
  factId: number;
  label: string;
  facts: RelatedFact[];
  tone: 'agrees' | 'contradicts';
}) {
  const { client, openArticle, say } = useDesk();
  const [all, setAll] = useState<RelatedFact[] | null>(null);
  if (facts.length === 0) return null;
  const shown = all ?? facts;
  const more = () =>
    void client.call('facts.related', { id: factId }).then((result) => {
      if (!result.ok) return say(result.error.message, 'error');
      setAll(tone === 'agrees' ? result.value.corroboratedBy : result.value.contradictedBy);
    });
  return (
    <p className={`related related-${tone}`}>
      {label}{' '}
      {shown.map((r) => (
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
      {all === null && facts.length >= RELATED_LISTED && (
        <button type="button" className="link" tabIndex={-1} onClick={more}>
          …
        </button>
      )}
    </p>
  );
}

/** A value typed by the editor: a number when it reads as one, else text (a date, a name). */
function parseValue(text: string): string | number {
  const trimmed = text.trim().replace(/,/g, '');
  return /^-?\d+(\.\d+)?$/.test(trimmed) ? Number(trimmed) : text.trim();
}

export type FactItemProps = {
  fact: Fact;
  selected: boolean;
  focusable: boolean;
  chosen: boolean;
  tagging: boolean;
  editing: boolean;
  onSelect: (fact: Fact) => void;
  onStatus: (fact: Fact, status: DecidedStatus) => void;
  onTagging: (id: number | null) => void;
  onEditing: (id: number | null) => void;
  onKeyDown: (event: React.KeyboardEvent, fact: Fact) => void;
};

/** What decides whether a fact's row must be drawn again after the article reloads. */
function sameRow(a: FactItemProps, b: FactItemProps): boolean {
  const f = a.fact;
  const g = b.fact;
  return (
    a.selected === b.selected &&
    a.focusable === b.focusable &&
    a.chosen === b.chosen &&
    a.tagging === b.tagging &&
    a.editing === b.editing &&
    a.onKeyDown === b.onKeyDown &&
    f.id === g.id &&
    f.status === g.status &&
    f.value === g.value &&
    f.quote === g.quote &&
    f.orphan === g.orphan &&
    f.tags.join('\u0000') === g.tags.join('\u0000') &&
    f.corroboratedBy.length === g.corroboratedBy.length &&
    f.contradictedBy.length === g.contradictedBy.length
  );
}

/** One fact: quote, normalized value, role, speaker, status, tags, and what agrees with it. */
export const FactItem = memo(function FactItem(props: FactItemProps) {
  const { fact, selected, chosen } = props;
  const { decide } = useDesk();
  const t = useT();
  const language = useLanguage();
  return (
    <li
      className={`fact status-${fact.status}${selected ? ' selected' : ''}${fact.orphan ? ' orphan' : ''}${chosen ? ' chosen' : ''}`}
      data-testid="fact"
      data-fact-id={fact.id}
      data-status={fact.status}
      tabIndex={props.focusable ? 0 : -1}
      aria-current={selected ? 'true' : undefined}
      onFocus={(event) => event.target === event.currentTarget && !selected && props.onSelect(fact)}
      onClick={() => props.onSelect(fact)}
      onKeyDown={(event) => props.onKeyDown(event, fact)}
    >
      <span className="fact-line">
        {chosen && <span aria-label={t('facts.select')}>☑ </span>}
        <button
          type="button"
          className="fact-quote"
          tabIndex={-1}
          onClick={() => props.onSelect(fact)}
        >
          {fact.quote}
        </button>
        <span className="fact-value">{describeValue(fact, language)}</span>
        {fact.role && <span className="fact-role">{fact.role}</span>}
        {fact.speaker && (
          <span className="fact-speaker">{t('facts.saidBy', { name: fact.speaker })}</span>
        )}
        {fact.orphan && fact.status === 'rejected' ? (
          <span className="muted">{t('facts.removedWithText')}</span>
        ) : (
          fact.orphan && <span className="warning">{t('facts.orphan')}</span>
        )}
        <span className={`fact-status status-${fact.status}`}>{t(`status.${fact.status}`)}</span>
        {fact.tags.map((tag) => (
          <TagChip key={tag} name={tag} testId="fact-tag" />
        ))}
        <span className="fact-actions">
          <button
            type="button"
            tabIndex={-1}
            title="A"
            onClick={() => props.onStatus(fact, 'approved')}
          >
            {t('facts.approve')}
          </button>
          <button
            type="button"
            tabIndex={-1}
            title="R"
            onClick={() => props.onStatus(fact, 'rejected')}
          >
            {t('facts.reject')}
          </button>
          <button type="button" tabIndex={-1} title="T" onClick={() => props.onTagging(fact.id)}>
            {t('facts.tag')}
          </button>
          <button type="button" tabIndex={-1} title="V" onClick={() => props.onEditing(fact.id)}>
            {t('facts.edit')}
          </button>
        </span>
      </span>
      {props.tagging && (
        <TagPicker
          onPick={(tagId) => {
            props.onTagging(null);
            if (tagId !== null) void decide('facts.tag', { id: fact.id, tagId, on: true });
          }}
        />
      )}
      {props.editing && (
        <form
          className="inline-form"
          onSubmit={(event) => {
            event.preventDefault();
            const input = new FormData(event.currentTarget).get('value');
            props.onEditing(null);
            if (typeof input === 'string' && input.trim() !== '')
              void decide('facts.setValue', {
                id: fact.id,
                value: parseValue(input),
                seen: fact.value,
              });
          }}
        >
          <input
            name="value"
            aria-label={t('facts.valueLabel')}
            defaultValue={fact.value === null ? '' : String(fact.value)}
            autoFocus
            onKeyDown={(event) => {
              if (event.key !== 'Escape') return;
              event.stopPropagation();
              props.onEditing(null);
            }}
          />
        </form>
      )}
      <Related
        factId={fact.id}
        label={t('facts.corroborated')}
        facts={fact.corroboratedBy}
        tone="agrees"
      />
      <Related
        factId={fact.id}
        label={t('facts.contradicted')}
        facts={fact.contradictedBy}
        tone="contradicts"
      />
    </li>
  );
}, sameRow);
