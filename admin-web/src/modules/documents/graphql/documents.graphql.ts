import { graphql } from '../../../generated';

export const ResidentDocumentFieldsFragment = graphql(`
  fragment ResidentDocumentFields on Document {
    id
    kind
    title
    createdAt
    unit {
      id
      label
    }
    tenancy {
      id
      tenant {
        id
        name
      }
    }
    file {
      id
      url
      originalName
      size
      contentType
    }
  }
`);

/** A unit's documents, newest first: those for the whole unit and those of each of its tenancies. */
export const UnitDocumentsQuery = graphql(`
  query UnitDocuments($unitId: ID!, $after: String) {
    documents(unitId: $unitId, first: 100, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        ...ResidentDocumentFields
      }
    }
  }
`);

export const AddDocumentMutation = graphql(`
  mutation AddDocument($input: AddDocumentInput!) {
    addDocument(input: $input) {
      document {
        ...ResidentDocumentFields
      }
      userErrors {
        code
        message
        field
      }
    }
  }
`);

export const DeleteDocumentMutation = graphql(`
  mutation DeleteDocument($id: ID!) {
    deleteDocument(id: $id) {
      deletedId
      userErrors {
        code
        message
        field
      }
    }
  }
`);
