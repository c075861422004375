import { graphql } from '../../../generated';

/** One in-app notification, the same shape for the list, the live feed and the toast. */
export const NotificationItemFieldsFragment = graphql(`
  fragment NotificationItemFields on Notification {
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

/** The header badge. */
export const UnreadNotificationCountQuery = graphql(`
  query UnreadNotificationCount {
    unreadNotificationCount
  }
`);

/** The viewer's in-app notifications, newest first, a page at a time (`after` is the last page's end cursor). */
export const MyNotificationsQuery = graphql(`
  query MyNotifications($first: Int!, $after: String) {
    notifications(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        ...NotificationItemFields
      }
    }
  }
`);

/** A new in-app notification for the viewer, live. */
export const NotificationAddedSubscription = graphql(`
  subscription NotificationAdded {
    notificationAdded {
      ...NotificationItemFields
    }
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

export const NotificationPreferencesFieldsFragment = graphql(`
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

export const NotificationSettingsQuery = graphql(`
  query NotificationSettings {
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

/** The server's VAPID public key (base64url), what this browser subscribes to push with. */
export const VapidPublicKeyQuery = graphql(`
  query VapidPublicKey {
    vapidPublicKey
  }
`);

export const RegisterPushSubscriptionMutation = graphql(`
  mutation RegisterPushSubscription($input: PushSubscriptionInput!) {
    registerPushSubscription(input: $input) {
      pushSubscriptions
      userErrors {
        field
        message
        code
      }
    }
  }
`);

export const UnregisterPushSubscriptionMutation = graphql(`
  mutation UnregisterPushSubscription($input: UnregisterPushSubscriptionInput!) {
    unregisterPushSubscription(input: $input) {
      pushSubscriptions
      userErrors {
        field
        message
        code
      }
    }
  }
`);
