import { MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { BrowserRouter } from 'react-router-dom';
import { AuthProvider } from '../modules/auth/AuthProvider';
import { AppRoutes } from './AppRoutes';
import { SessionApolloProvider } from './SessionApolloProvider';
import { cssVariablesResolver, localizedTheme } from './theme';

/** The router's base is Vite's `base` ('/admin/') without the trailing slash. */
const basename = import.meta.env.BASE_URL.replace(/\/$/, '');

export function App() {
  const { t } = useTranslation();
  const theme = useMemo(() => localizedTheme({ close: t('common.close') }), [t]);
  return (
    <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver} defaultColorScheme="light">
      <Notifications position="bottom-right" limit={4} />
      <BrowserRouter basename={basename}>
        <AuthProvider>
          <SessionApolloProvider>
            <AppRoutes />
          </SessionApolloProvider>
        </AuthProvider>
      </BrowserRouter>
    </MantineProvider>
  );
}
