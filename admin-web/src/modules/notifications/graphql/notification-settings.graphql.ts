import { graphql } from '../../../generated';

export const NotificationTemplateFieldsFragment = graphql(`
  fragment NotificationTemplateFields on NotificationTemplate {
    key
    label
    audience
    subject
    body
    defaultSubject
    defaultBody
    customized
    defaultChannels
    placeholders
  }
`);

export const NotificationTemplatesQuery = graphql(`
  query NotificationTemplates {
    notificationTemplates {
      ...NotificationTemplateFields
    }
    companyProfile {
      name
      logoUrl
    }
  }
`);

export const UpdateNotificationTemplateMutation = graphql(`
  mutation UpdateNotificationTemplate($input: UpdateNotificationTemplateInput!) {
    updateNotificationTemplate(input: $input) {
      template {
        ...NotificationTemplateFields
      }
      userErrors {
        field
        message
        code
      }
    }
  }
`);

export const ResetNotificationTemplateMutation = graphql(`
  mutation ResetNotificationTemplate($input: ResetNotificationTemplateInput!) {
    resetNotificationTemplate(input: $input) {
      template {
        ...NotificationTemplateFields
      }
      userErrors {
        field
        message
        code
      }
    }
  }
`);

export const CompanyProfileQuery = graphql(`
  query CompanyProfile {
    companyProfile {
      name
      logoUrl
      replyTo
    }
  }
`);

export const UpdateCompanyProfileMutation = graphql(`
  mutation UpdateCompanyProfile($input: UpdateCompanyProfileInput!) {
    updateCompanyProfile(input: $input) {
      companyProfile {
        name
        logoUrl
        replyTo
      }
      userErrors {
        field
        message
        code
      }
    }
  }
`);
