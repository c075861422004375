import { Badge, Button, Group, Paper, Stack, Text, ThemeIcon, VisuallyHidden } from '@mantine/core';
import { IconBuildingCommunity, IconHandStop, IconUserCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { CommonAreaRequestFieldsFragment } from '../../../generated/graphql';
import { useSimilarRequests } from '../hooks/useSimilarRequests';
import { AffectedCount } from './AffectedCount';

export interface SimilarRequestsProps {
  /** The building of the chosen unit. */
  propertyId: string | null;
  /** What the tenant has typed so far (title, else description). */
  text: string;
  /** The request whose "Me too" is being sent, if any. */
  pendingId: string | null;
  onMeToo: (request: CommonAreaRequestFieldsFragment) => void;
}

/**
 * "Is it one of these?": open problems of the building's shared areas that match what the tenant is typing, each
 * with "Me too" instead of a duplicate report. The tenant can ignore them and carry on.
 */
export const SimilarRequests = ({ propertyId, text, pendingId, onMeToo }: SimilarRequestsProps) => {
  const { t } = useTranslation();
  const { requests } = useSimilarRequests(propertyId, text);

  return (
    <div>
      {/* Always in the page, so new suggestions are read out as they appear. */}
      <VisuallyHidden role="status" aria-live="polite">
        {requests.length > 0 ? t('intake.similar.found', { count: requests.length }) : ''}
      </VisuallyHidden>
      {requests.length > 0 && (
        <Paper
          withBorder
          radius="lg"
          p="md"
          bg="blue.0"
          component="section"
          aria-labelledby="similar-requests-title"
          data-testid="similar-requests"
        >
          <Stack gap="sm">
            <Group gap="xs" wrap="nowrap">
              <ThemeIcon variant="light" color="blue" size={32} radius="md" aria-hidden>
                <IconBuildingCommunity size={20} />
              </ThemeIcon>
              <Text component="h3" fw={700} fz="lg" id="similar-requests-title">
                {t('intake.similar.title')}
              </Text>
            </Group>
            <Text size="sm">{t('intake.similar.intro')}</Text>
            <Stack gap="xs" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
              {requests.map((request) => {
                const titleId = `similar-${request.id}-title`;
                return (
                  <Paper
                    key={request.id}
                    component="li"
                    withBorder
                    radius="md"
                    p="sm"
                    data-testid="similar-request"
                    data-number={request.number}
                  >
                    <Stack gap={6}>
                      <Text fw={700} id={titleId} style={{ overflowWrap: 'anywhere' }}>
                        {request.title}
                      </Text>
                      <Text size="sm" c="dimmed">
                        {request.location
                          ? t('building.where', { location: request.location, category: request.category })
                          : request.category}
                      </Text>
                      <Group justify="space-between" gap="sm" wrap="wrap">
                        <AffectedCount count={request.affectedCount} />
                        {request.reportedByMe ? (
                          <Badge
                            color="teal"
                            variant="light"
                            leftSection={<IconUserCheck size={14} aria-hidden />}
                          >
                            {t('building.reportedByMe')}
                          </Badge>
                        ) : (
                          <Button
                            onClick={() => onMeToo(request)}
                            loading={pendingId === request.id}
                            disabled={pendingId !== null && pendingId !== request.id}
                            aria-describedby={titleId}
                            leftSection={<IconHandStop size={18} aria-hidden />}
                            data-testid="similar-me-too"
                          >
                            {t('building.meToo')}
                          </Button>
                        )}
                      </Group>
                    </Stack>
                  </Paper>
                );
              })}
            </Stack>
            <Text size="sm" fw={600}>
              {t('intake.similar.continue')}
            </Text>
          </Stack>
        </Paper>
      )}
    </div>
  );
};
