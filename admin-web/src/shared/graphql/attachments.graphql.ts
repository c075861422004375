import { graphql } from '../../generated';

/** A photo or video; the urls are short-lived signed links, fresh with every read. */
export const AttachmentFieldsFragment = graphql(`
  fragment AttachmentFields on Attachment {
    id
    kind
    contentType
    size
    url
    thumbnailUrl
    originalName
  }
`);
