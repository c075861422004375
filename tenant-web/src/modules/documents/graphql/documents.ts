import { graphql } from '../../../generated';

/** A document as the lists show it; `file.url` is a signed download link that works for 15 minutes. */
export const DocumentFieldsFragment = graphql(`
  fragment DocumentFields on Document {
    id
    kind
    title
    createdAt
    unit {
      id
      label
    }
    file {
      id
      url
      contentType
      size
      originalName
    }
  }
`);

/** The tenant's documents, newest first (the server only returns their own). */
export const MyDocumentsQuery = graphql(`
  query MyDocuments($first: Int!, $after: String) {
    documents(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        ...DocumentFields
      }
    }
  }
`);

/** A fresh download link for one document (the one in the list may have run out). */
export const DocumentDownloadQuery = graphql(`
  query DocumentDownload($id: ID!) {
    node(id: $id) {
      ... on Document {
        id
        file {
          id
          url
        }
      }
    }
  }
`);
