import { Anchor, Button, Card, Group, Skeleton, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconChevronRight } from '@tabler/icons-react';
import type { CSSProperties, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';

export interface HomeCardProps {
  /** Prefix of the card's ids and test ids (`<id>-title`, …). */
  id: string;
  testId: string;
  icon: ReactNode;
  title: string;
  /** While nothing is loaded yet: skeleton lines of these sizes, announced with `loadingLabel`. */
  loading: boolean;
  loadingLabel: string;
  skeleton: readonly { height: number; width: string }[];
  /** When loading failed and there is nothing to show: the message and a retry. */
  error: string | null;
  onRetry: () => void;
  /** The "see all" link under the content; none when null. */
  link: { to: string; label: string; testId: string } | null;
  style?: CSSProperties;
  attributes?: Record<`data-${string}`, string | boolean | undefined>;
  children: ReactNode;
}

/** A card of the tenant's home page: icon and title, then loading, error with retry, or the content, and a link. */
export const HomeCard = ({
  id,
  testId,
  icon,
  title,
  loading,
  loadingLabel,
  skeleton,
  error,
  onRetry,
  link,
  style,
  attributes,
  children,
}: HomeCardProps) => {
  const { t } = useTranslation();
  return (
    <Card
      withBorder
      radius="lg"
      padding="md"
      component="section"
      aria-labelledby={`${id}-title`}
      data-testid={testId}
      style={style}
      {...attributes}
    >
      <Stack gap="sm">
        <Group gap="xs" wrap="nowrap">
          <ThemeIcon variant="light" size={32} radius="md" aria-hidden>
            {icon}
          </ThemeIcon>
          <Title order={2} fz="h4" id={`${id}-title`}>
            {title}
          </Title>
        </Group>

        {loading && (
          <Stack gap="xs" aria-busy="true" aria-label={loadingLabel}>
            {skeleton.map((line, index) => (
              <Skeleton key={index} height={line.height} width={line.width} />
            ))}
          </Stack>
        )}

        {error !== null && (
          <Group gap="xs" justify="space-between">
            <Text size="sm" role="alert">
              {error}
            </Text>
            <Button variant="subtle" size="sm" onClick={onRetry}>
              {t('common.retry')}
            </Button>
          </Group>
        )}

        {children}

        {link && (
          <Anchor
            component={Link}
            to={link.to}
            fw={600}
            mih={44}
            style={{ display: 'inline-flex', alignItems: 'center', gap: 4, alignSelf: 'flex-start' }}
            data-testid={link.testId}
          >
            {link.label}
            <IconChevronRight size={16} aria-hidden />
          </Anchor>
        )}
      </Stack>
    </Card>
  );
};
