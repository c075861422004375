import { useMutation, useQuery } from '@apollo/client/react';
import { Button, Collapse, Paper, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconAdjustments } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Severity } from '../../../generated/graphql';
import { userErrorField } from '../../../shared/graphql/user-errors';
import { TriageForm, type TriageFormErrors, type TriageValues } from '../components/TriageForm';
import { TriageCategoriesQuery, TriageWorkOrderMutation } from '../graphql/work-order.graphql';

export interface TriageViewProps {
  workOrder: {
    id: string;
    number: number;
    version: number;
    priority: Severity;
    category: { id: string; name: string };
  };
  /** Reloads the work order, e.g. after a version conflict. */
  onRefetch: () => Promise<unknown>;
}

/** Manager and admin only: change the priority and/or the category, with a reason. */
export function TriageView({ workOrder, onRefetch }: TriageViewProps) {
  const { t } = useTranslation();
  const [opened, setOpened] = useState(false);
  const [errors, setErrors] = useState<TriageFormErrors>({});
  const [formKey, setFormKey] = useState(0);
  const { data: categoriesData } = useQuery(TriageCategoriesQuery, { skip: !opened });
  const [triage, { loading }] = useMutation(TriageWorkOrderMutation, {
    refetchQueries: ['BoardColumn'],
  });

  const categories = (categoriesData?.categories ?? [workOrder.category]).map((category) => ({
    value: category.id,
    label: category.name,
  }));
  if (!categories.some((category) => category.value === workOrder.category.id)) {
    categories.unshift({ value: workOrder.category.id, label: workOrder.category.name });
  }

  const close = () => {
    setOpened(false);
    setErrors({});
    setFormKey((key) => key + 1);
  };

  const submit = async (values: TriageValues) => {
    setErrors({});
    try {
      const { data } = await triage({
        variables: {
          input: {
            workOrderId: workOrder.id,
            expectedVersion: workOrder.version,
            reason: values.reason,
            ...(values.priority !== workOrder.priority ? { priority: values.priority } : {}),
            ...(values.categoryId !== workOrder.category.id ? { categoryId: values.categoryId } : {}),
          },
        },
      });
      const payload = data?.triageWorkOrder;
      if (!payload) {
        setErrors({ form: t('triage.errors.unexpected') });
        return;
      }
      if (payload.userErrors.length > 0) {
        if (payload.userErrors.some((error) => error.code === 'CONFLICT')) {
          setErrors({ form: t('triage.errors.conflict'), conflict: true });
          await onRefetch();
          return;
        }
        const next: TriageFormErrors = {};
        const general: string[] = [];
        for (const error of payload.userErrors) {
          const field = userErrorField(error);
          if (field === 'reason' || field === 'priority' || field === 'categoryId')
            next[field] = error.message;
          else general.push(error.message);
        }
        if (general.length > 0) next.form = general.join(' ');
        setErrors(next);
        return;
      }
      notifications.show({
        color: 'teal',
        title: t('triage.savedTitle'),
        message: t('triage.savedBody', { number: workOrder.number }),
      });
      close();
    } catch {
      setErrors({ form: t('triage.errors.network') });
    }
  };

  return (
    <Stack gap="xs">
      {!opened && (
        <Button
          variant="light"
          size="xs"
          leftSection={<IconAdjustments size={16} aria-hidden />}
          onClick={() => setOpened(true)}
          aria-expanded={opened}
          style={{ alignSelf: 'flex-start' }}
        >
          {t('triage.open')}
        </Button>
      )}
      <Collapse expanded={opened}>
        <Paper withBorder p="md" radius="md" bg="var(--mantine-color-gray-0)">
          <Text fw={600} size="sm" mb="sm">
            {t('triage.title')}
          </Text>
          {opened && (
            <TriageForm
              key={formKey}
              initial={{ priority: workOrder.priority, categoryId: workOrder.category.id }}
              categories={categories}
              submitting={loading}
              errors={errors}
              onSubmit={(values) => void submit(values)}
              onCancel={close}
            />
          )}
        </Paper>
      </Collapse>
    </Stack>
  );
}
