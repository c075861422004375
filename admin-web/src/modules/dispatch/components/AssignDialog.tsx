import { useMutation, useQuery } from '@apollo/client/react';
import {
  Alert,
  Anchor,
  Button,
  Collapse,
  Select,
  Skeleton,
  Stack,
  Text,
  Textarea,
  type ComboboxItem,
  type ComboboxItemGroup,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconAlertCircle, IconShieldX, IconUserSearch } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  AssigneeOptionsQuery,
  AssignmentSuggestionsQuery,
  AssignWorkOrderMutation,
} from '../graphql/dispatch.graphql';
import { useActionSubmit } from '../hooks/useActionSubmit';
import { DialogForm } from './DialogForm';
import { SuggestionRow } from './SuggestionRow';
import type { ActionDialogProps } from './types';

const FIELDS = ['assigneeId', 'insuranceOverrideReason', 'reason'] as const;

interface Chosen {
  id: string;
  name: string;
  blocked: boolean;
  blockedReason: string | null;
}

/** Assign or reassign: the ranked suggestions with their reasons, or anyone else; blocked vendors need a reason. */
export function AssignDialog({
  workOrder,
  locale,
  reassign,
  onCancel,
  onDone,
  onConflict,
}: ActionDialogProps & { reassign: boolean }) {
  const { t } = useTranslation();
  const [chosen, setChosen] = useState<Chosen | null>(null);
  const [override, setOverride] = useState('');
  const [reason, setReason] = useState('');
  const [showOthers, setShowOthers] = useState(false);
  const [serverWantsOverride, setServerWantsOverride] = useState(false);
  const { errors, submitting, run, setFieldErrors } = useActionSubmit({ fields: FIELDS, onConflict });
  const [assign] = useMutation(AssignWorkOrderMutation);

  const suggestionsQuery = useQuery(AssignmentSuggestionsQuery, {
    variables: { workOrderId: workOrder.id },
    fetchPolicy: 'network-only',
  });
  const optionsQuery = useQuery(AssigneeOptionsQuery, { skip: !showOthers, errorPolicy: 'all' });

  const suggestions = useMemo(
    () => suggestionsQuery.data?.assignmentSuggestions ?? [],
    [suggestionsQuery.data],
  );
  const currentId = workOrder.assignee?.id ?? null;

  const otherOptions = useMemo<Array<ComboboxItemGroup<ComboboxItem>>>(() => {
    const data = optionsQuery.data;
    if (!data) return [];
    const vendors = data.vendors.nodes
      .filter((vendor) => vendor.active && vendor.id !== currentId)
      .map((vendor) => ({
        value: vendor.id,
        label: vendor.insuranceValid
          ? vendor.name
          : t('dispatch.assign.insuranceExpiredOption', { name: vendor.name }),
      }));
    const technicians = data.technicians
      .filter((technician) => technician.active && technician.id !== currentId)
      .map((technician) => ({ value: technician.id, label: technician.name }));
    return [
      { group: t('board.filters.vendors'), items: vendors },
      { group: t('board.filters.technicians'), items: technicians },
    ].filter((group) => group.items.length > 0);
  }, [optionsQuery.data, currentId, t]);

  const pickSuggestion = (index: number) => {
    const suggestion = suggestions[index];
    if (!suggestion) return;
    setChosen({
      id: suggestion.assignee.id,
      name: suggestion.assignee.name,
      blocked: suggestion.blocked,
      blockedReason: suggestion.blockedReason,
    });
    setServerWantsOverride(false);
  };

  const pickOther = (id: string | null) => {
    if (!id) {
      setChosen(null);
      return;
    }
    const vendor = optionsQuery.data?.vendors.nodes.find((node) => node.id === id);
    const technician = optionsQuery.data?.technicians.find((node) => node.id === id);
    const fromSuggestions = suggestions.find((s) => s.assignee.id === id);
    const name = vendor?.name ?? technician?.name ?? fromSuggestions?.assignee.name ?? '';
    const blocked = fromSuggestions?.blocked ?? (vendor ? !vendor.insuranceValid : false);
    setChosen({
      id,
      name,
      blocked,
      blockedReason:
        fromSuggestions?.blockedReason ?? (blocked ? t('dispatch.assign.insuranceExpired') : null),
    });
    setServerWantsOverride(false);
  };

  const needsOverride = Boolean(chosen?.blocked) || serverWantsOverride;

  const submit = async () => {
    if (!chosen) {
      setFieldErrors({ assigneeId: t('dispatch.assign.chooseFirst') });
      return;
    }
    if (needsOverride && !override.trim()) {
      setFieldErrors({ insuranceOverrideReason: t('dispatch.assign.overrideRequired') });
      return;
    }
    const result = await run(async () => {
      const { data } = await assign({
        variables: {
          input: {
            workOrderId: workOrder.id,
            expectedVersion: workOrder.version,
            assigneeId: chosen.id,
            ...(needsOverride ? { insuranceOverrideReason: override.trim() } : {}),
            ...(reason.trim() ? { reason: reason.trim() } : {}),
          },
        },
      });
      return data?.assignWorkOrder;
    });
    if (result.ok) {
      notifications.show({
        color: 'teal',
        title: t(reassign ? 'dispatch.assign.reassignedTitle' : 'dispatch.assign.assignedTitle'),
        message: t('dispatch.assign.doneBody', { number: workOrder.number, name: chosen.name }),
      });
      onDone();
    } else if (result.codes.includes('INSURANCE_EXPIRED')) {
      setServerWantsOverride(true);
    }
  };

  let list;
  if (suggestionsQuery.loading && suggestions.length === 0) {
    list = (
      <Stack gap="xs" aria-hidden>
        {[0, 1, 2].map((index) => (
          <Skeleton key={index} height={96} radius="md" />
        ))}
      </Stack>
    );
  } else if (suggestionsQuery.error && suggestions.length === 0) {
    list = (
      <Alert color="red" variant="light" icon={<IconAlertCircle size={18} aria-hidden />} role="alert" p="sm">
        <Text size="sm" mb="xs">
          {t('dispatch.assign.loadError')}
        </Text>
        <Button size="xs" variant="light" color="red" onClick={() => void suggestionsQuery.refetch()}>
          {t('common.retry')}
        </Button>
      </Alert>
    );
  } else if (suggestions.length === 0) {
    list = (
      <Alert color="gray" variant="light" icon={<IconUserSearch size={18} aria-hidden />} p="sm">
        {t('dispatch.assign.noSuggestions')}
      </Alert>
    );
  } else {
    list = (
      <Stack gap="xs" role="list" aria-label={t('dispatch.assign.suggestions')} data-testid="suggestions">
        {suggestions.map((suggestion, index) => (
          <div role="listitem" key={suggestion.assignee.id}>
            <SuggestionRow
              suggestion={suggestion}
              top={index === 0}
              current={suggestion.assignee.id === currentId}
              selected={chosen?.id === suggestion.assignee.id}
              locale={locale}
              onPick={() => pickSuggestion(index)}
            />
          </div>
        ))}
      </Stack>
    );
  }

  const chosenIsSuggested = chosen ? suggestions.some((s) => s.assignee.id === chosen.id) : false;

  return (
    <DialogForm
      workOrder={workOrder}
      formError={errors.form ?? errors.fields.assigneeId}
      conflict={errors.conflict}
      submitting={submitting}
      submitLabel={
        chosen
          ? t(needsOverride ? 'dispatch.assign.submitOverride' : 'dispatch.assign.submitTo', {
              name: chosen.name,
            })
          : t(reassign ? 'actions.REASSIGN' : 'actions.ASSIGN')
      }
      submitColor={needsOverride ? 'red' : undefined}
      submitDisabled={!chosen}
      onSubmit={() => void submit()}
      onCancel={onCancel}
    >
      <Text size="sm" c="dimmed">
        {t('dispatch.assign.intro')}
      </Text>
      {list}

      <div>
        <Anchor
          component="button"
          type="button"
          size="sm"
          onClick={() => setShowOthers((value) => !value)}
          aria-expanded={showOthers}
        >
          {t('dispatch.assign.someoneElse')}
        </Anchor>
        <Collapse expanded={showOthers}>
          <Select
            mt="xs"
            label={t('dispatch.assign.anyAssignee')}
            placeholder={optionsQuery.loading ? t('common.loading') : t('dispatch.assign.searchAssignee')}
            data={otherOptions}
            value={chosen && !chosenIsSuggested ? chosen.id : null}
            onChange={pickOther}
            searchable
            clearable
            nothingFoundMessage={t('board.filters.nothingFound')}
            comboboxProps={{ zIndex: 1000 }}
          />
        </Collapse>
      </div>

      {needsOverride && chosen && (
        <Alert
          color="red"
          variant="light"
          icon={<IconShieldX size={18} aria-hidden />}
          title={t('dispatch.assign.overrideTitle', { name: chosen.name })}
          p="sm"
        >
          <Stack gap="xs">
            <Text size="sm">{chosen.blockedReason ?? t('dispatch.assign.insuranceExpired')}</Text>
            <Textarea
              label={t('dispatch.assign.overrideReason')}
              description={t('dispatch.assign.overrideHint')}
              required
              autosize
              minRows={2}
              value={override}
              onChange={(event) => setOverride(event.currentTarget.value)}
              error={errors.fields.insuranceOverrideReason}
              data-testid="override-reason"
            />
          </Stack>
        </Alert>
      )}

      {reassign && (
        <Textarea
          label={t('dispatch.assign.reassignReason')}
          description={t('dispatch.optionalTimeline')}
          autosize
          minRows={2}
          value={reason}
          onChange={(event) => setReason(event.currentTarget.value)}
          error={errors.fields.reason}
        />
      )}
    </DialogForm>
  );
}
