import { useEffect } from 'react';

/** What the Navigation API's navigate event says of where the page is going. */
type NavigateEvent = Event & { hashChange: boolean; destination: { url: string } };

/**
 * The open article is in the address (#article=ID): a link to it works, and so do the
 * browser's back and forward buttons. `open` is called with the article an address names.
 */
export function useArticleAddress(selectedId: number | null, open: (id: number) => void): void {
  useEffect(() => {
    const fromAddress = (hash: string) => {
      const match = /^#article=(\d+)$/.exec(hash);
      if (match) open(Number(match[1]));
    };
    const fromHash = () => fromAddress(window.location.hash);
    // Where the Navigation API is (Chromium, Electron), a new #fragment is heard as it is
    // set (a link, a script), a task before its hashchange: on a busy page that task waited
    // up to ~10 ms, and the article's text was asked for only then. The hashchange that
    // follows finds the article already chosen and does nothing. The desk's own address
    // writes (pushState, below) are not fragment navigations and are not heard here.
    const fromNavigation = (event: Event) => {
      const { hashChange, destination } = event as NavigateEvent;
      if (hashChange) fromAddress(new URL(destination.url).hash);
    };
    const navigation = (window as { navigation?: EventTarget }).navigation;
    fromHash();
    window.addEventListener('hashchange', fromHash);
    navigation?.addEventListener('navigate', fromNavigation);
    return () => {
      window.removeEventListener('hashchange', fromHash);
      navigation?.removeEventListener('navigate', fromNavigation);
    };
  }, [open]);
  // Written without a hashchange: one comes a task later, and by then the editor may have
  // chosen the next article (Shift+↓ twice); read back, it chose the older one again.
  // Back and forward still fire hashchange, so they still move between articles.
  useEffect(() => {
    if (selectedId !== null && window.location.hash !== `#article=${selectedId}`)
      window.history.pushState(null, '', `#article=${selectedId}`);
  }, [selectedId]);
}
