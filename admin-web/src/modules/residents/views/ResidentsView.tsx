import { useQuery } from '@apollo/client/react';
import {
  Alert,
  Button,
  EmptyState,
  Group,
  Select,
  SimpleGrid,
  Skeleton,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { IconAlertCircle, IconBuildingCommunity, IconFileImport } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { localDateKey } from '../../../shared/format/intl';
import { useLocale } from '../../../shared/hooks/useLocale';
import { DocumentsDrawerView, type DocumentsTarget } from '../../documents/views/DocumentsDrawerView';
import { LaunchKitCard } from '../../launch-kit/components/LaunchKitCard';
import { InviteTenantsView } from '../../launch-kit/views/InviteTenantsView';
import { ImportLedgerView } from '../../rent/views/ImportLedgerView';
import { RentLedgerDrawerView, type LedgerTarget } from '../../rent/views/RentLedgerDrawerView';
import { PropertyResidentsQuery } from '../graphql/residents.graphql';
import { useResidentProperties } from '../hooks/useResidentProperties';
import { RosterView } from './RosterView';

function LoadError({ message, onRetry }: { message: string; onRetry: () => void }) {
  const { t } = useTranslation();
  return (
    <Alert color="red" variant="light" icon={<IconAlertCircle size={18} aria-hidden />} role="alert">
      <Text size="sm" mb="xs">
        {message}
      </Text>
      <Button size="xs" variant="light" color="red" onClick={onRetry}>
        {t('common.retry')}
      </Button>
    </Alert>
  );
}

function ResidentsSkeleton() {
  return (
    <Stack gap="md" aria-hidden>
      <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="md">
        <Skeleton height={220} radius="md" />
        <Skeleton height={220} radius="md" />
      </SimpleGrid>
      <Skeleton height={320} radius="md" />
    </Stack>
  );
}

/**
 * Residents of one property (PRODUCT.md §13 and §15): the launch kit (portal link, QR poster), tenant invites from
 * a CSV, the roster with invite status, and per lease its documents and rent ledger; rent ledgers import here too.
 */
export function ResidentsView() {
  const { t } = useTranslation();
  useDocumentTitle(t('residents.documentTitle'));
  const locale = useLocale();
  const today = localDateKey();
  const picker = useResidentProperties();
  const selectedId = picker.selected?.id ?? null;
  const { data, loading, error, refetch } = useQuery(PropertyResidentsQuery, {
    variables: { propertyId: selectedId ?? '' },
    skip: !selectedId,
    fetchPolicy: 'cache-and-network',
  });
  const [ledgerTarget, setLedgerTarget] = useState<LedgerTarget | null>(null);
  const [documentsTarget, setDocumentsTarget] = useState<DocumentsTarget | null>(null);
  const [importOpened, setImportOpened] = useState(false);

  const property = data?.node?.__typename === 'Property' && data.node.id === selectedId ? data.node : null;

  let body;
  if (!picker.properties && picker.loading) body = <ResidentsSkeleton />;
  else if (!picker.properties && picker.error)
    body = <LoadError message={t('residents.propertiesError')} onRetry={picker.refetch} />;
  else if (!picker.properties || picker.properties.length === 0)
    body = (
      <EmptyState
        icon={<IconBuildingCommunity size={24} aria-hidden />}
        title={t('residents.noProperties.title')}
        description={t('residents.noProperties.description')}
        py="xl"
      />
    );
  else if (!property && loading) body = <ResidentsSkeleton />;
  else if (!property)
    body = (
      <LoadError
        message={error ? t('residents.loadError') : t('residents.notFound')}
        onRetry={() => void refetch().catch(() => undefined)}
      />
    );
  else
    body = (
      <Stack gap="md">
        <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="md">
          <LaunchKitCard property={property} />
          <InviteTenantsView
            key={property.id}
            property={property}
            onInvited={() => void refetch().catch(() => undefined)}
          />
        </SimpleGrid>
        <RosterView
          key={property.id}
          propertyName={property.name}
          units={property.units}
          locale={locale}
          today={today}
          onOpenLedger={(unit, tenancy) => setLedgerTarget({ tenancy, unitLabel: unit.label })}
          onOpenDocuments={(unit, tenancy) => setDocumentsTarget({ unit, tenancyId: tenancy?.id ?? null })}
        />
      </Stack>
    );

  return (
    <Stack gap="lg" maw={1400} component="section" aria-labelledby="residents-heading">
      <Group justify="space-between" align="flex-end" wrap="wrap" gap="sm">
        <div>
          <Title order={1} size="h3" id="residents-heading">
            {t('residents.title')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('residents.subtitle')}
          </Text>
        </div>
        <Group gap="sm" align="flex-end">
          <Select
            label={t('residents.property')}
            data={(picker.properties ?? []).map((option) => ({ value: option.id, label: option.name }))}
            value={selectedId}
            onChange={(value) => value && picker.select(value)}
            allowDeselect={false}
            searchable
            nothingFoundMessage={t('residents.noPropertyMatch')}
            disabled={!picker.properties || picker.properties.length === 0}
            w={280}
            comboboxProps={{ withinPortal: true }}
            data-testid="property-picker"
          />
          <Button
            variant="default"
            leftSection={<IconFileImport size={16} aria-hidden />}
            onClick={() => setImportOpened(true)}
            data-testid="open-ledger-import"
          >
            {t('rent.import.open')}
          </Button>
        </Group>
      </Group>
      {body}

      <RentLedgerDrawerView
        target={ledgerTarget}
        propertyName={property?.name ?? ''}
        locale={locale}
        onClose={() => setLedgerTarget(null)}
      />
      <DocumentsDrawerView
        target={documentsTarget}
        propertyName={property?.name ?? ''}
        locale={locale}
        onClose={() => setDocumentsTarget(null)}
      />
      <ImportLedgerView opened={importOpened} onClose={() => setImportOpened(false)} />
    </Stack>
  );
}
