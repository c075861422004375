import { useMutation, useQuery } from '@apollo/client/react';
import { Badge, Grid, Group, NavLink, Paper, ScrollArea, Stack, Text, Title } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { NotificationTemplateKey } from '../../../generated/graphql';
import { matchUserErrorField } from '../../../shared/graphql/user-errors';
import { useLocale } from '../../../shared/hooks/useLocale';
import { ConfirmModal } from '../../settings/components/ConfirmModal';
import { SettingsLoadError, SettingsSkeleton } from '../../settings/components/LoadState';
import { notifySaved, requestErrorMessage } from '../../settings/feedback';
import { isAudience } from '../channels';
import {
  TEMPLATE_FIELDS,
  TemplateEditor,
  type TemplateDraft,
  type TemplateErrors,
} from '../components/TemplateEditor';
import {
  NotificationTemplatesQuery,
  ResetNotificationTemplateMutation,
  UpdateNotificationTemplateMutation,
} from '../graphql/notification-settings.graphql';
import { sampleValues } from '../placeholders';

const NO_ERRORS: TemplateErrors = { fields: {}, form: [] };

type Drafts = Partial<Record<NotificationTemplateKey, TemplateDraft>>;
type ErrorsByKey = Partial<Record<NotificationTemplateKey, TemplateErrors>>;

/**
 * Settings → Notifications: the text of every notification. Edits are kept per template until saved or
 * discarded, so moving between templates loses nothing.
 */
export function NotificationTemplatesView() {
  const { t } = useTranslation();
  const locale = useLocale();
  const { data, loading, refetch } = useQuery(NotificationTemplatesQuery, {
    fetchPolicy: 'cache-and-network',
  });
  const [updateTemplate, { loading: saving }] = useMutation(UpdateNotificationTemplateMutation);
  const [resetTemplate, { loading: resetting }] = useMutation(ResetNotificationTemplateMutation);
  const [selected, setSelected] = useState<NotificationTemplateKey | null>(null);
  const [drafts, setDrafts] = useState<Drafts>({});
  const [errors, setErrors] = useState<ErrorsByKey>({});
  const [confirmingReset, setConfirmingReset] = useState<NotificationTemplateKey | null>(null);

  const templates = data?.notificationTemplates;
  const companyName = data?.companyProfile.name ?? '';
  const samples = useMemo(() => sampleValues(t, locale, companyName), [t, locale, companyName]);
  const template = templates?.find((candidate) => candidate.key === selected) ?? templates?.[0] ?? null;

  const setDraft = (key: NotificationTemplateKey, draft: TemplateDraft | null) =>
    setDrafts((current) => {
      const { [key]: _previous, ...others } = current;
      return draft ? { ...others, [key]: draft } : others;
    });
  const setErrorsFor = (key: NotificationTemplateKey, value: TemplateErrors) =>
    setErrors((current) => ({ ...current, [key]: value }));

  const save = async (key: NotificationTemplateKey, draft: TemplateDraft) => {
    setErrorsFor(key, NO_ERRORS);
    try {
      const payload = (await updateTemplate({ variables: { input: { key, ...draft } } })).data
        ?.updateNotificationTemplate;
      if (!payload) {
        setErrorsFor(key, { fields: {}, form: [t('dispatch.errors.unexpected')] });
        return;
      }
      if (payload.userErrors.length > 0) {
        const next: TemplateErrors = { fields: {}, form: [] };
        for (const userError of payload.userErrors) {
          const field = matchUserErrorField(userError, TEMPLATE_FIELDS);
          if (field && !next.fields[field]) next.fields[field] = userError.message;
          else next.form.push(userError.message);
        }
        setErrorsFor(key, next);
        return;
      }
      setDraft(key, null);
      notifySaved(t, t('notifications.templates.saved', { name: t(`notifications.template.${key}`) }));
    } catch (caught) {
      setErrorsFor(key, { fields: {}, form: [requestErrorMessage(t, caught)] });
    }
  };

  const reset = async (key: NotificationTemplateKey) => {
    setErrorsFor(key, NO_ERRORS);
    try {
      const payload = (await resetTemplate({ variables: { input: { key } } })).data
        ?.resetNotificationTemplate;
      if (!payload || payload.userErrors.length > 0) {
        setErrorsFor(key, {
          fields: {},
          form: payload ? payload.userErrors.map((e) => e.message) : [t('dispatch.errors.unexpected')],
        });
        return;
      }
      setDraft(key, null);
      notifySaved(t, t('notifications.templates.resetDone', { name: t(`notifications.template.${key}`) }));
    } catch (caught) {
      setErrorsFor(key, { fields: {}, form: [requestErrorMessage(t, caught)] });
    } finally {
      setConfirmingReset(null);
    }
  };

  let body;
  if (!templates && loading) body = <SettingsSkeleton rows={6} />;
  else if (!templates || !template) body = <SettingsLoadError onRetry={() => void refetch()} />;
  else {
    const draft = drafts[template.key] ?? { subject: template.subject, body: template.body };
    body = (
      <Grid gap="md">
        <Grid.Col span={{ base: 12, md: 4 }}>
          <ScrollArea.Autosize mah={{ base: 280, md: 640 }} type="auto">
            <nav aria-label={t('notifications.templates.listLabel')}>
              {templates.map((candidate) => {
                const edited = Boolean(drafts[candidate.key]);
                return (
                  <NavLink
                    key={candidate.key}
                    component="button"
                    type="button"
                    active={candidate.key === template.key}
                    aria-current={candidate.key === template.key ? 'true' : undefined}
                    onClick={() => setSelected(candidate.key)}
                    label={t(`notifications.template.${candidate.key}`)}
                    description={
                      isAudience(candidate.audience)
                        ? t(`notifications.audience.${candidate.audience}`)
                        : candidate.audience
                    }
                    rightSection={
                      <Group gap={4} wrap="nowrap">
                        {edited && (
                          <Badge color="orange" variant="light" radius="sm" size="xs">
                            {t('notifications.templates.unsaved')}
                          </Badge>
                        )}
                        {candidate.customized && (
                          <Badge color="grape" variant="light" radius="sm" size="xs">
                            {t('notifications.templates.customized')}
                          </Badge>
                        )}
                      </Group>
                    }
                    data-testid="template-row"
                    data-key={candidate.key}
                    data-customized={candidate.customized}
                  />
                );
              })}
            </nav>
          </ScrollArea.Autosize>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 8 }}>
          <TemplateEditor
            key={template.key}
            template={template}
            draft={draft}
            errors={errors[template.key] ?? NO_ERRORS}
            saving={saving}
            samples={samples}
            companyName={companyName}
            logoUrl={data?.companyProfile.logoUrl ?? null}
            onChange={(next) =>
              setDraft(
                template.key,
                next.subject === template.subject && next.body === template.body ? null : next,
              )
            }
            onSave={() => void save(template.key, draft)}
            onDiscard={() => {
              setDraft(template.key, null);
              setErrorsFor(template.key, NO_ERRORS);
            }}
            onReset={() => setConfirmingReset(template.key)}
          />
        </Grid.Col>
      </Grid>
    );
  }

  const resetTarget = templates?.find((candidate) => candidate.key === confirmingReset) ?? null;

  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="templates-heading">
      <Stack gap="sm">
        <div>
          <Title order={2} size="h4" id="templates-heading">
            {t('notifications.templates.title')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('notifications.templates.description')}
          </Text>
        </div>
        {body}
      </Stack>
      <ConfirmModal
        opened={Boolean(confirmingReset)}
        title={t('notifications.templates.resetTitle', {
          name: confirmingReset ? t(`notifications.template.${confirmingReset}`) : '',
        })}
        message={t('notifications.templates.resetBody', {
          subject: resetTarget?.defaultSubject ?? '',
          body: resetTarget?.defaultBody ?? '',
        })}
        confirmLabel={t('notifications.templates.reset')}
        busy={resetting}
        onConfirm={() => {
          if (confirmingReset) void reset(confirmingReset);
        }}
        onClose={() => setConfirmingReset(null)}
      />
    </Paper>
  );
}
