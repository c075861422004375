import { graphql } from '../../../generated';

export const TenantMessageFragment = graphql(`
  fragment TenantMessage on Message {
    id
    body
    internal
    createdAt
    author {
      id
      name
      role
    }
    attachments {
      ...AttachmentFields
    }
  }
`);

/** One page of the conversation, oldest first (the server never sends a tenant internal notes). */
export const RequestMessagesQuery = graphql(`
  query RequestMessages($id: ID!, $first: Int!, $after: String) {
    workOrder(id: $id) {
      id
      unreadMessageCount
      messages(first: $first, after: $after) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        nodes {
          ...TenantMessage
        }
      }
    }
  }
`);

export const SendMessageMutation = graphql(`
  mutation SendMessage($input: PostMessageInput!) {
    postMessage(input: $input) {
      message {
        ...TenantMessage
      }
      userErrors {
        field
        message
        code
      }
    }
  }
`);

export const MarkRequestReadMutation = graphql(`
  mutation MarkRequestRead($input: MarkMessagesReadInput!) {
    markMessagesRead(input: $input) {
      workOrder {
        id
        unreadMessageCount
      }
      userErrors {
        field
        message
        code
      }
    }
  }
`);

export const RequestMessageAddedSubscription = graphql(`
  subscription RequestMessageAdded($workOrderId: ID!) {
    messageAdded(workOrderId: $workOrderId) {
      ...TenantMessage
    }
  }
`);
