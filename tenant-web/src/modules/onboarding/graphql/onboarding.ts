import { graphql } from '../../../generated';

/** Public: what a property's portal link (its poster's QR code) greets tenants with. */
export const PortalWelcomeQuery = graphql(`
  query PortalWelcome($propertyId: ID!) {
    portalWelcome(propertyId: $propertyId) {
      propertyName
      companyName
      emergencyHotline
    }
  }
`);

/** Public: whose invite a link's secret is; null once it was used, replaced or expired. */
export const InvitationQuery = graphql(`
  query Invitation($token: String!) {
    invitation(token: $token) {
      email
      name
      expiresAt
    }
  }
`);

/** Public: sets the invited tenant's password and signs them in (same payload as the login). */
export const AcceptInviteMutation = graphql(`
  mutation AcceptInvite($input: AcceptInviteInput!) {
    acceptInvite(input: $input) {
      token
      expiresAt
      user {
        id
        name
        role
      }
      userErrors {
        field
        message
        code
      }
    }
  }
`);
