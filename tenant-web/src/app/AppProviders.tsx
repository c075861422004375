import '@mantine/core/styles.css';
import '@mantine/notifications/styles.css';
import './global.css';
import { MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { I18nextProvider } from 'react-i18next';
import type { ReactNode } from 'react';
import { i18n } from '../i18n/i18n';
import { SessionProvider } from '../modules/auth/hooks/session';
import { ApolloSessionProvider } from './ApolloSessionProvider';
import { theme } from './theme';

export const AppProviders = ({ children }: { children: ReactNode }) => (
  <I18nextProvider i18n={i18n}>
    <MantineProvider theme={theme} defaultColorScheme="light">
      <Notifications position="top-center" />
      <SessionProvider>
        <ApolloSessionProvider>{children}</ApolloSessionProvider>
      </SessionProvider>
    </MantineProvider>
  </I18nextProvider>
);
