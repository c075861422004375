import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import en from './en.json';

export const supportedLanguages = ['en'] as const;

export const i18n = i18next.createInstance();

void i18n.use(initReactI18next).init({
  resources: { en: { translation: en } },
  lng: 'en',
  fallbackLng: 'en',
  supportedLngs: [...supportedLanguages],
  interpolation: { escapeValue: false },
  returnNull: false,
});

const syncDocumentLanguage = (language: string): void => {
  document.documentElement.lang = language;
};

syncDocumentLanguage(i18n.language);
i18n.on('languageChanged', syncDocumentLanguage);
