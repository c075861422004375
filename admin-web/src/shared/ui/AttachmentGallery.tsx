import { Anchor, Box, Group, Image, Stack, Text } from '@mantine/core';
import { IconPhoto, IconPlayerPlayFilled } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { AttachmentFieldsFragment } from '../../generated/graphql';

export type AttachmentView = Pick<
  AttachmentFieldsFragment,
  'id' | 'kind' | 'contentType' | 'size' | 'url' | 'thumbnailUrl' | 'originalName'
>;

export interface AttachmentGalleryProps {
  attachments: readonly AttachmentView[];
  /** Thumbnail edge in px. */
  size?: number;
}

/** Thumbnails of photos and videos; each opens the full file (a short-lived signed link) in a new tab. */
export const AttachmentGallery = ({ attachments, size = 88 }: AttachmentGalleryProps) => {
  const { t } = useTranslation();
  if (attachments.length === 0) return null;
  return (
    <Group gap="xs" wrap="wrap" data-testid="attachment-gallery">
      {attachments.map((attachment) => (
        <Anchor
          key={attachment.id}
          href={attachment.url}
          target="_blank"
          rel="noopener noreferrer"
          aria-label={t('uploads.open', { name: attachment.originalName })}
          title={attachment.originalName}
          data-testid="attachment-thumb"
          data-kind={attachment.kind}
          style={{ display: 'block', lineHeight: 0 }}
        >
          {attachment.kind === 'IMAGE' && attachment.thumbnailUrl ? (
            <Image
              src={attachment.thumbnailUrl}
              alt=""
              w={size}
              h={size}
              radius="md"
              fit="cover"
              style={{ border: '1px solid var(--mantine-color-gray-3)' }}
            />
          ) : (
            <Box
              w={size}
              h={size}
              bg="dark.6"
              c="white"
              style={{ borderRadius: 'var(--mantine-radius-md)', display: 'flex', overflow: 'hidden' }}
            >
              <Stack gap={4} align="center" justify="center" p={4} style={{ flex: 1, minWidth: 0 }}>
                {attachment.kind === 'VIDEO' ? (
                  <IconPlayerPlayFilled size={28} aria-hidden />
                ) : (
                  <IconPhoto size={28} aria-hidden />
                )}
                <Text size="xs" lh={1.2} truncate="end" maw="100%">
                  {attachment.kind === 'VIDEO' ? t('uploads.video') : attachment.originalName}
                </Text>
              </Stack>
            </Box>
          )}
        </Anchor>
      ))}
    </Group>
  );
};
