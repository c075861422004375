import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import en from './en.json';
import fr from './fr.json';
import nl from './nl.json';

export const supportedLanguages = ['en', 'fr', 'nl'] as const;
export type Language = (typeof supportedLanguages)[number];

/** Each language by its own name: a reader finds theirs whatever the page's current language. */
export const languageNames: Record<Language, string> = {
  en: 'English',
  fr: 'Français',
  nl: 'Nederlands',
};

// ---- Key parity: a key missing from (or only in) a translation is a type error here. ----
/** Plural forms differ per language (French has `_many`): compare keys without their plural suffix. */
type PluralSuffix = '_zero' | '_one' | '_two' | '_few' | '_many' | '_other';
type BaseKey<K extends string> = K extends `${infer Base}${PluralSuffix}` ? Base : K;
/** Every key path of a translation file, e.g. "home.unread" for "home.unread_one". */
type KeyPaths<T> = {
  [K in keyof T & string]: T[K] extends Record<string, unknown> ? `${K}.${KeyPaths<T[K]>}` : BaseKey<K>;
}[keyof T & string];
/** Resolves only when `T` is `never`; otherwise the error names the offending keys. */
type NoKeys<T extends never> = T;
type English = typeof en;
type _MissingInFrench = NoKeys<Exclude<KeyPaths<English>, KeyPaths<typeof fr>>>;
type _OnlyInFrench = NoKeys<Exclude<KeyPaths<typeof fr>, KeyPaths<English>>>;
type _MissingInDutch = NoKeys<Exclude<KeyPaths<English>, KeyPaths<typeof nl>>>;
type _OnlyInDutch = NoKeys<Exclude<KeyPaths<typeof nl>, KeyPaths<English>>>;

const STORAGE_KEY = 'fixline.tenant.language';

const storage = (): Storage | null => {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
};

/** "fr-BE" → "fr"; null when we don't speak it. */
export const toSupportedLanguage = (tag: string | null | undefined): Language | null => {
  const base = tag?.trim().toLowerCase().split(/[-_]/)[0];
  return supportedLanguages.find((language) => language === base) ?? null;
};

/** The tenant's own choice if they made one, else the first of the browser's languages we speak. */
const initialLanguage = (): Language => {
  const stored = toSupportedLanguage(storage()?.getItem(STORAGE_KEY));
  if (stored) return stored;
  const preferred = navigator.languages.length > 0 ? navigator.languages : [navigator.language];
  for (const tag of preferred) {
    const language = toSupportedLanguage(tag);
    if (language) return language;
  }
  return 'en';
};

export const i18n = i18next.createInstance();

void i18n.use(initReactI18next).init({
  resources: {
    en: { translation: en },
    fr: { translation: fr },
    nl: { translation: nl },
  },
  lng: initialLanguage(),
  fallbackLng: 'en',
  supportedLngs: [...supportedLanguages],
  load: 'languageOnly',
  interpolation: { escapeValue: false },
  returnNull: false,
});

/** The current UI language (one of ours, never a regional variant). */
export const currentLanguage = (): Language => toSupportedLanguage(i18n.language) ?? 'en';

/** Switches the UI language and remembers the choice on this device. */
export const changeLanguage = async (language: Language): Promise<void> => {
  try {
    storage()?.setItem(STORAGE_KEY, language);
  } catch {
    // Storage full or unavailable: the choice lasts until the page is closed.
  }
  await i18n.changeLanguage(language);
};

const syncDocumentLanguage = (language: string): void => {
  document.documentElement.lang = toSupportedLanguage(language) ?? 'en';
};

syncDocumentLanguage(i18n.language);
i18n.on('languageChanged', syncDocumentLanguage);
