import { graphql } from '../../../generated';

export const WebhookDeliveryFieldsFragment = graphql(`
  fragment WebhookDeliveryFields on WebhookDelivery {
    id
    deliveryId
    eventKind
    status
    attempts
    lastStatusCode
    lastError
    createdAt
    lastAttemptAt
    deliveredAt
    nextAttemptAt
  }
`);

export const WebhookEndpointFieldsFragment = graphql(`
  fragment WebhookEndpointFields on WebhookEndpoint {
    id
    url
    description
    eventKinds
    active
    createdAt
    deliveries(first: 20) {
      ...WebhookDeliveryFields
    }
  }
`);

export const WebhookEndpointsQuery = graphql(`
  query WebhookEndpoints {
    webhookEndpoints {
      ...WebhookEndpointFields
    }
  }
`);

export const CreateWebhookEndpointMutation = graphql(`
  mutation CreateWebhookEndpoint($input: CreateWebhookEndpointInput!) {
    createWebhookEndpoint(input: $input) {
      endpoint {
        ...WebhookEndpointFields
      }
      secret
      userErrors {
        field
        message
        code
      }
    }
  }
`);

export const DeleteWebhookEndpointMutation = graphql(`
  mutation DeleteWebhookEndpoint($input: DeleteWebhookEndpointInput!) {
    deleteWebhookEndpoint(input: $input) {
      endpoint {
        id
      }
      userErrors {
        field
        message
        code
      }
    }
  }
`);

export const RedeliverWebhookMutation = graphql(`
  mutation RedeliverWebhook($input: RedeliverWebhookInput!) {
    redeliverWebhook(input: $input) {
      delivery {
        ...WebhookDeliveryFields
      }
      userErrors {
        field
        message
        code
      }
    }
  }
`);
