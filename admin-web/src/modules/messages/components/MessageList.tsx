import { ScrollArea, Stack, Text } from '@mantine/core';
import { useReducedMotion } from '@mantine/hooks';
import { useEffect, useRef } from 'react';
import type { ThreadMessageFragment } from '../../../generated/graphql';
import { MessageBubble } from './MessageBubble';

export interface MessageListProps {
  messages: readonly ThreadMessageFragment[];
  viewerId: string;
  locale: string;
  timeZone: string | undefined;
  /** Shown when there are no messages. */
  emptyText: string;
  /** The accessible name of the list. */
  label: string;
  /** Keep the newest message in view as messages arrive (the thread; not search results). */
  followNewest?: boolean;
}

/** Messages oldest first, newest at the bottom; a live region, so arrivals are announced politely. */
export function MessageList({
  messages,
  viewerId,
  locale,
  timeZone,
  emptyText,
  label,
  followNewest = false,
}: MessageListProps) {
  const viewport = useRef<HTMLDivElement>(null);
  const reducedMotion = useReducedMotion();
  const newestId = messages.at(-1)?.id ?? null;
  const scrolledOnce = useRef(false);

  useEffect(() => {
    const element = viewport.current;
    if (!followNewest || !element || newestId === null) return;
    // The first time jump straight to the end; afterwards glide to each new message.
    element.scrollTo({
      top: element.scrollHeight,
      behavior: scrolledOnce.current && !reducedMotion ? 'smooth' : 'auto',
    });
    scrolledOnce.current = true;
  }, [followNewest, newestId, reducedMotion]);

  return (
    <ScrollArea.Autosize mah="55vh" viewportRef={viewport} type="auto" offsetScrollbars>
      <Stack gap="sm" role="log" aria-label={label} data-testid="message-list">
        {messages.length === 0 ? (
          <Text size="sm" c="dimmed">
            {emptyText}
          </Text>
        ) : (
          messages.map((message) => (
            <MessageBubble
              key={message.id}
              message={message}
              own={message.author.id === viewerId}
              locale={locale}
              timeZone={timeZone}
            />
          ))
        )}
      </Stack>
    </ScrollArea.Autosize>
  );
}
