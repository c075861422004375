import '@mantine/core/styles.css';
import '@mantine/notifications/styles.css';
import './global.css';
import { createTheme, MantineProvider, mergeThemeOverrides, Notification } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { I18nextProvider, useTranslation } from 'react-i18next';
import { useMemo, type ReactNode } from 'react';
import { i18n } from '../i18n/i18n';
import { SessionProvider } from '../modules/auth/hooks/session';
import { IntakeOutboxProvider } from '../modules/intake/outbox/IntakeOutbox';
import { ApolloSessionProvider } from './ApolloSessionProvider';
import { ServiceWorkerUpdates } from './ServiceWorkerUpdates';
import { cssVariablesResolver, theme } from './theme';

/** The theme, plus names for Mantine's own unlabelled buttons (a notification's close button) in the UI language. */
const LocalizedMantineProvider = ({ children }: { children: ReactNode }) => {
  const { t } = useTranslation();
  const close = t('actions.close');
  const localized = useMemo(
    () =>
      mergeThemeOverrides(
        theme,
        createTheme({
          components: {
            Notification: Notification.extend({
              defaultProps: { closeButtonProps: { 'aria-label': close } },
            }),
          },
        }),
      ),
    [close],
  );
  return (
    <MantineProvider theme={localized} cssVariablesResolver={cssVariablesResolver} defaultColorScheme="light">
      {children}
    </MantineProvider>
  );
};

export const AppProviders = ({ children }: { children: ReactNode }) => (
  <I18nextProvider i18n={i18n}>
    <LocalizedMantineProvider>
      <Notifications position="top-center" />
      {import.meta.env.PROD && <ServiceWorkerUpdates />}
      <SessionProvider>
        <ApolloSessionProvider>
          <IntakeOutboxProvider>{children}</IntakeOutboxProvider>
        </ApolloSessionProvider>
      </SessionProvider>
    </LocalizedMantineProvider>
  </I18nextProvider>
);
