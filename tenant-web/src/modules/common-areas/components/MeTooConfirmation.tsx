import { Button, Paper, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconArrowLeft, IconBuildingCommunity, IconCircleCheck } from '@tabler/icons-react';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { CommonAreaRequestFieldsFragment } from '../../../generated/graphql';
import { useDocumentTitle } from '../../../shared/hooks/useDocumentTitle';
import { AffectedCount } from './AffectedCount';

export interface MeTooConfirmationProps {
  request: CommonAreaRequestFieldsFragment;
}

/** The end of the report flow when the problem was already reported: the tenant is counted, nothing was filed. */
export const MeTooConfirmation = ({ request }: MeTooConfirmationProps) => {
  const { t } = useTranslation();
  const headingRef = useRef<HTMLHeadingElement>(null);
  useDocumentTitle(t('intake.meTooDone.title'));

  useEffect(() => {
    window.scrollTo({ top: 0 });
    headingRef.current?.focus();
  }, []);

  return (
    <Stack gap="lg" data-testid="me-too-confirmation">
      <Stack gap="xs" align="center" ta="center">
        <ThemeIcon size={64} radius="xl" color="teal" variant="light" aria-hidden>
          <IconCircleCheck size={40} />
        </ThemeIcon>
        <Title order={1} fz="h2" ref={headingRef} tabIndex={-1}>
          {t('intake.meTooDone.title')}
        </Title>
        <Text c="dimmed">{t('intake.meTooDone.body')}</Text>
      </Stack>
      <Paper withBorder radius="lg" p="lg">
        <Stack gap="xs">
          <Text size="sm" c="dimmed" fw={600}>
            {t('common.number', { number: request.number })}
          </Text>
          <Text fw={700} fz="lg" style={{ overflowWrap: 'anywhere' }}>
            {request.title}
          </Text>
          {request.location && <Text size="sm">{request.location}</Text>}
          <AffectedCount count={request.affectedCount} />
        </Stack>
      </Paper>
      <Stack gap="sm">
        <Button
          component={Link}
          to="/building"
          size="lg"
          leftSection={<IconBuildingCommunity size={20} aria-hidden />}
        >
          {t('intake.meTooDone.building')}
        </Button>
        <Button
          component={Link}
          to="/"
          size="lg"
          variant="default"
          leftSection={<IconArrowLeft size={20} aria-hidden />}
        >
          {t('common.backHome')}
        </Button>
      </Stack>
    </Stack>
  );
};
