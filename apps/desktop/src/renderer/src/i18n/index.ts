import { createContext, useContext } from 'react';
import { en, zh } from './messages.ts';
import type { MessageKey } from './messages.ts';

export type Language = 'en' | 'zh';
export type Translate = (key: MessageKey, values?: Record<string, string | number>) => string;

const tables = { en, zh };

export function translator(language: Language): Translate {
  const table = tables[language];
  return (key, values) =>
    table[key].replace(/\{(\w+)\}/g, (whole, name: string) =>
      values && name in values ? String(values[name]) : whole,
    );
}

/** The system's language decides the first run: Chinese for any zh locale, else English. */
export function systemLanguage(): Language {
  return navigator.language.toLowerCase().startsWith('zh') ? 'zh' : 'en';
}

export const LanguageContext = createContext<{ language: Language; t: Translate }>({
  language: 'en',
  t: translator('en'),
});

export const useT = () => useContext(LanguageContext).t;
export type { MessageKey };
