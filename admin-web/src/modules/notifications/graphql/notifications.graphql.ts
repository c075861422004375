import { graphql } from '../../../generated';

/** An in-app notification as the bell and the inbox show it. */
export const InboxNotificationFragment = graphql(`
  fragment InboxNotification on Notification {
    id
    template
    title
    body
    url
    createdAt
    readAt
    workOrder {
      id
      number
      title
    }
  }
`);

export const NotificationsQuery = graphql(`
  query Notifications($first: Int, $after: String, $unreadOnly: Boolean) {
    notifications(first: $first, after: $after, unreadOnly: $unreadOnly) {
      totalCount
      nodes {
        ...InboxNotification
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const UnreadNotificationCountQuery = graphql(`
  query UnreadNotificationCount {
    unreadNotificationCount
  }
`);

export const MarkNotificationsReadMutation = graphql(`
  mutation MarkNotificationsRead($input: MarkNotificationsReadInput!) {
    markNotificationsRead(input: $input) {
      unreadCount
      userErrors {
        field
        message
        code
      }
    }
  }
`);

/** The viewer's new in-app notifications, as they are created. */
export const NotificationAddedSubscription = graphql(`
  subscription NotificationAdded {
    notificationAdded {
      ...InboxNotification
      channel
    }
  }
`);

/** Every notification a work order caused, for its drawer (managers and admins). */
export const WorkOrderNotificationLogQuery = graphql(`
  query WorkOrderNotificationLog($id: ID!) {
    workOrder(id: $id) {
      id
      notificationLog {
        id
        channel
        template
        status
        attempts
        lastError
        sendAfter
        createdAt
        sentAt
        recipient {
          id
          name
          email
        }
      }
    }
  }
`);

export const NotificationPreferencesFragment = graphql(`
  fragment NotificationPreferencesFields on NotificationPreferences {
    events {
      template
      label
      channels
      defaultChannels
    }
    quietHours {
      start
      end
      timeZone
    }
    hasPhone
    pushSubscriptions
  }
`);

export const NotificationPreferencesQuery = graphql(`
  query NotificationPreferences {
    notificationPreferences {
      ...NotificationPreferencesFields
    }
  }
`);

export const UpdateNotificationPreferencesMutation = graphql(`
  mutation UpdateNotificationPreferences($input: UpdateNotificationPreferencesInput!) {
    updateNotificationPreferences(input: $input) {
      preferences {
        ...NotificationPreferencesFields
      }
      userErrors {
        field
        message
        code
      }
    }
  }
`);
