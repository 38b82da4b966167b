/** The plain keys the article pane acts on whatever has focus (ArticlePane's onKeyDown). */
const ARTICLE_KEYS = new Set(['.', ',', 'e', 'f']);

/** More than this many keys before an article arrives is a held key, not intent. */
const MAX_KEPT = 8;

type Keyed = Pick<KeyboardEvent, 'key' | 'code' | 'altKey' | 'ctrlKey' | 'metaKey'> & {
  preventDefault(): void;
};

/**
 * A selection is drawn at once and its text follows (App.tsx). A key pressed in between —
 * Alt+A right after a click — is meant for the article the editor chose: acted on at once
 * it would approve the article still shown, or be lost when none is. So the pane keeps such
 * keys for the article they were pressed for and handles them once its text is drawn;
 * keys kept for an article the editor left before it arrived are dropped with it.
 */
export function earlyKeys<E extends Keyed>() {
  let kept: { id: number; event: E }[] = [];
  return {
    /** A key pressed while article `id` is selected but not yet drawn. */
    keep(id: number, event: E): void {
      if (event.ctrlKey || event.metaKey) return;
      const decides = event.altKey && (event.code === 'KeyA' || event.code === 'KeyR');
      if (!decides && (event.altKey || !ARTICLE_KEYS.has(event.key))) return;
      event.preventDefault();
      kept = [...kept.filter((k) => k.id === id), { id, event }].slice(-MAX_KEPT);
    },
    /** The keys kept for article `id`, in order, now that it is drawn; the rest are dropped. */
    take(id: number): E[] {
      const mine = kept.filter((k) => k.id === id).map((k) => k.event);
      kept = [];
      return mine;
    },
  };
}
