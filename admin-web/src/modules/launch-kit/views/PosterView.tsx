import { useQuery } from '@apollo/client/react';
import { Alert, Button, Group, Skeleton, Stack, Text } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { IconAlertCircle, IconArrowLeft, IconPrinter } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { residentsPath } from '../../../app/navigation';
import classes from '../components/PosterSheet.module.css';
import { PosterSheet } from '../components/PosterSheet';
import { PropertyPosterQuery } from '../graphql/launch-kit.graphql';

/** The printable launch poster of one property, with a Print button that is not printed. */
export function PosterView({ propertyId }: { propertyId: string }) {
  const { t } = useTranslation();
  const { data, loading, error, refetch } = useQuery(PropertyPosterQuery, {
    variables: { propertyId },
    fetchPolicy: 'cache-and-network',
  });
  const property = data?.node?.__typename === 'Property' ? data.node : null;
  useDocumentTitle(
    property ? t('poster.documentTitle', { property: property.name }) : t('poster.documentTitleLoading'),
  );

  let sheet;
  if (property && data) {
    sheet = <PosterSheet companyName={data.companyProfile.name} property={property} />;
  } else if (loading) {
    sheet = (
      <main className={classes.sheet} aria-busy="true" aria-label={t('common.loading')}>
        <Skeleton height={24} width="40%" />
        <Skeleton height={48} width="70%" />
        <Skeleton height={380} width={380} />
      </main>
    );
  } else {
    sheet = (
      <main className={classes.sheet}>
        <Alert color="red" variant="light" icon={<IconAlertCircle size={18} aria-hidden />} role="alert">
          <Text size="sm" mb="xs">
            {error ? t('poster.loadError') : t('poster.notFound')}
          </Text>
          {error && (
            <Button size="xs" variant="light" color="red" onClick={() => void refetch()}>
              {t('common.retry')}
            </Button>
          )}
        </Alert>
      </main>
    );
  }

  return (
    <div className={classes.page}>
      <header className={classes.toolbar}>
        <Group justify="space-between" wrap="wrap" gap="sm">
          <Stack gap={2}>
            <Text fw={600}>{t('poster.toolbarTitle')}</Text>
            <Text size="sm" c="dimmed">
              {t('poster.printHint')}
            </Text>
          </Stack>
          <Group gap="sm">
            <Button
              component={Link}
              to={residentsPath(propertyId)}
              variant="default"
              leftSection={<IconArrowLeft size={16} aria-hidden />}
            >
              {t('poster.back')}
            </Button>
            <Button
              leftSection={<IconPrinter size={16} aria-hidden />}
              onClick={() => window.print()}
              disabled={!property}
              data-testid="poster-print"
            >
              {t('poster.print')}
            </Button>
          </Group>
        </Group>
      </header>
      {sheet}
    </div>
  );
}
