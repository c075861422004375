import { graphql } from '../../../generated';

/** Development without SMTP: the mails the api kept instead of sending them, newest first. */
export const DevelopmentMailboxQuery = graphql(`
  query DevelopmentMailbox($first: Int) {
    developmentMailbox(first: $first) {
      id
      messageId
      to
      subject
      text
      html
      sentAt
    }
  }
`);
