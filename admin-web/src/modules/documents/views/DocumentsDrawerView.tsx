import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, Divider, Drawer, EmptyState, Skeleton, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconAlertCircle, IconFiles } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ResidentDocumentFieldsFragment } from '../../../generated/graphql';
import { formatCalendarDate } from '../../../shared/format/intl';
import { graphQLErrorCode, matchUserErrorField } from '../../../shared/graphql/user-errors';
import { ConfirmModal } from '../../settings/components/ConfirmModal';
import { DocumentList } from '../components/DocumentList';
import {
  DOCUMENT_FIELDS,
  DocumentUploadForm,
  type DocumentFormErrors,
  type DocumentFormValues,
} from '../components/DocumentUploadForm';
import {
  AddDocumentMutation,
  DeleteDocumentMutation,
  UnitDocumentsQuery,
} from '../graphql/documents.graphql';
import { useFileUpload } from '../hooks/useFileUpload';

export interface DocumentsTarget {
  unit: {
    id: string;
    label: string;
    tenancies: readonly { id: string; startsOn: string; endsOn: string | null; tenant: { name: string } }[];
  };
  /** The lease the drawer was opened from: the upload form starts on it. */
  tenancyId: string | null;
}

export interface DocumentsDrawerViewProps {
  target: DocumentsTarget | null;
  propertyName: string;
  locale: string;
  onClose: () => void;
}

function DocumentsContent({ target, locale }: { target: DocumentsTarget; locale: string }) {
  const { t } = useTranslation();
  const { unit } = target;
  const { data, loading, error, refetch } = useQuery(UnitDocumentsQuery, {
    variables: { unitId: unit.id },
    fetchPolicy: 'cache-and-network',
  });
  const [addDocument] = useMutation(AddDocumentMutation);
  const [deleteDocument, { loading: deleting }] = useMutation(DeleteDocumentMutation);
  const { progress, upload } = useFileUpload();
  const [submitting, setSubmitting] = useState(false);
  const [errors, setErrors] = useState<DocumentFormErrors>({});
  const [formKey, setFormKey] = useState(0);
  const [toDelete, setToDelete] = useState<ResidentDocumentFieldsFragment | null>(null);
  const [deleteOpened, setDeleteOpened] = useState(false);

  const requestError = (caught: unknown) =>
    graphQLErrorCode(caught) === 'FORBIDDEN' ? t('dispatch.errors.forbidden') : t('dispatch.errors.network');

  const submit = async (values: DocumentFormValues) => {
    setErrors({});
    setSubmitting(true);
    try {
      let attachmentId: string;
      try {
        attachmentId = (await upload(values.file)).id;
      } catch (caught) {
        setErrors({ file: caught instanceof Error ? caught.message : t('uploads.failed') });
        return;
      }
      const payload = (
        await addDocument({
          variables: {
            input: {
              attachmentId,
              kind: values.kind,
              title: values.title,
              unitId: values.tenancyId ? null : unit.id,
              tenancyId: values.tenancyId,
            },
          },
        })
      ).data?.addDocument;
      if (!payload) {
        setErrors({ form: t('dispatch.errors.unexpected') });
        return;
      }
      if (payload.userErrors.length > 0) {
        const next: DocumentFormErrors = {};
        const general: string[] = [];
        for (const userError of payload.userErrors) {
          const field = matchUserErrorField(userError, DOCUMENT_FIELDS);
          if (field === 'attachmentId' && !next.file) next.file = userError.message;
          else if (field === 'title' && !next.title) next.title = userError.message;
          else if (field === 'kind' && !next.kind) next.kind = userError.message;
          else if ((field === 'unitId' || field === 'tenancyId') && !next.audience)
            next.audience = userError.message;
          else general.push(userError.message);
        }
        if (general.length > 0) next.form = general.join(' ');
        setErrors(next);
        return;
      }
      notifications.show({
        color: 'teal',
        title: t('documents.addedTitle'),
        message: t('documents.addedBody', { title: values.title }),
      });
      setFormKey((key) => key + 1);
      await refetch();
    } catch (caught) {
      setErrors({ form: requestError(caught) });
    } finally {
      setSubmitting(false);
    }
  };

  const confirmDelete = async () => {
    if (!toDelete) return;
    try {
      const payload = (await deleteDocument({ variables: { id: toDelete.id } })).data?.deleteDocument;
      if (!payload || payload.userErrors.length > 0) {
        notifications.show({
          color: 'red',
          title: t('documents.deleteFailed'),
          message: payload
            ? payload.userErrors.map((userError) => userError.message).join(' ')
            : t('dispatch.errors.unexpected'),
        });
        return;
      }
      notifications.show({
        color: 'teal',
        title: t('documents.deletedTitle'),
        message: t('documents.deletedBody', { title: toDelete.title }),
      });
      setDeleteOpened(false);
      await refetch();
    } catch (caught) {
      notifications.show({ color: 'red', title: t('documents.deleteFailed'), message: requestError(caught) });
    }
  };

  const documents = data?.documents.nodes;
  let list;
  if (!documents && loading)
    list = (
      <Stack gap="xs" aria-hidden>
        {[0, 1, 2].map((index) => (
          <Skeleton key={index} height={48} radius="sm" />
        ))}
      </Stack>
    );
  else if (!documents && error)
    list = (
      <Alert color="red" variant="light" icon={<IconAlertCircle size={18} aria-hidden />} role="alert">
        <Text size="sm" mb="xs">
          {t('documents.loadError')}
        </Text>
        <Button size="xs" variant="light" color="red" onClick={() => void refetch()}>
          {t('common.retry')}
        </Button>
      </Alert>
    );
  else if (!documents || documents.length === 0)
    list = (
      <EmptyState
        size="sm"
        icon={<IconFiles size={20} aria-hidden />}
        title={t('documents.empty.title', { unit: unit.label })}
        description={t('documents.empty.description')}
        py="md"
        data-testid="documents-empty"
      />
    );
  else
    list = (
      <Stack gap={4}>
        <DocumentList
          documents={documents}
          locale={locale}
          onDelete={(document) => {
            setToDelete(document);
            setDeleteOpened(true);
          }}
        />
        {data && data.documents.totalCount > documents.length && (
          <Text size="xs" c="dimmed">
            {t('documents.showing', { shown: documents.length, count: data.documents.totalCount })}
          </Text>
        )}
      </Stack>
    );

  return (
    <Stack gap="lg">
      <Stack gap="xs" component="section" aria-labelledby="document-upload-heading">
        <Title order={3} size="h5" id="document-upload-heading">
          {t('documents.form.heading')}
        </Title>
        <DocumentUploadForm
          key={formKey}
          unitLabel={unit.label}
          tenancies={unit.tenancies.map((tenancy) => ({
            id: tenancy.id,
            tenantName: tenancy.tenant.name,
            leaseLabel: tenancy.endsOn
              ? t('residents.leaseBetween', {
                  from: formatCalendarDate(tenancy.startsOn, locale),
                  to: formatCalendarDate(tenancy.endsOn, locale),
                })
              : t('residents.leaseSince', { from: formatCalendarDate(tenancy.startsOn, locale) }),
          }))}
          defaultTenancyId={target.tenancyId}
          progress={progress}
          submitting={submitting}
          errors={errors}
          onSubmit={(values) => void submit(values)}
        />
      </Stack>
      <Divider />
      <Stack gap="xs" component="section" aria-labelledby="document-list-heading">
        <Title order={3} size="h5" id="document-list-heading">
          {t('documents.listHeading', { unit: unit.label })}
        </Title>
        {list}
      </Stack>
      <ConfirmModal
        opened={deleteOpened}
        title={t('documents.confirm.title')}
        message={toDelete ? t('documents.confirm.body', { title: toDelete.title }) : ''}
        confirmLabel={t('documents.confirm.submit')}
        busy={deleting}
        onConfirm={() => void confirmDelete()}
        onClose={() => setDeleteOpened(false)}
      />
    </Stack>
  );
}

/** A unit's documents in a drawer: upload (for the unit or one lease), download, delete. */
export function DocumentsDrawerView({ target, propertyName, locale, onClose }: DocumentsDrawerViewProps) {
  const { t } = useTranslation();
  const [shown, setShown] = useState<DocumentsTarget | null>(target);
  if (target && target !== shown) setShown(target);
  return (
    <Drawer
      opened={target !== null}
      onClose={onClose}
      onExitTransitionEnd={() => setShown(null)}
      position="right"
      size="lg"
      padding="lg"
      title={
        shown ? (
          <div>
            <Title order={2} size="h4">
              {t('documents.title', { unit: shown.unit.label })}
            </Title>
            <Text size="sm" c="dimmed">
              {propertyName}
            </Text>
          </div>
        ) : null
      }
      closeButtonProps={{ 'aria-label': t('common.close') }}
      data-testid="documents-drawer"
    >
      {shown && (
        <DocumentsContent key={`${shown.unit.id}:${shown.tenancyId ?? ''}`} target={shown} locale={locale} />
      )}
    </Drawer>
  );
}
