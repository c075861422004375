import {
  IconCertificate,
  IconClipboardCheck,
  IconFile,
  IconFileText,
  IconReceipt,
  IconSpeakerphone,
} from '@tabler/icons-react';
import type { ReactNode } from 'react';
import type { DocumentKind } from '../../../generated/graphql';

/** An icon per kind of document (always next to its name: never the only clue). */
export const documentKindIcon = (kind: DocumentKind, size = 20): ReactNode => {
  const props = { size, 'aria-hidden': true } as const;
  switch (kind) {
    case 'LEASE':
      return <IconFileText {...props} />;
    case 'CONDITION_REPORT':
      return <IconClipboardCheck {...props} />;
    case 'RECEIPT':
      return <IconReceipt {...props} />;
    case 'CERTIFICATE':
      return <IconCertificate {...props} />;
    case 'NOTICE':
      return <IconSpeakerphone {...props} />;
    case 'OTHER':
      return <IconFile {...props} />;
  }
};
