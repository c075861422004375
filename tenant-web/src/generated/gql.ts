/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      token\n      expiresAt\n      user {\n        id\n        name\n        role\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n": typeof types.LoginDocument,
    "\n  query CurrentViewer {\n    viewer {\n      id\n      name\n      role\n    }\n  }\n": typeof types.CurrentViewerDocument,
    "\n  fragment CommonAreaRequestFields on CommonAreaRequest {\n    id\n    number\n    title\n    location\n    category\n    property\n    status\n    createdAt\n    affectedCount\n    reportedByMe\n    meToo\n  }\n": typeof types.CommonAreaRequestFieldsFragmentDoc,
    "\n  query BuildingRequests {\n    commonAreaRequests(first: 50) {\n      ...CommonAreaRequestFields\n    }\n  }\n": typeof types.BuildingRequestsDocument,
    "\n  query SimilarCommonAreaRequests($propertyId: ID!, $search: String!, $first: Int!) {\n    commonAreaRequests(propertyId: $propertyId, search: $search, first: $first) {\n      ...CommonAreaRequestFields\n    }\n  }\n": typeof types.SimilarCommonAreaRequestsDocument,
    "\n  mutation AddMeToo($workOrderId: ID!) {\n    addMeToo(workOrderId: $workOrderId) {\n      request {\n        ...CommonAreaRequestFields\n      }\n      userErrors {\n        code\n        message\n        field\n      }\n    }\n  }\n": typeof types.AddMeTooDocument,
    "\n  mutation RemoveMeToo($workOrderId: ID!) {\n    removeMeToo(workOrderId: $workOrderId) {\n      request {\n        ...CommonAreaRequestFields\n      }\n      userErrors {\n        code\n        message\n        field\n      }\n    }\n  }\n": typeof types.RemoveMeTooDocument,
    "\n  fragment DocumentFields on Document {\n    id\n    kind\n    title\n    createdAt\n    unit {\n      id\n      label\n    }\n    file {\n      id\n      url\n      contentType\n      size\n      originalName\n    }\n  }\n": typeof types.DocumentFieldsFragmentDoc,
    "\n  query MyDocuments($first: Int!, $after: String) {\n    documents(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...DocumentFields\n      }\n    }\n  }\n": typeof types.MyDocumentsDocument,
    "\n  query DocumentDownload($id: ID!) {\n    node(id: $id) {\n      ... on Document {\n        id\n        file {\n          id\n          url\n        }\n      }\n    }\n  }\n": typeof types.DocumentDownloadDocument,
    "\n  query IntakeSetup {\n    viewer {\n      id\n      name\n      role\n      units {\n        id\n        label\n        property {\n          id\n          name\n          emergencyHotline\n          afterHoursInstructions\n          commonAreas\n        }\n      }\n      accessProfile {\n        pets\n        bestContactMethod\n        preferredTimes\n        notes\n      }\n    }\n    categories {\n      id\n      key\n      name\n      examples\n    }\n    severityLevels {\n      severity\n      label\n      definition\n      responseExpectation\n    }\n  }\n": typeof types.IntakeSetupDocument,
    "\n  fragment ConfirmationFields on WorkOrder {\n    id\n    number\n    title\n    status\n    priority\n    reportedSeverity\n    triageReasons\n    createdAt\n    property {\n      id\n      name\n      emergencyHotline\n      afterHoursInstructions\n    }\n  }\n": typeof types.ConfirmationFieldsFragmentDoc,
    "\n  mutation SubmitMaintenanceRequest($input: SubmitMaintenanceRequestInput!) {\n    submitMaintenanceRequest(input: $input) {\n      workOrder {\n        ...ConfirmationFields\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n": typeof types.SubmitMaintenanceRequestDocument,
    "\n  mutation SaveAccessProfile($input: UpdateAccessProfileInput!) {\n    updateAccessProfile(input: $input) {\n      accessProfile {\n        pets\n        bestContactMethod\n        preferredTimes\n        notes\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n": typeof types.SaveAccessProfileDocument,
    "\n  query RequestConfirmation($id: ID!) {\n    workOrder(id: $id) {\n      ...ConfirmationFields\n    }\n  }\n": typeof types.RequestConfirmationDocument,
    "\n  fragment TenantMessage on Message {\n    id\n    body\n    internal\n    createdAt\n    author {\n      id\n      name\n      role\n    }\n    attachments {\n      ...AttachmentFields\n    }\n  }\n": typeof types.TenantMessageFragmentDoc,
    "\n  query RequestMessages($id: ID!, $first: Int!, $after: String) {\n    workOrder(id: $id) {\n      id\n      unreadMessageCount\n      messages(first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        nodes {\n          ...TenantMessage\n        }\n      }\n    }\n  }\n": typeof types.RequestMessagesDocument,
    "\n  mutation SendMessage($input: PostMessageInput!) {\n    postMessage(input: $input) {\n      message {\n        ...TenantMessage\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n": typeof types.SendMessageDocument,
    "\n  mutation MarkRequestRead($input: MarkMessagesReadInput!) {\n    markMessagesRead(input: $input) {\n      workOrder {\n        id\n        unreadMessageCount\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n": typeof types.MarkRequestReadDocument,
    "\n  subscription RequestMessageAdded($workOrderId: ID!) {\n    messageAdded(workOrderId: $workOrderId) {\n      ...TenantMessage\n    }\n  }\n": typeof types.RequestMessageAddedDocument,
    "\n  fragment NotificationItemFields on Notification {\n    id\n    template\n    title\n    body\n    url\n    createdAt\n    readAt\n    workOrder {\n      id\n      number\n      title\n    }\n  }\n": typeof types.NotificationItemFieldsFragmentDoc,
    "\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n": typeof types.UnreadNotificationCountDocument,
    "\n  query MyNotifications($first: Int!, $after: String) {\n    notifications(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...NotificationItemFields\n      }\n    }\n  }\n": typeof types.MyNotificationsDocument,
    "\n  subscription NotificationAdded {\n    notificationAdded {\n      ...NotificationItemFields\n    }\n  }\n": typeof types.NotificationAddedDocument,
    "\n  mutation MarkNotificationsRead($input: MarkNotificationsReadInput!) {\n    markNotificationsRead(input: $input) {\n      unreadCount\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n": typeof types.MarkNotificationsReadDocument,
    "\n  fragment NotificationPreferencesFields on NotificationPreferences {\n    events {\n      template\n      label\n      channels\n      defaultChannels\n    }\n    quietHours {\n      start\n      end\n      timeZone\n    }\n    hasPhone\n    pushSubscriptions\n  }\n": typeof types.NotificationPreferencesFieldsFragmentDoc,
    "\n  query NotificationSettings {\n    notificationPreferences {\n      ...NotificationPreferencesFields\n    }\n  }\n": typeof types.NotificationSettingsDocument,
    "\n  mutation UpdateNotificationPreferences($input: UpdateNotificationPreferencesInput!) {\n    updateNotificationPreferences(input: $input) {\n      preferences {\n        ...NotificationPreferencesFields\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n": typeof types.UpdateNotificationPreferencesDocument,
    "\n  query VapidPublicKey {\n    vapidPublicKey\n  }\n": typeof types.VapidPublicKeyDocument,
    "\n  mutation RegisterPushSubscription($input: PushSubscriptionInput!) {\n    registerPushSubscription(input: $input) {\n      pushSubscriptions\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n": typeof types.RegisterPushSubscriptionDocument,
    "\n  mutation UnregisterPushSubscription($input: UnregisterPushSubscriptionInput!) {\n    unregisterPushSubscription(input: $input) {\n      pushSubscriptions\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n": typeof types.UnregisterPushSubscriptionDocument,
    "\n  query PortalWelcome($propertyId: ID!) {\n    portalWelcome(propertyId: $propertyId) {\n      propertyName\n      companyName\n      emergencyHotline\n    }\n  }\n": typeof types.PortalWelcomeDocument,
    "\n  query Invitation($token: String!) {\n    invitation(token: $token) {\n      email\n      name\n      expiresAt\n    }\n  }\n": typeof types.InvitationDocument,
    "\n  mutation AcceptInvite($input: AcceptInviteInput!) {\n    acceptInvite(input: $input) {\n      token\n      expiresAt\n      user {\n        id\n        name\n        role\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n": typeof types.AcceptInviteDocument,
    "\n  fragment MoneyFields on Money {\n    amountCents\n    currency\n  }\n": typeof types.MoneyFieldsFragmentDoc,
    "\n  query MyRentLedger {\n    rentLedger {\n      balance {\n        ...MoneyFields\n      }\n      overdue {\n        ...MoneyFields\n      }\n      nextDue {\n        dueOn\n        overdue\n        amount {\n          ...MoneyFields\n        }\n      }\n      entries {\n        id\n        kind\n        date\n        description\n        reference\n        amount {\n          ...MoneyFields\n        }\n      }\n      tenancy {\n        id\n        unit {\n          id\n          label\n          property {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.MyRentLedgerDocument,
    "\n  mutation RequestReschedule($input: RequestRescheduleInput!) {\n    requestReschedule(input: $input) {\n      workOrder {\n        ...RequestDetailFields\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n": typeof types.RequestRescheduleDocument,
    "\n  mutation ConfirmResolution($input: ConfirmResolutionInput!) {\n    confirmResolution(input: $input) {\n      workOrder {\n        ...RequestDetailFields\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n": typeof types.ConfirmResolutionDocument,
    "\n  mutation ReopenWorkOrder($input: ReopenWorkOrderInput!) {\n    reopenWorkOrder(input: $input) {\n      workOrder {\n        ...RequestDetailFields\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n": typeof types.ReopenWorkOrderDocument,
    "\n  mutation CancelWorkOrder($input: CancelWorkOrderInput!) {\n    cancelWorkOrder(input: $input) {\n      workOrder {\n        ...RequestDetailFields\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n": typeof types.CancelWorkOrderDocument,
    "\n  fragment AppointmentFields on WorkOrder {\n    appointment {\n      startsAt\n      endsAt\n      eta\n      runningLateNote\n    }\n    rescheduleRequest {\n      windows {\n        startsAt\n        endsAt\n      }\n      reason\n      requestedAt\n    }\n  }\n": typeof types.AppointmentFieldsFragmentDoc,
    "\n  fragment SlaPromiseFields on WorkOrder {\n    sla {\n      state\n      response {\n        dueAt\n        metAt\n      }\n      resolution {\n        dueAt\n        metAt\n      }\n    }\n  }\n": typeof types.SlaPromiseFieldsFragmentDoc,
    "\n  fragment RequestCardFields on WorkOrder {\n    id\n    number\n    title\n    status\n    priority\n    createdAt\n    updatedAt\n    category {\n      id\n      name\n    }\n    property {\n      id\n      timezone\n    }\n    availableActions\n    unreadMessageCount\n    ...AppointmentFields\n    ...SlaPromiseFields\n  }\n": typeof types.RequestCardFieldsFragmentDoc,
    "\n  query MyRequests {\n    workOrders(first: 50, orderBy: { field: CREATED_AT, direction: DESC }) {\n      totalCount\n      nodes {\n        ...RequestCardFields\n      }\n    }\n  }\n": typeof types.MyRequestsDocument,
    "\n  subscription MyRequestsChanged {\n    workOrderChanged {\n      kind\n      at\n      workOrder {\n        ...RequestCardFields\n      }\n    }\n  }\n": typeof types.MyRequestsChangedDocument,
    "\n  fragment AttachmentFields on Attachment {\n    id\n    kind\n    contentType\n    size\n    url\n    thumbnailUrl\n    originalName\n  }\n": typeof types.AttachmentFieldsFragmentDoc,
    "\n  fragment RequestDetailFields on WorkOrder {\n    id\n    number\n    title\n    description\n    status\n    priority\n    reportedSeverity\n    triageReasons\n    locationKind\n    locationDetail\n    permissionToEnter\n    createdAt\n    updatedAt\n    version\n    availableActions\n    unreadMessageCount\n    completionNotes\n    completedAt\n    closedAt\n    ...AppointmentFields\n    ...SlaPromiseFields\n    rating {\n      score\n      comment\n      ratedAt\n    }\n    category {\n      id\n      name\n    }\n    unit {\n      id\n      label\n    }\n    property {\n      id\n      name\n      timezone\n      emergencyHotline\n      afterHoursInstructions\n    }\n    assignee {\n      ... on Vendor {\n        id\n        name\n      }\n      ... on Technician {\n        id\n        name\n      }\n    }\n    availability {\n      startsAt\n      endsAt\n    }\n    timeline {\n      id\n      kind\n      summary\n      at\n      actor {\n        id\n        name\n      }\n    }\n    attachments {\n      ...AttachmentFields\n    }\n  }\n": typeof types.RequestDetailFieldsFragmentDoc,
    "\n  query RequestDetail($id: ID!) {\n    workOrder(id: $id) {\n      ...RequestDetailFields\n    }\n  }\n": typeof types.RequestDetailDocument,
    "\n  subscription RequestChanged($id: ID!) {\n    workOrderChanged(filter: { workOrderId: $id }) {\n      kind\n      at\n      workOrder {\n        ...RequestDetailFields\n      }\n    }\n  }\n": typeof types.RequestChangedDocument,
};
const documents: Documents = {
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      token\n      expiresAt\n      user {\n        id\n        name\n        role\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n": types.LoginDocument,
    "\n  query CurrentViewer {\n    viewer {\n      id\n      name\n      role\n    }\n  }\n": types.CurrentViewerDocument,
    "\n  fragment CommonAreaRequestFields on CommonAreaRequest {\n    id\n    number\n    title\n    location\n    category\n    property\n    status\n    createdAt\n    affectedCount\n    reportedByMe\n    meToo\n  }\n": types.CommonAreaRequestFieldsFragmentDoc,
    "\n  query BuildingRequests {\n    commonAreaRequests(first: 50) {\n      ...CommonAreaRequestFields\n    }\n  }\n": types.BuildingRequestsDocument,
    "\n  query SimilarCommonAreaRequests($propertyId: ID!, $search: String!, $first: Int!) {\n    commonAreaRequests(propertyId: $propertyId, search: $search, first: $first) {\n      ...CommonAreaRequestFields\n    }\n  }\n": types.SimilarCommonAreaRequestsDocument,
    "\n  mutation AddMeToo($workOrderId: ID!) {\n    addMeToo(workOrderId: $workOrderId) {\n      request {\n        ...CommonAreaRequestFields\n      }\n      userErrors {\n        code\n        message\n        field\n      }\n    }\n  }\n": types.AddMeTooDocument,
    "\n  mutation RemoveMeToo($workOrderId: ID!) {\n    removeMeToo(workOrderId: $workOrderId) {\n      request {\n        ...CommonAreaRequestFields\n      }\n      userErrors {\n        code\n        message\n        field\n      }\n    }\n  }\n": types.RemoveMeTooDocument,
    "\n  fragment DocumentFields on Document {\n    id\n    kind\n    title\n    createdAt\n    unit {\n      id\n      label\n    }\n    file {\n      id\n      url\n      contentType\n      size\n      originalName\n    }\n  }\n": types.DocumentFieldsFragmentDoc,
    "\n  query MyDocuments($first: Int!, $after: String) {\n    documents(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...DocumentFields\n      }\n    }\n  }\n": types.MyDocumentsDocument,
    "\n  query DocumentDownload($id: ID!) {\n    node(id: $id) {\n      ... on Document {\n        id\n        file {\n          id\n          url\n        }\n      }\n    }\n  }\n": types.DocumentDownloadDocument,
    "\n  query IntakeSetup {\n    viewer {\n      id\n      name\n      role\n      units {\n        id\n        label\n        property {\n          id\n          name\n          emergencyHotline\n          afterHoursInstructions\n          commonAreas\n        }\n      }\n      accessProfile {\n        pets\n        bestContactMethod\n        preferredTimes\n        notes\n      }\n    }\n    categories {\n      id\n      key\n      name\n      examples\n    }\n    severityLevels {\n      severity\n      label\n      definition\n      responseExpectation\n    }\n  }\n": types.IntakeSetupDocument,
    "\n  fragment ConfirmationFields on WorkOrder {\n    id\n    number\n    title\n    status\n    priority\n    reportedSeverity\n    triageReasons\n    createdAt\n    property {\n      id\n      name\n      emergencyHotline\n      afterHoursInstructions\n    }\n  }\n": types.ConfirmationFieldsFragmentDoc,
    "\n  mutation SubmitMaintenanceRequest($input: SubmitMaintenanceRequestInput!) {\n    submitMaintenanceRequest(input: $input) {\n      workOrder {\n        ...ConfirmationFields\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n": types.SubmitMaintenanceRequestDocument,
    "\n  mutation SaveAccessProfile($input: UpdateAccessProfileInput!) {\n    updateAccessProfile(input: $input) {\n      accessProfile {\n        pets\n        bestContactMethod\n        preferredTimes\n        notes\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n": types.SaveAccessProfileDocument,
    "\n  query RequestConfirmation($id: ID!) {\n    workOrder(id: $id) {\n      ...ConfirmationFields\n    }\n  }\n": types.RequestConfirmationDocument,
    "\n  fragment TenantMessage on Message {\n    id\n    body\n    internal\n    createdAt\n    author {\n      id\n      name\n      role\n    }\n    attachments {\n      ...AttachmentFields\n    }\n  }\n": types.TenantMessageFragmentDoc,
    "\n  query RequestMessages($id: ID!, $first: Int!, $after: String) {\n    workOrder(id: $id) {\n      id\n      unreadMessageCount\n      messages(first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        nodes {\n          ...TenantMessage\n        }\n      }\n    }\n  }\n": types.RequestMessagesDocument,
    "\n  mutation SendMessage($input: PostMessageInput!) {\n    postMessage(input: $input) {\n      message {\n        ...TenantMessage\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n": types.SendMessageDocument,
    "\n  mutation MarkRequestRead($input: MarkMessagesReadInput!) {\n    markMessagesRead(input: $input) {\n      workOrder {\n        id\n        unreadMessageCount\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n": types.MarkRequestReadDocument,
    "\n  subscription RequestMessageAdded($workOrderId: ID!) {\n    messageAdded(workOrderId: $workOrderId) {\n      ...TenantMessage\n    }\n  }\n": types.RequestMessageAddedDocument,
    "\n  fragment NotificationItemFields on Notification {\n    id\n    template\n    title\n    body\n    url\n    createdAt\n    readAt\n    workOrder {\n      id\n      number\n      title\n    }\n  }\n": types.NotificationItemFieldsFragmentDoc,
    "\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n": types.UnreadNotificationCountDocument,
    "\n  query MyNotifications($first: Int!, $after: String) {\n    notifications(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...NotificationItemFields\n      }\n    }\n  }\n": types.MyNotificationsDocument,
    "\n  subscription NotificationAdded {\n    notificationAdded {\n      ...NotificationItemFields\n    }\n  }\n": types.NotificationAddedDocument,
    "\n  mutation MarkNotificationsRead($input: MarkNotificationsReadInput!) {\n    markNotificationsRead(input: $input) {\n      unreadCount\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n": types.MarkNotificationsReadDocument,
    "\n  fragment NotificationPreferencesFields on NotificationPreferences {\n    events {\n      template\n      label\n      channels\n      defaultChannels\n    }\n    quietHours {\n      start\n      end\n      timeZone\n    }\n    hasPhone\n    pushSubscriptions\n  }\n": types.NotificationPreferencesFieldsFragmentDoc,
    "\n  query NotificationSettings {\n    notificationPreferences {\n      ...NotificationPreferencesFields\n    }\n  }\n": types.NotificationSettingsDocument,
    "\n  mutation UpdateNotificationPreferences($input: UpdateNotificationPreferencesInput!) {\n    updateNotificationPreferences(input: $input) {\n      preferences {\n        ...NotificationPreferencesFields\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n": types.UpdateNotificationPreferencesDocument,
    "\n  query VapidPublicKey {\n    vapidPublicKey\n  }\n": types.VapidPublicKeyDocument,
    "\n  mutation RegisterPushSubscription($input: PushSubscriptionInput!) {\n    registerPushSubscription(input: $input) {\n      pushSubscriptions\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n": types.RegisterPushSubscriptionDocument,
    "\n  mutation UnregisterPushSubscription($input: UnregisterPushSubscriptionInput!) {\n    unregisterPushSubscription(input: $input) {\n      pushSubscriptions\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n": types.UnregisterPushSubscriptionDocument,
    "\n  query PortalWelcome($propertyId: ID!) {\n    portalWelcome(propertyId: $propertyId) {\n      propertyName\n      companyName\n      emergencyHotline\n    }\n  }\n": types.PortalWelcomeDocument,
    "\n  query Invitation($token: String!) {\n    invitation(token: $token) {\n      email\n      name\n      expiresAt\n    }\n  }\n": types.InvitationDocument,
    "\n  mutation AcceptInvite($input: AcceptInviteInput!) {\n    acceptInvite(input: $input) {\n      token\n      expiresAt\n      user {\n        id\n        name\n        role\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n": types.AcceptInviteDocument,
    "\n  fragment MoneyFields on Money {\n    amountCents\n    currency\n  }\n": types.MoneyFieldsFragmentDoc,
    "\n  query MyRentLedger {\n    rentLedger {\n      balance {\n        ...MoneyFields\n      }\n      overdue {\n        ...MoneyFields\n      }\n      nextDue {\n        dueOn\n        overdue\n        amount {\n          ...MoneyFields\n        }\n      }\n      entries {\n        id\n        kind\n        date\n        description\n        reference\n        amount {\n          ...MoneyFields\n        }\n      }\n      tenancy {\n        id\n        unit {\n          id\n          label\n          property {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": types.MyRentLedgerDocument,
    "\n  mutation RequestReschedule($input: RequestRescheduleInput!) {\n    requestReschedule(input: $input) {\n      workOrder {\n        ...RequestDetailFields\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n": types.RequestRescheduleDocument,
    "\n  mutation ConfirmResolution($input: ConfirmResolutionInput!) {\n    confirmResolution(input: $input) {\n      workOrder {\n        ...RequestDetailFields\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n": types.ConfirmResolutionDocument,
    "\n  mutation ReopenWorkOrder($input: ReopenWorkOrderInput!) {\n    reopenWorkOrder(input: $input) {\n      workOrder {\n        ...RequestDetailFields\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n": types.ReopenWorkOrderDocument,
    "\n  mutation CancelWorkOrder($input: CancelWorkOrderInput!) {\n    cancelWorkOrder(input: $input) {\n      workOrder {\n        ...RequestDetailFields\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n": types.CancelWorkOrderDocument,
    "\n  fragment AppointmentFields on WorkOrder {\n    appointment {\n      startsAt\n      endsAt\n      eta\n      runningLateNote\n    }\n    rescheduleRequest {\n      windows {\n        startsAt\n        endsAt\n      }\n      reason\n      requestedAt\n    }\n  }\n": types.AppointmentFieldsFragmentDoc,
    "\n  fragment SlaPromiseFields on WorkOrder {\n    sla {\n      state\n      response {\n        dueAt\n        metAt\n      }\n      resolution {\n        dueAt\n        metAt\n      }\n    }\n  }\n": types.SlaPromiseFieldsFragmentDoc,
    "\n  fragment RequestCardFields on WorkOrder {\n    id\n    number\n    title\n    status\n    priority\n    createdAt\n    updatedAt\n    category {\n      id\n      name\n    }\n    property {\n      id\n      timezone\n    }\n    availableActions\n    unreadMessageCount\n    ...AppointmentFields\n    ...SlaPromiseFields\n  }\n": types.RequestCardFieldsFragmentDoc,
    "\n  query MyRequests {\n    workOrders(first: 50, orderBy: { field: CREATED_AT, direction: DESC }) {\n      totalCount\n      nodes {\n        ...RequestCardFields\n      }\n    }\n  }\n": types.MyRequestsDocument,
    "\n  subscription MyRequestsChanged {\n    workOrderChanged {\n      kind\n      at\n      workOrder {\n        ...RequestCardFields\n      }\n    }\n  }\n": types.MyRequestsChangedDocument,
    "\n  fragment AttachmentFields on Attachment {\n    id\n    kind\n    contentType\n    size\n    url\n    thumbnailUrl\n    originalName\n  }\n": types.AttachmentFieldsFragmentDoc,
    "\n  fragment RequestDetailFields on WorkOrder {\n    id\n    number\n    title\n    description\n    status\n    priority\n    reportedSeverity\n    triageReasons\n    locationKind\n    locationDetail\n    permissionToEnter\n    createdAt\n    updatedAt\n    version\n    availableActions\n    unreadMessageCount\n    completionNotes\n    completedAt\n    closedAt\n    ...AppointmentFields\n    ...SlaPromiseFields\n    rating {\n      score\n      comment\n      ratedAt\n    }\n    category {\n      id\n      name\n    }\n    unit {\n      id\n      label\n    }\n    property {\n      id\n      name\n      timezone\n      emergencyHotline\n      afterHoursInstructions\n    }\n    assignee {\n      ... on Vendor {\n        id\n        name\n      }\n      ... on Technician {\n        id\n        name\n      }\n    }\n    availability {\n      startsAt\n      endsAt\n    }\n    timeline {\n      id\n      kind\n      summary\n      at\n      actor {\n        id\n        name\n      }\n    }\n    attachments {\n      ...AttachmentFields\n    }\n  }\n": types.RequestDetailFieldsFragmentDoc,
    "\n  query RequestDetail($id: ID!) {\n    workOrder(id: $id) {\n      ...RequestDetailFields\n    }\n  }\n": types.RequestDetailDocument,
    "\n  subscription RequestChanged($id: ID!) {\n    workOrderChanged(filter: { workOrderId: $id }) {\n      kind\n      at\n      workOrder {\n        ...RequestDetailFields\n      }\n    }\n  }\n": types.RequestChangedDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      token\n      expiresAt\n      user {\n        id\n        name\n        role\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      token\n      expiresAt\n      user {\n        id\n        name\n        role\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CurrentViewer {\n    viewer {\n      id\n      name\n      role\n    }\n  }\n"): (typeof documents)["\n  query CurrentViewer {\n    viewer {\n      id\n      name\n      role\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CommonAreaRequestFields on CommonAreaRequest {\n    id\n    number\n    title\n    location\n    category\n    property\n    status\n    createdAt\n    affectedCount\n    reportedByMe\n    meToo\n  }\n"): (typeof documents)["\n  fragment CommonAreaRequestFields on CommonAreaRequest {\n    id\n    number\n    title\n    location\n    category\n    property\n    status\n    createdAt\n    affectedCount\n    reportedByMe\n    meToo\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BuildingRequests {\n    commonAreaRequests(first: 50) {\n      ...CommonAreaRequestFields\n    }\n  }\n"): (typeof documents)["\n  query BuildingRequests {\n    commonAreaRequests(first: 50) {\n      ...CommonAreaRequestFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SimilarCommonAreaRequests($propertyId: ID!, $search: String!, $first: Int!) {\n    commonAreaRequests(propertyId: $propertyId, search: $search, first: $first) {\n      ...CommonAreaRequestFields\n    }\n  }\n"): (typeof documents)["\n  query SimilarCommonAreaRequests($propertyId: ID!, $search: String!, $first: Int!) {\n    commonAreaRequests(propertyId: $propertyId, search: $search, first: $first) {\n      ...CommonAreaRequestFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddMeToo($workOrderId: ID!) {\n    addMeToo(workOrderId: $workOrderId) {\n      request {\n        ...CommonAreaRequestFields\n      }\n      userErrors {\n        code\n        message\n        field\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AddMeToo($workOrderId: ID!) {\n    addMeToo(workOrderId: $workOrderId) {\n      request {\n        ...CommonAreaRequestFields\n      }\n      userErrors {\n        code\n        message\n        field\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveMeToo($workOrderId: ID!) {\n    removeMeToo(workOrderId: $workOrderId) {\n      request {\n        ...CommonAreaRequestFields\n      }\n      userErrors {\n        code\n        message\n        field\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RemoveMeToo($workOrderId: ID!) {\n    removeMeToo(workOrderId: $workOrderId) {\n      request {\n        ...CommonAreaRequestFields\n      }\n      userErrors {\n        code\n        message\n        field\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DocumentFields on Document {\n    id\n    kind\n    title\n    createdAt\n    unit {\n      id\n      label\n    }\n    file {\n      id\n      url\n      contentType\n      size\n      originalName\n    }\n  }\n"): (typeof documents)["\n  fragment DocumentFields on Document {\n    id\n    kind\n    title\n    createdAt\n    unit {\n      id\n      label\n    }\n    file {\n      id\n      url\n      contentType\n      size\n      originalName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyDocuments($first: Int!, $after: String) {\n    documents(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...DocumentFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyDocuments($first: Int!, $after: String) {\n    documents(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...DocumentFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DocumentDownload($id: ID!) {\n    node(id: $id) {\n      ... on Document {\n        id\n        file {\n          id\n          url\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query DocumentDownload($id: ID!) {\n    node(id: $id) {\n      ... on Document {\n        id\n        file {\n          id\n          url\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IntakeSetup {\n    viewer {\n      id\n      name\n      role\n      units {\n        id\n        label\n        property {\n          id\n          name\n          emergencyHotline\n          afterHoursInstructions\n          commonAreas\n        }\n      }\n      accessProfile {\n        pets\n        bestContactMethod\n        preferredTimes\n        notes\n      }\n    }\n    categories {\n      id\n      key\n      name\n      examples\n    }\n    severityLevels {\n      severity\n      label\n      definition\n      responseExpectation\n    }\n  }\n"): (typeof documents)["\n  query IntakeSetup {\n    viewer {\n      id\n      name\n      role\n      units {\n        id\n        label\n        property {\n          id\n          name\n          emergencyHotline\n          afterHoursInstructions\n          commonAreas\n        }\n      }\n      accessProfile {\n        pets\n        bestContactMethod\n        preferredTimes\n        notes\n      }\n    }\n    categories {\n      id\n      key\n      name\n      examples\n    }\n    severityLevels {\n      severity\n      label\n      definition\n      responseExpectation\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ConfirmationFields on WorkOrder {\n    id\n    number\n    title\n    status\n    priority\n    reportedSeverity\n    triageReasons\n    createdAt\n    property {\n      id\n      name\n      emergencyHotline\n      afterHoursInstructions\n    }\n  }\n"): (typeof documents)["\n  fragment ConfirmationFields on WorkOrder {\n    id\n    number\n    title\n    status\n    priority\n    reportedSeverity\n    triageReasons\n    createdAt\n    property {\n      id\n      name\n      emergencyHotline\n      afterHoursInstructions\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitMaintenanceRequest($input: SubmitMaintenanceRequestInput!) {\n    submitMaintenanceRequest(input: $input) {\n      workOrder {\n        ...ConfirmationFields\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SubmitMaintenanceRequest($input: SubmitMaintenanceRequestInput!) {\n    submitMaintenanceRequest(input: $input) {\n      workOrder {\n        ...ConfirmationFields\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveAccessProfile($input: UpdateAccessProfileInput!) {\n    updateAccessProfile(input: $input) {\n      accessProfile {\n        pets\n        bestContactMethod\n        preferredTimes\n        notes\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SaveAccessProfile($input: UpdateAccessProfileInput!) {\n    updateAccessProfile(input: $input) {\n      accessProfile {\n        pets\n        bestContactMethod\n        preferredTimes\n        notes\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RequestConfirmation($id: ID!) {\n    workOrder(id: $id) {\n      ...ConfirmationFields\n    }\n  }\n"): (typeof documents)["\n  query RequestConfirmation($id: ID!) {\n    workOrder(id: $id) {\n      ...ConfirmationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TenantMessage on Message {\n    id\n    body\n    internal\n    createdAt\n    author {\n      id\n      name\n      role\n    }\n    attachments {\n      ...AttachmentFields\n    }\n  }\n"): (typeof documents)["\n  fragment TenantMessage on Message {\n    id\n    body\n    internal\n    createdAt\n    author {\n      id\n      name\n      role\n    }\n    attachments {\n      ...AttachmentFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RequestMessages($id: ID!, $first: Int!, $after: String) {\n    workOrder(id: $id) {\n      id\n      unreadMessageCount\n      messages(first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        nodes {\n          ...TenantMessage\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query RequestMessages($id: ID!, $first: Int!, $after: String) {\n    workOrder(id: $id) {\n      id\n      unreadMessageCount\n      messages(first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        nodes {\n          ...TenantMessage\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SendMessage($input: PostMessageInput!) {\n    postMessage(input: $input) {\n      message {\n        ...TenantMessage\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SendMessage($input: PostMessageInput!) {\n    postMessage(input: $input) {\n      message {\n        ...TenantMessage\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkRequestRead($input: MarkMessagesReadInput!) {\n    markMessagesRead(input: $input) {\n      workOrder {\n        id\n        unreadMessageCount\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation MarkRequestRead($input: MarkMessagesReadInput!) {\n    markMessagesRead(input: $input) {\n      workOrder {\n        id\n        unreadMessageCount\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription RequestMessageAdded($workOrderId: ID!) {\n    messageAdded(workOrderId: $workOrderId) {\n      ...TenantMessage\n    }\n  }\n"): (typeof documents)["\n  subscription RequestMessageAdded($workOrderId: ID!) {\n    messageAdded(workOrderId: $workOrderId) {\n      ...TenantMessage\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment NotificationItemFields on Notification {\n    id\n    template\n    title\n    body\n    url\n    createdAt\n    readAt\n    workOrder {\n      id\n      number\n      title\n    }\n  }\n"): (typeof documents)["\n  fragment NotificationItemFields on Notification {\n    id\n    template\n    title\n    body\n    url\n    createdAt\n    readAt\n    workOrder {\n      id\n      number\n      title\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n"): (typeof documents)["\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyNotifications($first: Int!, $after: String) {\n    notifications(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...NotificationItemFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyNotifications($first: Int!, $after: String) {\n    notifications(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...NotificationItemFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription NotificationAdded {\n    notificationAdded {\n      ...NotificationItemFields\n    }\n  }\n"): (typeof documents)["\n  subscription NotificationAdded {\n    notificationAdded {\n      ...NotificationItemFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkNotificationsRead($input: MarkNotificationsReadInput!) {\n    markNotificationsRead(input: $input) {\n      unreadCount\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation MarkNotificationsRead($input: MarkNotificationsReadInput!) {\n    markNotificationsRead(input: $input) {\n      unreadCount\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment NotificationPreferencesFields on NotificationPreferences {\n    events {\n      template\n      label\n      channels\n      defaultChannels\n    }\n    quietHours {\n      start\n      end\n      timeZone\n    }\n    hasPhone\n    pushSubscriptions\n  }\n"): (typeof documents)["\n  fragment NotificationPreferencesFields on NotificationPreferences {\n    events {\n      template\n      label\n      channels\n      defaultChannels\n    }\n    quietHours {\n      start\n      end\n      timeZone\n    }\n    hasPhone\n    pushSubscriptions\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NotificationSettings {\n    notificationPreferences {\n      ...NotificationPreferencesFields\n    }\n  }\n"): (typeof documents)["\n  query NotificationSettings {\n    notificationPreferences {\n      ...NotificationPreferencesFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateNotificationPreferences($input: UpdateNotificationPreferencesInput!) {\n    updateNotificationPreferences(input: $input) {\n      preferences {\n        ...NotificationPreferencesFields\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateNotificationPreferences($input: UpdateNotificationPreferencesInput!) {\n    updateNotificationPreferences(input: $input) {\n      preferences {\n        ...NotificationPreferencesFields\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VapidPublicKey {\n    vapidPublicKey\n  }\n"): (typeof documents)["\n  query VapidPublicKey {\n    vapidPublicKey\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegisterPushSubscription($input: PushSubscriptionInput!) {\n    registerPushSubscription(input: $input) {\n      pushSubscriptions\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RegisterPushSubscription($input: PushSubscriptionInput!) {\n    registerPushSubscription(input: $input) {\n      pushSubscriptions\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnregisterPushSubscription($input: UnregisterPushSubscriptionInput!) {\n    unregisterPushSubscription(input: $input) {\n      pushSubscriptions\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UnregisterPushSubscription($input: UnregisterPushSubscriptionInput!) {\n    unregisterPushSubscription(input: $input) {\n      pushSubscriptions\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PortalWelcome($propertyId: ID!) {\n    portalWelcome(propertyId: $propertyId) {\n      propertyName\n      companyName\n      emergencyHotline\n    }\n  }\n"): (typeof documents)["\n  query PortalWelcome($propertyId: ID!) {\n    portalWelcome(propertyId: $propertyId) {\n      propertyName\n      companyName\n      emergencyHotline\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Invitation($token: String!) {\n    invitation(token: $token) {\n      email\n      name\n      expiresAt\n    }\n  }\n"): (typeof documents)["\n  query Invitation($token: String!) {\n    invitation(token: $token) {\n      email\n      name\n      expiresAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptInvite($input: AcceptInviteInput!) {\n    acceptInvite(input: $input) {\n      token\n      expiresAt\n      user {\n        id\n        name\n        role\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AcceptInvite($input: AcceptInviteInput!) {\n    acceptInvite(input: $input) {\n      token\n      expiresAt\n      user {\n        id\n        name\n        role\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MoneyFields on Money {\n    amountCents\n    currency\n  }\n"): (typeof documents)["\n  fragment MoneyFields on Money {\n    amountCents\n    currency\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyRentLedger {\n    rentLedger {\n      balance {\n        ...MoneyFields\n      }\n      overdue {\n        ...MoneyFields\n      }\n      nextDue {\n        dueOn\n        overdue\n        amount {\n          ...MoneyFields\n        }\n      }\n      entries {\n        id\n        kind\n        date\n        description\n        reference\n        amount {\n          ...MoneyFields\n        }\n      }\n      tenancy {\n        id\n        unit {\n          id\n          label\n          property {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyRentLedger {\n    rentLedger {\n      balance {\n        ...MoneyFields\n      }\n      overdue {\n        ...MoneyFields\n      }\n      nextDue {\n        dueOn\n        overdue\n        amount {\n          ...MoneyFields\n        }\n      }\n      entries {\n        id\n        kind\n        date\n        description\n        reference\n        amount {\n          ...MoneyFields\n        }\n      }\n      tenancy {\n        id\n        unit {\n          id\n          label\n          property {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestReschedule($input: RequestRescheduleInput!) {\n    requestReschedule(input: $input) {\n      workOrder {\n        ...RequestDetailFields\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RequestReschedule($input: RequestRescheduleInput!) {\n    requestReschedule(input: $input) {\n      workOrder {\n        ...RequestDetailFields\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConfirmResolution($input: ConfirmResolutionInput!) {\n    confirmResolution(input: $input) {\n      workOrder {\n        ...RequestDetailFields\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ConfirmResolution($input: ConfirmResolutionInput!) {\n    confirmResolution(input: $input) {\n      workOrder {\n        ...RequestDetailFields\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReopenWorkOrder($input: ReopenWorkOrderInput!) {\n    reopenWorkOrder(input: $input) {\n      workOrder {\n        ...RequestDetailFields\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ReopenWorkOrder($input: ReopenWorkOrderInput!) {\n    reopenWorkOrder(input: $input) {\n      workOrder {\n        ...RequestDetailFields\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelWorkOrder($input: CancelWorkOrderInput!) {\n    cancelWorkOrder(input: $input) {\n      workOrder {\n        ...RequestDetailFields\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CancelWorkOrder($input: CancelWorkOrderInput!) {\n    cancelWorkOrder(input: $input) {\n      workOrder {\n        ...RequestDetailFields\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AppointmentFields on WorkOrder {\n    appointment {\n      startsAt\n      endsAt\n      eta\n      runningLateNote\n    }\n    rescheduleRequest {\n      windows {\n        startsAt\n        endsAt\n      }\n      reason\n      requestedAt\n    }\n  }\n"): (typeof documents)["\n  fragment AppointmentFields on WorkOrder {\n    appointment {\n      startsAt\n      endsAt\n      eta\n      runningLateNote\n    }\n    rescheduleRequest {\n      windows {\n        startsAt\n        endsAt\n      }\n      reason\n      requestedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SlaPromiseFields on WorkOrder {\n    sla {\n      state\n      response {\n        dueAt\n        metAt\n      }\n      resolution {\n        dueAt\n        metAt\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment SlaPromiseFields on WorkOrder {\n    sla {\n      state\n      response {\n        dueAt\n        metAt\n      }\n      resolution {\n        dueAt\n        metAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RequestCardFields on WorkOrder {\n    id\n    number\n    title\n    status\n    priority\n    createdAt\n    updatedAt\n    category {\n      id\n      name\n    }\n    property {\n      id\n      timezone\n    }\n    availableActions\n    unreadMessageCount\n    ...AppointmentFields\n    ...SlaPromiseFields\n  }\n"): (typeof documents)["\n  fragment RequestCardFields on WorkOrder {\n    id\n    number\n    title\n    status\n    priority\n    createdAt\n    updatedAt\n    category {\n      id\n      name\n    }\n    property {\n      id\n      timezone\n    }\n    availableActions\n    unreadMessageCount\n    ...AppointmentFields\n    ...SlaPromiseFields\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyRequests {\n    workOrders(first: 50, orderBy: { field: CREATED_AT, direction: DESC }) {\n      totalCount\n      nodes {\n        ...RequestCardFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyRequests {\n    workOrders(first: 50, orderBy: { field: CREATED_AT, direction: DESC }) {\n      totalCount\n      nodes {\n        ...RequestCardFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription MyRequestsChanged {\n    workOrderChanged {\n      kind\n      at\n      workOrder {\n        ...RequestCardFields\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription MyRequestsChanged {\n    workOrderChanged {\n      kind\n      at\n      workOrder {\n        ...RequestCardFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AttachmentFields on Attachment {\n    id\n    kind\n    contentType\n    size\n    url\n    thumbnailUrl\n    originalName\n  }\n"): (typeof documents)["\n  fragment AttachmentFields on Attachment {\n    id\n    kind\n    contentType\n    size\n    url\n    thumbnailUrl\n    originalName\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RequestDetailFields on WorkOrder {\n    id\n    number\n    title\n    description\n    status\n    priority\n    reportedSeverity\n    triageReasons\n    locationKind\n    locationDetail\n    permissionToEnter\n    createdAt\n    updatedAt\n    version\n    availableActions\n    unreadMessageCount\n    completionNotes\n    completedAt\n    closedAt\n    ...AppointmentFields\n    ...SlaPromiseFields\n    rating {\n      score\n      comment\n      ratedAt\n    }\n    category {\n      id\n      name\n    }\n    unit {\n      id\n      label\n    }\n    property {\n      id\n      name\n      timezone\n      emergencyHotline\n      afterHoursInstructions\n    }\n    assignee {\n      ... on Vendor {\n        id\n        name\n      }\n      ... on Technician {\n        id\n        name\n      }\n    }\n    availability {\n      startsAt\n      endsAt\n    }\n    timeline {\n      id\n      kind\n      summary\n      at\n      actor {\n        id\n        name\n      }\n    }\n    attachments {\n      ...AttachmentFields\n    }\n  }\n"): (typeof documents)["\n  fragment RequestDetailFields on WorkOrder {\n    id\n    number\n    title\n    description\n    status\n    priority\n    reportedSeverity\n    triageReasons\n    locationKind\n    locationDetail\n    permissionToEnter\n    createdAt\n    updatedAt\n    version\n    availableActions\n    unreadMessageCount\n    completionNotes\n    completedAt\n    closedAt\n    ...AppointmentFields\n    ...SlaPromiseFields\n    rating {\n      score\n      comment\n      ratedAt\n    }\n    category {\n      id\n      name\n    }\n    unit {\n      id\n      label\n    }\n    property {\n      id\n      name\n      timezone\n      emergencyHotline\n      afterHoursInstructions\n    }\n    assignee {\n      ... on Vendor {\n        id\n        name\n      }\n      ... on Technician {\n        id\n        name\n      }\n    }\n    availability {\n      startsAt\n      endsAt\n    }\n    timeline {\n      id\n      kind\n      summary\n      at\n      actor {\n        id\n        name\n      }\n    }\n    attachments {\n      ...AttachmentFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RequestDetail($id: ID!) {\n    workOrder(id: $id) {\n      ...RequestDetailFields\n    }\n  }\n"): (typeof documents)["\n  query RequestDetail($id: ID!) {\n    workOrder(id: $id) {\n      ...RequestDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription RequestChanged($id: ID!) {\n    workOrderChanged(filter: { workOrderId: $id }) {\n      kind\n      at\n      workOrder {\n        ...RequestDetailFields\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription RequestChanged($id: ID!) {\n    workOrderChanged(filter: { workOrderId: $id }) {\n      kind\n      at\n      workOrder {\n        ...RequestDetailFields\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;