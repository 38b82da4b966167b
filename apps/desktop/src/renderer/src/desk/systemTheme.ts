import { useEffect, useState } from 'react';

const DARK = '(prefers-color-scheme: dark)';

/**
 * The system's light or dark theme, followed as it changes: asked for at every render, it
 * was read again at every selection.
 */
export function useSystemTheme(): 'light' | 'dark' {
  const [dark, setDark] = useState(() => matchMedia(DARK).matches);
  useEffect(() => {
    const query = matchMedia(DARK);
    const follow = () => setDark(query.matches);
    query.addEventListener('change', follow);
    return () => query.removeEventListener('change', follow);
  }, []);
  return dark ? 'dark' : 'light';
}
