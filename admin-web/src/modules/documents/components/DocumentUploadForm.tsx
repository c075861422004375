import {
  Alert,
  Button,
  FileInput,
  Group,
  Progress,
  Radio,
  Select,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { IconAlertCircle, IconFileUpload, IconPaperclip } from '@tabler/icons-react';
import { useState, type ComponentProps, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { DocumentKind } from '../../../generated/graphql';
import { DOCUMENT_KINDS, isDocumentKind } from './document-kinds';

export const DOCUMENT_FIELDS = ['attachmentId', 'kind', 'title', 'unitId', 'tenancyId'] as const;
export type DocumentField = (typeof DOCUMENT_FIELDS)[number];

export interface DocumentFormValues {
  file: File;
  kind: DocumentKind;
  title: string;
  /** null: the whole unit (everyone who lives there now). */
  tenancyId: string | null;
}

export interface DocumentFormErrors {
  file?: string;
  kind?: string;
  title?: string;
  audience?: string;
  form?: string;
}

export interface DocumentUploadFormProps {
  unitLabel: string;
  tenancies: readonly { id: string; tenantName: string; leaseLabel: string }[];
  defaultTenancyId: string | null;
  /** 0–100 while the file is being sent. */
  progress: number | null;
  submitting: boolean;
  errors: DocumentFormErrors;
  onSubmit: (values: DocumentFormValues) => void;
}

const ACCEPT = 'application/pdf,.pdf,image/jpeg,image/png,image/webp,image/heic,image/heif,.heic,.heif';
const MAX_BYTES = 20 * 1024 * 1024;
const UNIT = 'unit';

const acceptable = (file: File) =>
  file.type === 'application/pdf' ||
  file.type.startsWith('image/') ||
  /\.(pdf|jpe?g|png|webp|heic|heif)$/i.test(file.name);

const titleFrom = (name: string) =>
  name
    .replace(/\.[^.]+$/, '')
    .replace(/[_-]+/g, ' ')
    .trim();

/** A PDF or photo with its kind and title, for the whole unit or one tenant's lease. */
export function DocumentUploadForm({
  unitLabel,
  tenancies,
  defaultTenancyId,
  progress,
  submitting,
  errors,
  onSubmit,
}: DocumentUploadFormProps) {
  const { t } = useTranslation();
  const [file, setFile] = useState<File | null>(null);
  const [kind, setKind] = useState<DocumentKind>(defaultTenancyId ? 'LEASE' : 'NOTICE');
  const [title, setTitle] = useState('');
  const [audience, setAudience] = useState<string>(defaultTenancyId ?? UNIT);
  const [local, setLocal] = useState<{ file?: string; title?: string }>({});
  // The hidden file input: named for screen readers, and reachable by tests.
  const fileInputProps: ComponentProps<'input'> & { 'data-testid': string } = {
    'aria-label': t('documents.form.file'),
    'data-testid': 'document-file',
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const next: typeof local = {};
    if (!file) next.file = t('documents.form.fileRequired');
    else if (!acceptable(file)) next.file = t('documents.form.fileType');
    else if (file.size > MAX_BYTES) next.file = t('documents.form.fileSize');
    if (!title.trim()) next.title = t('documents.form.titleRequired');
    setLocal(next);
    if (!file || next.file || next.title) return;
    onSubmit({ file, kind, title: title.trim(), tenancyId: audience === UNIT ? null : audience });
  };

  return (
    <form onSubmit={submit} noValidate data-testid="document-form">
      <Stack gap="sm">
        <FileInput
          label={t('documents.form.file')}
          description={t('documents.form.fileHint')}
          placeholder={t('documents.form.filePlaceholder')}
          accept={ACCEPT}
          value={file}
          onChange={(chosen) => {
            setFile(chosen);
            setLocal((current) => ({ ...current, file: undefined }));
            if (chosen && !title.trim()) setTitle(titleFrom(chosen.name));
          }}
          clearable
          clearButtonProps={{ 'aria-label': t('documents.form.clearFile') }}
          leftSection={<IconPaperclip size={16} aria-hidden />}
          error={local.file ?? errors.file}
          required
          disabled={submitting}
          fileInputProps={fileInputProps}
        />
        <Group grow align="flex-start" gap="sm">
          <Select
            label={t('documents.form.kind')}
            data={DOCUMENT_KINDS.map((value) => ({ value, label: t(`documents.kind.${value}`) }))}
            value={kind}
            onChange={(value) => isDocumentKind(value) && setKind(value)}
            allowDeselect={false}
            error={errors.kind}
            disabled={submitting}
            data-testid="document-kind"
          />
          <TextInput
            label={t('documents.form.title')}
            value={title}
            onChange={(event) => {
              setTitle(event.currentTarget.value);
              setLocal((current) => ({ ...current, title: undefined }));
            }}
            maxLength={200}
            required
            error={local.title ?? errors.title}
            disabled={submitting}
            data-testid="document-title"
          />
        </Group>
        <Radio.Group
          label={t('documents.form.audience')}
          value={audience}
          onChange={setAudience}
          error={errors.audience}
        >
          <Stack gap={6} mt={6}>
            <Radio
              value={UNIT}
              label={t('documents.form.wholeUnit', { unit: unitLabel })}
              disabled={submitting}
            />
            {tenancies.map((tenancy) => (
              <Radio
                key={tenancy.id}
                value={tenancy.id}
                label={t('documents.form.oneTenancy', {
                  name: tenancy.tenantName,
                  lease: tenancy.leaseLabel,
                })}
                disabled={submitting}
              />
            ))}
          </Stack>
        </Radio.Group>
        {progress !== null && (
          <Stack gap={4}>
            <Progress
              value={progress}
              size="sm"
              striped
              animated
              aria-label={t('documents.form.progressLabel')}
            />
            <Text size="xs" c="dimmed">
              {t('uploads.uploading', { progress })}
            </Text>
          </Stack>
        )}
        {errors.form && (
          <Alert
            color="red"
            variant="light"
            icon={<IconAlertCircle size={18} aria-hidden />}
            role="alert"
            p="sm"
          >
            {errors.form}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button
            type="submit"
            loading={submitting}
            leftSection={<IconFileUpload size={16} aria-hidden />}
            data-testid="document-submit"
          >
            {t('documents.form.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
