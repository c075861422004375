import { Alert, Button, Group, List, Stack, Text } from '@mantine/core';
import { IconAlertTriangleFilled, IconPhoneCall } from '@tabler/icons-react';
import { Trans, useTranslation } from 'react-i18next';

export interface EmergencyCalloutProps {
  hotline: string;
  title: string;
  body: string;
  afterHoursInstructions?: string | null;
  /** Why triage treated the request as an emergency. */
  reasons?: readonly string[];
}

const telHref = (phone: string): string => `tel:${phone.replace(/[^\d+]/g, '')}`;

export const EmergencyCallout = ({
  hotline,
  title,
  body,
  afterHoursInstructions,
  reasons,
}: EmergencyCalloutProps) => {
  const { t } = useTranslation();
  return (
    <Alert
      color="red"
      variant="light"
      title={
        <Group gap={8} wrap="nowrap" align="flex-start">
          <IconAlertTriangleFilled size={20} aria-hidden style={{ flexShrink: 0 }} />
          <span>{title}</span>
        </Group>
      }
      data-testid="emergency-callout"
      styles={{
        root: { borderLeft: '4px solid var(--mantine-color-red-7)' },
        body: { minWidth: 0 },
        title: { fontSize: 'var(--mantine-font-size-md)' },
      }}
    >
      <Stack gap="sm">
        <Text size="sm">{body}</Text>
        <Button
          component="a"
          href={telHref(hotline)}
          color="red"
          size="lg"
          fullWidth
          leftSection={<IconPhoneCall size={22} aria-hidden />}
          data-testid="emergency-call"
          styles={{ label: { whiteSpace: 'normal', textAlign: 'center' } }}
          h="auto"
          mih={50}
          py={8}
        >
          {/* One child: the button label is a flex box, which would eat the space before the number. */}
          <span>
            <Trans
              i18nKey="emergency.call"
              values={{ phone: hotline }}
              components={{ phone: <span style={{ whiteSpace: 'nowrap' }} /> }}
            />
          </span>
        </Button>
        {afterHoursInstructions && (
          <div>
            <Text size="sm" fw={700}>
              {t('emergency.afterHours')}
            </Text>
            <Text size="sm" style={{ whiteSpace: 'pre-line' }}>
              {afterHoursInstructions}
            </Text>
          </div>
        )}
        {reasons && reasons.length > 0 && (
          <div>
            <Text size="sm" fw={700}>
              {t('emergency.reasonsTitle')}
            </Text>
            <List size="sm" spacing={2}>
              {reasons.map((reason) => (
                <List.Item key={reason}>{reason}</List.Item>
              ))}
            </List>
          </div>
        )}
      </Stack>
    </Alert>
  );
};
