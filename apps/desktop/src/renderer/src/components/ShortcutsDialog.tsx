import { useT } from '../i18n/index.ts';
import type { MessageKey } from '../i18n/index.ts';
import { Dialog } from './Dialog.tsx';

/** Every shortcut the desk answers to; the same table the key handlers implement. */
const GROUPS: Array<[MessageKey, Array<[string, MessageKey]>]> = [
  [
    'shortcuts.everywhere',
    [
      ['Ctrl+Z', 'key.undo'],
      ['Ctrl+Shift+Z  ·  Ctrl+Y', 'key.redo'],
      ['N', 'key.queue'],
      ['/', 'key.search'],
      ['D', 'key.dashboard'],
      ['I', 'key.import'],
      ['Shift+E', 'key.export'],
      ['?', 'key.help'],
    ],
  ],
  [
    'shortcuts.list',
    [
      ['↓ ↑  ·  J K', 'key.nextPrev'],
      ['Space  ·  Ctrl+click', 'key.pickArticle'],
      ['Shift+↓ ↑  ·  Shift+click', 'key.pickRange'],
      ['Esc', 'key.pickNone'],
    ],
  ],
  [
    'shortcuts.article',
    [
      ['Alt+A', 'key.approveArticle'],
      ['Alt+R', 'key.rejectArticle'],
      ['.  ,', 'key.hunks'],
      ['A', 'key.acceptHunk'],
      ['R', 'key.revertHunk'],
      ['E', 'key.edit'],
      ['Ctrl+F', 'key.find'],
      ['F', 'key.facts'],
      ['Delete', 'key.selectionMenu'],
    ],
  ],
  [
    'shortcuts.facts',
    [
      ['↓ ↑  ·  J K', 'key.factMove'],
      ['A', 'key.factApprove'],
      ['R', 'key.factReject'],
      ['S', 'key.factSkip'],
      ['T', 'key.factTag'],
      ['V', 'key.factValue'],
      ['X', 'key.factSelect'],
      ['Shift+A  ·  Shift+R', 'key.factBulk'],
    ],
  ],
];

export function ShortcutsDialog({ onClose }: { onClose: () => void }) {
  const t = useT();
  return (
    <Dialog title={t('shortcuts.title')} onClose={onClose} wide>
      <div className="dialog-body shortcuts" data-testid="shortcuts">
        {GROUPS.map(([group, keys]) => (
          <section key={group}>
            <h3>{t(group)}</h3>
            <dl>
              {keys.map(([key, what]) => (
                <div key={what}>
                  <dt>
                    <kbd>{key}</kbd>
                  </dt>
                  <dd>{t(what)}</dd>
                </div>
              ))}
            </dl>
          </section>
        ))}
      </div>
    </Dialog>
  );
}
