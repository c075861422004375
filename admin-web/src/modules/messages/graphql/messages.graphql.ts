import { graphql } from '../../../generated';

export const ThreadMessageFragment = graphql(`
  fragment ThreadMessage on Message {
    id
    body
    internal
    createdAt
    workOrderId
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

/** One page of the thread, oldest first; the view loads the next pages until it has them all. */
export const WorkOrderMessagesQuery = graphql(`
  query WorkOrderMessages($id: ID!, $first: Int!, $after: String) {
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
          ...ThreadMessage
        }
      }
    }
  }
`);

/** The viewer's unread count alone, e.g. after a message arrives while another tab is open. */
export const WorkOrderUnreadCountQuery = graphql(`
  query WorkOrderUnreadCount($id: ID!) {
    workOrder(id: $id) {
      id
      unreadMessageCount
    }
  }
`);

export const SearchMessagesQuery = graphql(`
  query SearchMessages($text: String!, $workOrderId: ID, $first: Int) {
    searchMessages(text: $text, workOrderId: $workOrderId, first: $first) {
      ...ThreadMessage
    }
  }
`);

export const PostMessageMutation = graphql(`
  mutation PostMessage($input: PostMessageInput!) {
    postMessage(input: $input) {
      message {
        ...ThreadMessage
      }
      userErrors {
        field
        message
        code
      }
    }
  }
`);

export const MarkMessagesReadMutation = graphql(`
  mutation MarkMessagesRead($input: MarkMessagesReadInput!) {
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

export const MessageAddedSubscription = graphql(`
  subscription MessageAdded($workOrderId: ID!) {
    messageAdded(workOrderId: $workOrderId) {
      ...ThreadMessage
    }
  }
`);
