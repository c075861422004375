import { NativeSelect } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { IconLanguage } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import {
  changeLanguage,
  currentLanguage,
  languageNames,
  supportedLanguages,
  toSupportedLanguage,
} from '../../i18n/i18n';

export interface LanguageSelectProps {
  /** In the app's header: on a phone, no icon (the header is narrow). */
  inHeader?: boolean;
}

/**
 * A native select (the phone's own picker) of English, Français and Nederlands, named "Language" in the
 * current language; the choice is remembered on this device.
 */
export const LanguageSelect = ({ inHeader = false }: LanguageSelectProps) => {
  const { t, i18n } = useTranslation();
  // A phone's header is narrow: the names alone (each in its own language) say what this is.
  const phone = useMediaQuery('(max-width: 35.99em)', true, { getInitialValueInEffect: false });
  const icon = !(inHeader && phone);
  // Subscribing through useTranslation re-renders this on a change; read the normalized code.
  const value = toSupportedLanguage(i18n.language) ?? currentLanguage();
  return (
    <NativeSelect
      aria-label={t('app.language')}
      value={value}
      onChange={(event) => {
        const language = toSupportedLanguage(event.currentTarget.value);
        if (language) void changeLanguage(language);
      }}
      leftSection={icon ? <IconLanguage size={18} aria-hidden /> : undefined}
      w={icon ? 176 : 150}
      data-testid="language-select"
    >
      {supportedLanguages.map((language) => (
        <option key={language} value={language} lang={language}>
          {languageNames[language]}
        </option>
      ))}
    </NativeSelect>
  );
};
