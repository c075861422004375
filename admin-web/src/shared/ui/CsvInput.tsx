import { Button, FileButton, Group, Text, Textarea } from '@mantine/core';
import { IconDownload, IconFileUpload } from '@tabler/icons-react';
import { useState, type ComponentProps } from 'react';
import { useTranslation } from 'react-i18next';
import { downloadText } from '../format/download';

export interface CsvInputProps {
  label: string;
  /** The columns, said in words under the label. */
  description: string;
  value: string;
  onChange: (csv: string) => void;
  /** The template offered for download: its file name and text. */
  template: { fileName: string; text: string };
  error?: string | null;
  disabled?: boolean;
  testId: string;
}

/** CSV text to paste or to read from a chosen file, with a template to start from. */
export function CsvInput({
  label,
  description,
  value,
  onChange,
  template,
  error,
  disabled = false,
  testId,
}: CsvInputProps) {
  const { t } = useTranslation();
  const [fileName, setFileName] = useState<string | null>(null);
  const [readError, setReadError] = useState<string | null>(null);
  // The hidden file input: named for screen readers, and reachable by tests.
  const fileInputProps: ComponentProps<'input'> & { 'data-testid': string } = {
    'aria-label': t('csv.chooseFile'),
    'data-testid': `${testId}-file`,
  };

  const choose = (file: File | null) => {
    if (!file) return;
    setReadError(null);
    file
      .text()
      .then((text) => {
        setFileName(file.name);
        onChange(text);
      })
      .catch(() => setReadError(t('csv.readError', { name: file.name })));
  };

  return (
    <div>
      <Textarea
        label={label}
        description={description}
        placeholder={template.text.split('\n')[0]}
        value={value}
        onChange={(event) => {
          setFileName(null);
          onChange(event.currentTarget.value);
        }}
        error={readError ?? error ?? undefined}
        disabled={disabled}
        autosize
        minRows={4}
        maxRows={12}
        spellCheck={false}
        autoComplete="off"
        styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)', fontSize: 13 } }}
        data-testid={`${testId}-text`}
      />
      <Group gap="xs" mt="xs" wrap="wrap">
        <FileButton
          onChange={choose}
          accept=".csv,text/csv,text/plain"
          disabled={disabled}
          inputProps={fileInputProps}
        >
          {(props) => (
            <Button
              {...props}
              variant="default"
              size="xs"
              leftSection={<IconFileUpload size={14} aria-hidden />}
              disabled={disabled}
            >
              {t('csv.chooseFile')}
            </Button>
          )}
        </FileButton>
        <Button
          variant="subtle"
          size="xs"
          leftSection={<IconDownload size={14} aria-hidden />}
          onClick={() => downloadText(template.fileName, template.text)}
          data-testid={`${testId}-template`}
        >
          {t('csv.template')}
        </Button>
        {fileName && (
          <Text size="xs" c="dimmed" aria-live="polite">
            {t('csv.fromFile', { name: fileName })}
          </Text>
        )}
      </Group>
    </div>
  );
}
