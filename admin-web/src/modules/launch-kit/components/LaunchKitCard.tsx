import {
  ActionIcon,
  Button,
  CopyButton,
  Group,
  Paper,
  Stack,
  Text,
  TextInput,
  Title,
  Tooltip,
  VisuallyHidden,
} from '@mantine/core';
import { IconCheck, IconCopy, IconExternalLink, IconPrinter, IconQrcode } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { posterPath } from '../../../app/navigation';

export interface LaunchKitCardProps {
  property: { id: string; name: string; portalUrl: string; emergencyHotline: string };
}

/** The property's tenant portal link to share, and its printable QR poster for the lobby. */
export function LaunchKitCard({ property }: LaunchKitCardProps) {
  const { t } = useTranslation();
  return (
    <Paper
      withBorder
      radius="md"
      p="md"
      component="section"
      aria-labelledby="launch-kit-heading"
      data-testid="launch-kit"
    >
      <Stack gap="sm">
        <div>
          <Group gap={8}>
            <IconQrcode size={20} aria-hidden />
            <Title order={2} size="h4" id="launch-kit-heading">
              {t('launchKit.title')}
            </Title>
          </Group>
          <Text size="sm" c="dimmed">
            {t('launchKit.subtitle')}
          </Text>
        </div>
        <TextInput
          label={t('launchKit.portalLink')}
          description={t('launchKit.portalLinkHint', { property: property.name })}
          value={property.portalUrl}
          readOnly
          onFocus={(event) => event.currentTarget.select()}
          styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)', fontSize: 13 } }}
          rightSectionWidth={44}
          rightSection={
            <CopyButton value={property.portalUrl} timeout={2000}>
              {({ copied, copy }) => (
                <Tooltip label={copied ? t('launchKit.copied') : t('launchKit.copy')} withArrow>
                  <ActionIcon
                    variant={copied ? 'filled' : 'subtle'}
                    color={copied ? 'teal' : undefined}
                    onClick={copy}
                    aria-label={copied ? t('launchKit.copied') : t('launchKit.copy')}
                    data-testid="copy-portal-link"
                  >
                    {copied ? <IconCheck size={16} aria-hidden /> : <IconCopy size={16} aria-hidden />}
                  </ActionIcon>
                </Tooltip>
              )}
            </CopyButton>
          }
          data-testid="portal-link"
        />
        <Text size="sm">{t('launchKit.posterHint', { hotline: property.emergencyHotline })}</Text>
        <Group gap="sm">
          <Button
            component={Link}
            to={posterPath(property.id)}
            target="_blank"
            rel="noopener"
            leftSection={<IconPrinter size={16} aria-hidden />}
            data-testid="print-poster"
          >
            {t('launchKit.printPoster')}
            <VisuallyHidden>{t('common.newTab')}</VisuallyHidden>
          </Button>
          <Button
            component="a"
            href={property.portalUrl}
            target="_blank"
            rel="noopener noreferrer"
            variant="default"
            leftSection={<IconExternalLink size={16} aria-hidden />}
          >
            {t('launchKit.openPortal')}
            <VisuallyHidden>{t('common.newTab')}</VisuallyHidden>
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
