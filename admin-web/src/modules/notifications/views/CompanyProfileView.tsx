import { useMutation, useQuery } from '@apollo/client/react';
import { Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { matchUserErrorField } from '../../../shared/graphql/user-errors';
import { SettingsLoadError, SettingsSkeleton } from '../../settings/components/LoadState';
import { notifySaved, requestErrorMessage } from '../../settings/feedback';
import {
  COMPANY_PROFILE_FIELDS,
  CompanyProfileForm,
  type CompanyProfileFormErrors,
  type CompanyProfileValues,
} from '../components/CompanyProfileForm';
import { CompanyProfileQuery, UpdateCompanyProfileMutation } from '../graphql/notification-settings.graphql';

const NO_ERRORS: CompanyProfileFormErrors = { fields: {}, form: [] };

/** Settings → Notifications: who the notifications come from. */
export function CompanyProfileView() {
  const { t } = useTranslation();
  const { data, loading, refetch } = useQuery(CompanyProfileQuery, { fetchPolicy: 'cache-and-network' });
  const [update, { loading: saving }] = useMutation(UpdateCompanyProfileMutation);
  const [errors, setErrors] = useState<CompanyProfileFormErrors>(NO_ERRORS);

  const save = async (values: CompanyProfileValues) => {
    setErrors(NO_ERRORS);
    try {
      const payload = (
        await update({
          variables: {
            input: { name: values.name, logoUrl: values.logoUrl || null, replyTo: values.replyTo || null },
          },
        })
      ).data?.updateCompanyProfile;
      if (!payload) {
        setErrors({ fields: {}, form: [t('dispatch.errors.unexpected')] });
        return;
      }
      if (payload.userErrors.length > 0) {
        const next: CompanyProfileFormErrors = { fields: {}, form: [] };
        for (const userError of payload.userErrors) {
          const field = matchUserErrorField(userError, COMPANY_PROFILE_FIELDS);
          if (field && !next.fields[field]) next.fields[field] = userError.message;
          else next.form.push(userError.message);
        }
        setErrors(next);
        return;
      }
      notifySaved(t, t('notifications.company.saved'));
    } catch (caught) {
      setErrors({ fields: {}, form: [requestErrorMessage(t, caught)] });
    }
  };

  const profile = data?.companyProfile;
  let body;
  if (!profile && loading) body = <SettingsSkeleton rows={3} height={56} />;
  else if (!profile) body = <SettingsLoadError onRetry={() => void refetch()} />;
  else {
    const initial = { name: profile.name, logoUrl: profile.logoUrl ?? '', replyTo: profile.replyTo ?? '' };
    body = (
      <CompanyProfileForm
        // A saved profile (trimmed by the api) becomes the form's new starting point.
        key={JSON.stringify(initial)}
        initial={initial}
        submitting={saving}
        errors={errors}
        onSubmit={(values) => void save(values)}
      />
    );
  }

  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="company-profile-heading">
      <Stack gap="sm">
        <div>
          <Title order={2} size="h4" id="company-profile-heading">
            {t('notifications.company.title')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('notifications.company.description')}
          </Text>
        </div>
        {body}
      </Stack>
    </Paper>
  );
}
