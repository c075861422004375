import { VisuallyHidden } from '@mantine/core';
import type { LiveAnnouncement } from '../hooks/useBoardLive';

/** A polite live region: screen readers read each board change without interrupting. */
export function LiveAnnouncer({ announcement }: { announcement: LiveAnnouncement | null }) {
  return (
    <VisuallyHidden aria-live="polite" aria-atomic="true" data-testid="live-announcer">
      {announcement && <span key={announcement.id}>{announcement.text}</span>}
    </VisuallyHidden>
  );
}
