import { Badge, Table } from '@mantine/core';
import { IconCircleCheck, IconMailForward, IconSend } from '@tabler/icons-react';
import type { ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import type { InviteOutcome } from '../../../generated/graphql';

export interface InviteLine {
  line: number;
  email: string;
  name: string;
  unitLabel: string;
  outcome: InviteOutcome;
}

const LOOKS: Record<InviteOutcome, { color: string; Icon: ComponentType<{ size?: number }> }> = {
  INVITED: { color: 'blue', Icon: IconSend },
  REINVITED: { color: 'violet', Icon: IconMailForward },
  ALREADY_ACTIVE: { color: 'teal', Icon: IconCircleCheck },
};

export interface InviteLinesTableProps {
  lines: readonly InviteLine[];
  /** "Will invite" before sending, "Invited" after. */
  tense: 'planned' | 'done';
  caption: string;
}

/** What each line of an invite file does (or did): who, which unit, invited / invited again / already active. */
export function InviteLinesTable({ lines, tense, caption }: InviteLinesTableProps) {
  const { t } = useTranslation();
  return (
    <Table.ScrollContainer minWidth={480} maxHeight={320}>
      <Table verticalSpacing={6} striped stickyHeader data-testid={`invite-lines-${tense}`}>
        <Table.Caption>{caption}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={60}>{t('csv.errors.line')}</Table.Th>
            <Table.Th>{t('launchKit.invite.columns.tenant')}</Table.Th>
            <Table.Th w={80}>{t('launchKit.invite.columns.unit')}</Table.Th>
            <Table.Th w={150}>{t('launchKit.invite.columns.outcome')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {lines.map((line) => {
            const { color, Icon } = LOOKS[line.outcome];
            return (
              <Table.Tr
                key={line.line}
                data-testid="invite-line"
                data-email={line.email}
                data-outcome={line.outcome}
              >
                <Table.Td style={{ fontVariantNumeric: 'tabular-nums' }}>{line.line}</Table.Td>
                <Table.Td style={{ wordBreak: 'break-all' }}>
                  {line.name} · {line.email}
                </Table.Td>
                <Table.Td>{line.unitLabel}</Table.Td>
                <Table.Td>
                  <Badge
                    color={color}
                    variant="light"
                    radius="sm"
                    tt="none"
                    leftSection={<Icon size={12} aria-hidden />}
                    miw="fit-content"
                  >
                    {t(`launchKit.invite.outcome.${tense}.${line.outcome}`)}
                  </Badge>
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
