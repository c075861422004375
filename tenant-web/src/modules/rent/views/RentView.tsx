import { EmptyState, Skeleton, Stack, Text, Title } from '@mantine/core';
import { IconReportMoney } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../shared/components/ErrorAlert';
import { thrownErrorKey } from '../../../shared/errors';
import { useDocumentTitle } from '../../../shared/hooks/useDocumentTitle';
import { RentHistory } from '../components/RentHistory';
import { RentSummary } from '../components/RentSummary';
import { useRentLedger } from '../hooks/useRentLedger';

export const RentView = () => {
  const { t } = useTranslation();
  useDocumentTitle(t('rent.title'));
  const { data, loading, error, refetch } = useRentLedger();
  const ledger = data?.rentLedger;
  const unit = ledger?.tenancy.unit;

  return (
    <Stack gap="lg">
      <div>
        <Title order={1} fz="h2">
          {t('rent.title')}
        </Title>
        {unit && (
          <Text c="dimmed" mt={4} data-testid="rent-lease">
            {t('rent.lease', { unit: unit.label, property: unit.property.name })}
          </Text>
        )}
      </div>

      {error && (
        <ErrorAlert
          message={t('rent.loadError')}
          detail={t(thrownErrorKey(error))}
          onRetry={() => void refetch()}
          retrying={loading}
        />
      )}

      {data === undefined && loading && (
        <Stack gap="md" aria-busy="true" aria-label={t('rent.loading')}>
          <Skeleton height={110} radius="lg" />
          <Skeleton height={110} radius="lg" />
          <Skeleton height={220} radius="lg" />
        </Stack>
      )}

      {ledger === null && (
        <EmptyState
          icon={<IconReportMoney size={32} aria-hidden />}
          title={t('rent.emptyTitle')}
          description={t('rent.emptyBody')}
          data-testid="rent-empty"
        />
      )}

      {ledger && (
        <>
          <RentSummary ledger={ledger} />
          <RentHistory entries={ledger.entries} />
        </>
      )}
    </Stack>
  );
};
