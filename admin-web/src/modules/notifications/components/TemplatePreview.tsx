import { Divider, Group, Image, Mark, Paper, Stack, Text, VisuallyHidden } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PreviewPart } from '../template-preview';

export interface TemplatePreviewProps {
  subject: readonly PreviewPart[];
  body: readonly PreviewPart[];
  companyName: string;
  logoUrl: string | null;
}

function Parts({ parts }: { parts: readonly PreviewPart[] }) {
  const { t } = useTranslation();
  return parts.map((part, index) => {
    if (part.kind === 'value')
      return (
        <Text key={index} span inherit c="indigo.8" fw={600}>
          {part.text}
        </Text>
      );
    if (part.kind === 'unknown')
      return (
        <Mark key={index} color="red.2">
          {part.text}
          <VisuallyHidden component="span">{t('notifications.templates.unknownMarker')}</VisuallyHidden>
        </Mark>
      );
    return <span key={index}>{part.text}</span>;
  });
}

/** The template as a recipient would read it, with sample values in place of the placeholders. */
export function TemplatePreview({ subject, body, companyName, logoUrl }: TemplatePreviewProps) {
  const { t } = useTranslation();
  // A logo this page may not load (another site's, or gone) is left out rather than shown broken.
  const [brokenLogo, setBrokenLogo] = useState<string | null>(null);
  return (
    <Paper withBorder radius="md" p="md" bg="var(--mantine-color-gray-0)" data-testid="template-preview">
      <Stack gap="xs">
        <Group gap="sm" wrap="nowrap">
          {logoUrl && brokenLogo !== logoUrl && (
            <Image
              src={logoUrl}
              alt=""
              h={28}
              w="auto"
              maw={120}
              fit="contain"
              onError={() => setBrokenLogo(logoUrl)}
            />
          )}
          <Text fw={700} size="sm">
            {companyName}
          </Text>
        </Group>
        <Divider />
        <div>
          <Text size="xs" c="dimmed">
            {t('notifications.templates.subject')}
          </Text>
          <Text fw={650} size="sm" data-testid="template-preview-subject">
            <Parts parts={subject} />
          </Text>
        </div>
        <div>
          <Text size="xs" c="dimmed">
            {t('notifications.templates.body')}
          </Text>
          <Text size="sm" data-testid="template-preview-body">
            <Parts parts={body} />
          </Text>
        </div>
      </Stack>
    </Paper>
  );
}
