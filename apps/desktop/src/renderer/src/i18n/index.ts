import { createContext, useContext } from 'react';
import { formatMessage } from './format.ts';
import type { Values } from './format.ts';
import { en, zh } from './messages.ts';
import type { MessageKey as Key } from './messages.ts';
import { wordsEn, wordsZh } from './words.ts';
import type { WordKey } from './words.ts';

export type Language = 'en' | 'zh';
export type MessageKey = Key | WordKey;
export type Translate = (key: MessageKey, values?: Values) => string;

const tables: Record<Language, Record<MessageKey, string>> = {
  en: { ...en, ...wordsEn },
  zh: { ...zh, ...wordsZh },
};

/** Every message key, for tests that render them all. */
export const messageKeys = Object.keys(tables.en) as MessageKey[];

export function translator(language: Language): Translate {
  const table = tables[language];
  return (key, values) => formatMessage(table[key], values, language);
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
export const useLanguage = () => useContext(LanguageContext).language;
