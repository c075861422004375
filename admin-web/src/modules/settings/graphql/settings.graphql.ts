import { graphql } from '../../../generated';

export const SettingsCategoryFragment = graphql(`
  fragment SettingsCategory on Category {
    id
    key
    name
    examples
    emergencyKeywords
    active
    sortOrder
  }
`);

export const SettingsCategoriesQuery = graphql(`
  query SettingsCategories {
    categories(includeInactive: true) {
      ...SettingsCategory
    }
  }
`);

export const CreateCategoryMutation = graphql(`
  mutation CreateCategory($input: CreateCategoryInput!) {
    createCategory(input: $input) {
      category {
        ...SettingsCategory
      }
      userErrors {
        field
        message
        code
      }
    }
  }
`);

export const UpdateCategoryMutation = graphql(`
  mutation UpdateCategory($input: UpdateCategoryInput!) {
    updateCategory(input: $input) {
      category {
        ...SettingsCategory
      }
      userErrors {
        field
        message
        code
      }
    }
  }
`);

export const ReorderCategoriesMutation = graphql(`
  mutation ReorderCategories($input: ReorderCategoriesInput!) {
    reorderCategories(input: $input) {
      categories {
        ...SettingsCategory
      }
      userErrors {
        field
        message
        code
      }
    }
  }
`);

export const SettingsSeverityLevelsQuery = graphql(`
  query SettingsSeverityLevels {
    severityLevels {
      severity
      label
      definition
      responseExpectation
    }
  }
`);

export const UpdateSeverityLevelsMutation = graphql(`
  mutation UpdateSeverityLevels($input: UpdateSeverityLevelsInput!) {
    updateSeverityLevels(input: $input) {
      severityLevels {
        severity
        label
        definition
        responseExpectation
      }
      userErrors {
        field
        message
        code
      }
    }
  }
`);

export const TriageRuleFieldsFragment = graphql(`
  fragment TriageRuleFields on TriageRule {
    id
    key
    signal
    priority
    patterns
    condition
    active
  }
`);

export const TriageRulesQuery = graphql(`
  query TriageRules {
    triageRules {
      ...TriageRuleFields
    }
  }
`);

export const CreateTriageRuleMutation = graphql(`
  mutation CreateTriageRule($input: CreateTriageRuleInput!) {
    createTriageRule(input: $input) {
      rule {
        ...TriageRuleFields
      }
      userErrors {
        field
        message
        code
      }
    }
  }
`);

export const UpdateTriageRuleMutation = graphql(`
  mutation UpdateTriageRule($input: UpdateTriageRuleInput!) {
    updateTriageRule(input: $input) {
      rule {
        ...TriageRuleFields
      }
      userErrors {
        field
        message
        code
      }
    }
  }
`);

export const SlaSettingsFieldsFragment = graphql(`
  fragment SlaSettingsFields on SlaSettings {
    atRiskPercent
    repeatWindowDays
    escalationAfterMinutes
    targets {
      priority
      respond {
        amount
        unit
      }
      resolve {
        amount
        unit
      }
    }
  }
`);

export const SlaSettingsQuery = graphql(`
  query SlaSettings {
    slaSettings {
      ...SlaSettingsFields
    }
  }
`);

export const UpdateSlaSettingsMutation = graphql(`
  mutation UpdateSlaSettings($input: UpdateSlaSettingsInput!) {
    updateSlaSettings(input: $input) {
      slaSettings {
        ...SlaSettingsFields
      }
      userErrors {
        field
        message
        code
      }
    }
  }
`);

export const BusinessCalendarsQuery = graphql(`
  query BusinessCalendars {
    properties(first: 100) {
      nodes {
        id
        name
        timezone
        businessCalendar {
          days
          opens
          closes
          holidays
        }
      }
    }
  }
`);

export const UpdateBusinessCalendarMutation = graphql(`
  mutation UpdateBusinessCalendar($input: UpdateBusinessCalendarInput!) {
    updateBusinessCalendar(input: $input) {
      property {
        id
        businessCalendar {
          days
          opens
          closes
          holidays
        }
      }
      userErrors {
        field
        message
        code
      }
    }
  }
`);

export const OnCallRotaQuery = graphql(`
  query OnCallRota {
    slaSettings {
      escalationAfterMinutes
    }
    onCallCandidates {
      id
      name
      email
      role
    }
    onCallRota {
      chain {
        id
        name
        email
        role
      }
    }
  }
`);

export const UpdateOnCallRotaMutation = graphql(`
  mutation UpdateOnCallRota($input: UpdateOnCallRotaInput!) {
    updateOnCallRota(input: $input) {
      onCallRota {
        chain {
          id
          name
          email
          role
        }
      }
      userErrors {
        field
        message
        code
      }
    }
  }
`);
