import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/** "My requests – Fixline": screen readers announce it, and tabs and history entries are told apart. */
export const useDocumentTitle = (page: string | null): void => {
  const { t } = useTranslation();
  useEffect(() => {
    document.title = page ? t('app.pageTitle', { page }) : t('app.name');
  }, [page, t]);
};
