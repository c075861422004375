import type { ApolloCache } from '@apollo/client';
import { useMutation, useQuery } from '@apollo/client/react';
import {
  Alert,
  Button,
  Drawer,
  EmptyState,
  Group,
  Skeleton,
  Stack,
  Text,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconAlertCircle, IconCash, IconReceipt, IconReceipt2 } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RentEntryKind, RentLedgerFieldsFragment } from '../../../generated/graphql';
import { formatCalendarDate, formatMoney } from '../../../shared/format/intl';
import { graphQLErrorCode, matchUserErrorField } from '../../../shared/graphql/user-errors';
import { currencySymbol } from '../../dispatch/components/MoneyInput';
import { ConfirmModal } from '../../settings/components/ConfirmModal';
import { LedgerEntriesTable, type LedgerEntry } from '../components/LedgerEntriesTable';
import { LedgerSummary } from '../components/LedgerSummary';
import {
  RENT_ENTRY_FIELDS,
  RentEntryForm,
  type RentEntryFormErrors,
  type RentEntryValues,
} from '../components/RentEntryForm';
import { DeleteRentEntryMutation, RecordRentEntryMutation, RentLedgerQuery } from '../graphql/rent.graphql';

export interface LedgerTarget {
  tenancy: { id: string; startsOn: string; endsOn: string | null; tenant: { name: string; email: string } };
  unitLabel: string;
}

export interface RentLedgerDrawerViewProps {
  target: LedgerTarget | null;
  propertyName: string;
  locale: string;
  onClose: () => void;
}

const NO_ERRORS: RentEntryFormErrors = { fields: {} };

function LedgerContent({ tenancyId, locale }: { tenancyId: string; locale: string }) {
  const { t } = useTranslation();
  const { data, loading, error, refetch } = useQuery(RentLedgerQuery, {
    variables: { tenancyId },
    fetchPolicy: 'cache-and-network',
  });
  const [recordEntry, { loading: recording }] = useMutation(RecordRentEntryMutation);
  const [deleteEntry, { loading: deleting }] = useMutation(DeleteRentEntryMutation);
  const [formKind, setFormKind] = useState<RentEntryKind | null>(null);
  const [formKey, setFormKey] = useState(0);
  const [errors, setErrors] = useState<RentEntryFormErrors>(NO_ERRORS);
  const [toDelete, setToDelete] = useState<LedgerEntry | null>(null);
  const [deleteOpened, setDeleteOpened] = useState(false);
  const [announcement, setAnnouncement] = useState('');

  const ledger = data?.rentLedger ?? null;
  const currency = ledger?.balance.currency ?? 'USD';

  const store = (cache: ApolloCache, next: RentLedgerFieldsFragment | null | undefined) => {
    if (next)
      cache.writeQuery({ query: RentLedgerQuery, variables: { tenancyId }, data: { rentLedger: next } });
  };

  const balanceSentence = (next: RentLedgerFieldsFragment) => {
    const cents = next.balance.amountCents;
    const amount = formatMoney({ ...next.balance, amountCents: Math.abs(cents) }, locale);
    return cents > 0
      ? t('rent.announce.owed', { amount })
      : cents < 0
        ? t('rent.announce.credit', { amount })
        : t('rent.announce.settled');
  };

  const requestError = (caught: unknown) =>
    graphQLErrorCode(caught) === 'FORBIDDEN' ? t('dispatch.errors.forbidden') : t('dispatch.errors.network');

  const openForm = (kind: RentEntryKind) => {
    setErrors(NO_ERRORS);
    setFormKind(kind);
    setFormKey((key) => key + 1);
  };

  const record = async (values: RentEntryValues) => {
    setErrors(NO_ERRORS);
    try {
      const payload = (
        await recordEntry({
          variables: { input: { tenancyId, ...values } },
          update: (cache, result) => store(cache, result.data?.recordRentEntry.ledger),
        })
      ).data?.recordRentEntry;
      if (!payload) {
        setErrors({ fields: {}, form: t('dispatch.errors.unexpected') });
        return;
      }
      if (payload.userErrors.length > 0) {
        const next: RentEntryFormErrors = { fields: {} };
        const general: string[] = [];
        for (const userError of payload.userErrors) {
          const matched = matchUserErrorField(userError, RENT_ENTRY_FIELDS);
          const field = matched === 'amountCents' ? 'amount' : matched;
          if (field && !next.fields[field]) next.fields[field] = userError.message;
          else general.push(userError.message);
        }
        if (general.length > 0) next.form = general.join(' ');
        setErrors(next);
        return;
      }
      const amount = formatMoney({ amountCents: values.amountCents, currency }, locale);
      const title = t(`rent.recorded.${values.kind}`, { amount });
      notifications.show({
        color: 'teal',
        title,
        message: payload.ledger ? balanceSentence(payload.ledger) : '',
      });
      if (payload.ledger) setAnnouncement(`${title} ${balanceSentence(payload.ledger)}`);
      setFormKind(null);
    } catch (caught) {
      setErrors({ fields: {}, form: requestError(caught) });
    }
  };

  const confirmDelete = async () => {
    if (!toDelete) return;
    try {
      const payload = (
        await deleteEntry({
          variables: { id: toDelete.id },
          update: (cache, result) => store(cache, result.data?.deleteRentEntry.ledger),
        })
      ).data?.deleteRentEntry;
      if (!payload || payload.userErrors.length > 0) {
        notifications.show({
          color: 'red',
          title: t('rent.deleteFailed'),
          message: payload
            ? payload.userErrors.map((userError) => userError.message).join(' ')
            : t('dispatch.errors.unexpected'),
        });
        return;
      }
      setDeleteOpened(false);
      const title = t('rent.deletedTitle');
      notifications.show({
        color: 'teal',
        title,
        message: payload.ledger ? balanceSentence(payload.ledger) : '',
      });
      if (payload.ledger) setAnnouncement(`${title} ${balanceSentence(payload.ledger)}`);
    } catch (caught) {
      notifications.show({ color: 'red', title: t('rent.deleteFailed'), message: requestError(caught) });
    }
  };

  if (!ledger && loading)
    return (
      <Stack gap="sm" aria-hidden>
        <Group grow>
          {[0, 1, 2].map((index) => (
            <Skeleton key={index} height={72} radius="md" />
          ))}
        </Group>
        <Skeleton height={200} radius="md" />
      </Stack>
    );
  if (!ledger)
    return (
      <Alert color="red" variant="light" icon={<IconAlertCircle size={18} aria-hidden />} role="alert">
        <Text size="sm" mb="xs">
          {error ? t('rent.loadError') : t('rent.notFound')}
        </Text>
        {error && (
          <Button size="xs" variant="light" color="red" onClick={() => void refetch()}>
            {t('common.retry')}
          </Button>
        )}
      </Alert>
    );

  return (
    <Stack gap="md" data-testid="rent-ledger">
      <VisuallyHidden role="status" aria-live="polite">
        {announcement}
      </VisuallyHidden>
      <LedgerSummary ledger={ledger} locale={locale} />
      <Group gap="sm">
        <Button
          variant={formKind === 'CHARGE' ? 'filled' : 'light'}
          leftSection={<IconReceipt size={16} aria-hidden />}
          onClick={() => openForm('CHARGE')}
          aria-expanded={formKind === 'CHARGE'}
          data-testid="record-charge"
        >
          {t('rent.recordCharge')}
        </Button>
        <Button
          variant={formKind === 'PAYMENT' ? 'filled' : 'light'}
          leftSection={<IconCash size={16} aria-hidden />}
          onClick={() => openForm('PAYMENT')}
          aria-expanded={formKind === 'PAYMENT'}
          data-testid="record-payment"
        >
          {t('rent.recordPayment')}
        </Button>
      </Group>
      {formKind && (
        <RentEntryForm
          key={formKey}
          kind={formKind}
          currencySymbol={currencySymbol(currency, locale)}
          submitting={recording}
          errors={errors}
          onSubmit={(values) => void record(values)}
          onCancel={() => setFormKind(null)}
        />
      )}
      <Stack gap="xs" component="section" aria-labelledby="ledger-entries-heading">
        <Title order={3} size="h5" id="ledger-entries-heading">
          {t('rent.entries.title')}
        </Title>
        {ledger.entries.length === 0 ? (
          <EmptyState
            size="sm"
            icon={<IconReceipt2 size={20} aria-hidden />}
            title={t('rent.entries.empty.title')}
            description={t('rent.entries.empty.description')}
            py="md"
          />
        ) : (
          <LedgerEntriesTable
            entries={ledger.entries}
            locale={locale}
            onDelete={(entry) => {
              setToDelete(entry);
              setDeleteOpened(true);
            }}
          />
        )}
      </Stack>
      <ConfirmModal
        opened={deleteOpened}
        title={t('rent.confirm.title')}
        message={
          toDelete
            ? t('rent.confirm.body', {
                kind: t(`rent.kind.${toDelete.kind}`),
                amount: formatMoney(toDelete.amount, locale),
                date: formatCalendarDate(toDelete.date, locale),
              })
            : ''
        }
        confirmLabel={t('rent.confirm.submit')}
        busy={deleting}
        onConfirm={() => void confirmDelete()}
        onClose={() => setDeleteOpened(false)}
      />
    </Stack>
  );
}

/** A lease's rent ledger in a drawer: balance, overdue, next due, every entry; record and delete entries. */
export function RentLedgerDrawerView({ target, propertyName, locale, onClose }: RentLedgerDrawerViewProps) {
  const { t } = useTranslation();
  const [shown, setShown] = useState<LedgerTarget | null>(target);
  if (target && target !== shown) setShown(target);
  const lease = shown
    ? shown.tenancy.endsOn
      ? t('residents.leaseBetween', {
          from: formatCalendarDate(shown.tenancy.startsOn, locale),
          to: formatCalendarDate(shown.tenancy.endsOn, locale),
        })
      : t('residents.leaseSince', { from: formatCalendarDate(shown.tenancy.startsOn, locale) })
    : '';
  return (
    <Drawer
      opened={target !== null}
      onClose={onClose}
      onExitTransitionEnd={() => setShown(null)}
      position="right"
      size="xl"
      padding="lg"
      title={
        shown ? (
          <div>
            <Title order={2} size="h4">
              {t('rent.title', { name: shown.tenancy.tenant.name })}
            </Title>
            <Text size="sm" c="dimmed">
              {t('rent.subtitle', { unit: shown.unitLabel, property: propertyName, lease })}
            </Text>
          </div>
        ) : null
      }
      closeButtonProps={{ 'aria-label': t('common.close') }}
      data-testid="ledger-drawer"
    >
      {shown && <LedgerContent key={shown.tenancy.id} tenancyId={shown.tenancy.id} locale={locale} />}
    </Drawer>
  );
}
