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
    "\n  query Viewer {\n    viewer {\n      id\n      name\n      email\n      role\n    }\n  }\n": typeof types.ViewerDocument,
    "\n  fragment BoardCard on WorkOrder {\n    id\n    number\n    title\n    status\n    version\n    priority\n    needsReview\n    locationKind\n    locationDetail\n    createdAt\n    updatedAt\n    property {\n      id\n      name\n    }\n    unit {\n      id\n      label\n    }\n    assignee {\n      ... on Vendor {\n        id\n        name\n      }\n      ... on Technician {\n        id\n        name\n      }\n    }\n  }\n": typeof types.BoardCardFragmentDoc,
    "\n  query BoardColumn($filter: WorkOrderFilter!, $first: Int!) {\n    workOrders(filter: $filter, first: $first, orderBy: { field: CREATED_AT, direction: DESC }) {\n      totalCount\n      pageInfo {\n        hasNextPage\n      }\n      nodes {\n        ...BoardCard\n      }\n    }\n  }\n": typeof types.BoardColumnDocument,
    "\n  query BoardFilterOptions {\n    properties(first: 100) {\n      nodes {\n        id\n        name\n      }\n    }\n    categories {\n      id\n      name\n    }\n    vendors(first: 100) {\n      nodes {\n        id\n        name\n      }\n    }\n    technicians {\n      id\n      name\n    }\n  }\n": typeof types.BoardFilterOptionsDocument,
    "\n  subscription BoardWorkOrderChanged($filter: WorkOrderChangeFilter) {\n    workOrderChanged(filter: $filter) {\n      kind\n      at\n      workOrder {\n        ...BoardCard\n      }\n    }\n  }\n": typeof types.BoardWorkOrderChangedDocument,
    "\n  query WorkOrderDetail($id: ID!) {\n    workOrder(id: $id) {\n      id\n      number\n      title\n      description\n      status\n      version\n      priority\n      reportedSeverity\n      triageReasons\n      needsReview\n      locationKind\n      locationDetail\n      permissionToEnter\n      createdAt\n      updatedAt\n      category {\n        id\n        name\n      }\n      property {\n        id\n        name\n        address\n        timezone\n      }\n      unit {\n        id\n        label\n      }\n      requester {\n        id\n        name\n      }\n      access {\n        gateCode\n        lockboxCode\n        pets\n        bestContactMethod\n        preferredTimes\n        notes\n      }\n      availability {\n        startsAt\n        endsAt\n      }\n      assignee {\n        ... on Vendor {\n          id\n          name\n        }\n        ... on Technician {\n          id\n          name\n        }\n      }\n      timeline {\n        id\n        kind\n        at\n        summary\n        actor {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.WorkOrderDetailDocument,
    "\n  query TriageCategories {\n    categories {\n      id\n      name\n    }\n  }\n": typeof types.TriageCategoriesDocument,
    "\n  mutation TriageWorkOrder($input: TriageWorkOrderInput!) {\n    triageWorkOrder(input: $input) {\n      workOrder {\n        id\n        version\n        priority\n        triageReasons\n        needsReview\n        updatedAt\n        category {\n          id\n          name\n        }\n        timeline {\n          id\n          kind\n          at\n          summary\n          actor {\n            id\n            name\n          }\n        }\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n": typeof types.TriageWorkOrderDocument,
    "\n  subscription WorkOrderDrawerChanged($workOrderId: ID!) {\n    workOrderChanged(filter: { workOrderId: $workOrderId }) {\n      kind\n      at\n      workOrder {\n        id\n        version\n        status\n        priority\n        updatedAt\n      }\n    }\n  }\n": typeof types.WorkOrderDrawerChangedDocument,
};
const documents: Documents = {
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      token\n      expiresAt\n      user {\n        id\n        name\n        role\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n": types.LoginDocument,
    "\n  query Viewer {\n    viewer {\n      id\n      name\n      email\n      role\n    }\n  }\n": types.ViewerDocument,
    "\n  fragment BoardCard on WorkOrder {\n    id\n    number\n    title\n    status\n    version\n    priority\n    needsReview\n    locationKind\n    locationDetail\n    createdAt\n    updatedAt\n    property {\n      id\n      name\n    }\n    unit {\n      id\n      label\n    }\n    assignee {\n      ... on Vendor {\n        id\n        name\n      }\n      ... on Technician {\n        id\n        name\n      }\n    }\n  }\n": types.BoardCardFragmentDoc,
    "\n  query BoardColumn($filter: WorkOrderFilter!, $first: Int!) {\n    workOrders(filter: $filter, first: $first, orderBy: { field: CREATED_AT, direction: DESC }) {\n      totalCount\n      pageInfo {\n        hasNextPage\n      }\n      nodes {\n        ...BoardCard\n      }\n    }\n  }\n": types.BoardColumnDocument,
    "\n  query BoardFilterOptions {\n    properties(first: 100) {\n      nodes {\n        id\n        name\n      }\n    }\n    categories {\n      id\n      name\n    }\n    vendors(first: 100) {\n      nodes {\n        id\n        name\n      }\n    }\n    technicians {\n      id\n      name\n    }\n  }\n": types.BoardFilterOptionsDocument,
    "\n  subscription BoardWorkOrderChanged($filter: WorkOrderChangeFilter) {\n    workOrderChanged(filter: $filter) {\n      kind\n      at\n      workOrder {\n        ...BoardCard\n      }\n    }\n  }\n": types.BoardWorkOrderChangedDocument,
    "\n  query WorkOrderDetail($id: ID!) {\n    workOrder(id: $id) {\n      id\n      number\n      title\n      description\n      status\n      version\n      priority\n      reportedSeverity\n      triageReasons\n      needsReview\n      locationKind\n      locationDetail\n      permissionToEnter\n      createdAt\n      updatedAt\n      category {\n        id\n        name\n      }\n      property {\n        id\n        name\n        address\n        timezone\n      }\n      unit {\n        id\n        label\n      }\n      requester {\n        id\n        name\n      }\n      access {\n        gateCode\n        lockboxCode\n        pets\n        bestContactMethod\n        preferredTimes\n        notes\n      }\n      availability {\n        startsAt\n        endsAt\n      }\n      assignee {\n        ... on Vendor {\n          id\n          name\n        }\n        ... on Technician {\n          id\n          name\n        }\n      }\n      timeline {\n        id\n        kind\n        at\n        summary\n        actor {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.WorkOrderDetailDocument,
    "\n  query TriageCategories {\n    categories {\n      id\n      name\n    }\n  }\n": types.TriageCategoriesDocument,
    "\n  mutation TriageWorkOrder($input: TriageWorkOrderInput!) {\n    triageWorkOrder(input: $input) {\n      workOrder {\n        id\n        version\n        priority\n        triageReasons\n        needsReview\n        updatedAt\n        category {\n          id\n          name\n        }\n        timeline {\n          id\n          kind\n          at\n          summary\n          actor {\n            id\n            name\n          }\n        }\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n": types.TriageWorkOrderDocument,
    "\n  subscription WorkOrderDrawerChanged($workOrderId: ID!) {\n    workOrderChanged(filter: { workOrderId: $workOrderId }) {\n      kind\n      at\n      workOrder {\n        id\n        version\n        status\n        priority\n        updatedAt\n      }\n    }\n  }\n": types.WorkOrderDrawerChangedDocument,
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
export function graphql(source: "\n  query Viewer {\n    viewer {\n      id\n      name\n      email\n      role\n    }\n  }\n"): (typeof documents)["\n  query Viewer {\n    viewer {\n      id\n      name\n      email\n      role\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment BoardCard on WorkOrder {\n    id\n    number\n    title\n    status\n    version\n    priority\n    needsReview\n    locationKind\n    locationDetail\n    createdAt\n    updatedAt\n    property {\n      id\n      name\n    }\n    unit {\n      id\n      label\n    }\n    assignee {\n      ... on Vendor {\n        id\n        name\n      }\n      ... on Technician {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment BoardCard on WorkOrder {\n    id\n    number\n    title\n    status\n    version\n    priority\n    needsReview\n    locationKind\n    locationDetail\n    createdAt\n    updatedAt\n    property {\n      id\n      name\n    }\n    unit {\n      id\n      label\n    }\n    assignee {\n      ... on Vendor {\n        id\n        name\n      }\n      ... on Technician {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BoardColumn($filter: WorkOrderFilter!, $first: Int!) {\n    workOrders(filter: $filter, first: $first, orderBy: { field: CREATED_AT, direction: DESC }) {\n      totalCount\n      pageInfo {\n        hasNextPage\n      }\n      nodes {\n        ...BoardCard\n      }\n    }\n  }\n"): (typeof documents)["\n  query BoardColumn($filter: WorkOrderFilter!, $first: Int!) {\n    workOrders(filter: $filter, first: $first, orderBy: { field: CREATED_AT, direction: DESC }) {\n      totalCount\n      pageInfo {\n        hasNextPage\n      }\n      nodes {\n        ...BoardCard\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BoardFilterOptions {\n    properties(first: 100) {\n      nodes {\n        id\n        name\n      }\n    }\n    categories {\n      id\n      name\n    }\n    vendors(first: 100) {\n      nodes {\n        id\n        name\n      }\n    }\n    technicians {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  query BoardFilterOptions {\n    properties(first: 100) {\n      nodes {\n        id\n        name\n      }\n    }\n    categories {\n      id\n      name\n    }\n    vendors(first: 100) {\n      nodes {\n        id\n        name\n      }\n    }\n    technicians {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription BoardWorkOrderChanged($filter: WorkOrderChangeFilter) {\n    workOrderChanged(filter: $filter) {\n      kind\n      at\n      workOrder {\n        ...BoardCard\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription BoardWorkOrderChanged($filter: WorkOrderChangeFilter) {\n    workOrderChanged(filter: $filter) {\n      kind\n      at\n      workOrder {\n        ...BoardCard\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WorkOrderDetail($id: ID!) {\n    workOrder(id: $id) {\n      id\n      number\n      title\n      description\n      status\n      version\n      priority\n      reportedSeverity\n      triageReasons\n      needsReview\n      locationKind\n      locationDetail\n      permissionToEnter\n      createdAt\n      updatedAt\n      category {\n        id\n        name\n      }\n      property {\n        id\n        name\n        address\n        timezone\n      }\n      unit {\n        id\n        label\n      }\n      requester {\n        id\n        name\n      }\n      access {\n        gateCode\n        lockboxCode\n        pets\n        bestContactMethod\n        preferredTimes\n        notes\n      }\n      availability {\n        startsAt\n        endsAt\n      }\n      assignee {\n        ... on Vendor {\n          id\n          name\n        }\n        ... on Technician {\n          id\n          name\n        }\n      }\n      timeline {\n        id\n        kind\n        at\n        summary\n        actor {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query WorkOrderDetail($id: ID!) {\n    workOrder(id: $id) {\n      id\n      number\n      title\n      description\n      status\n      version\n      priority\n      reportedSeverity\n      triageReasons\n      needsReview\n      locationKind\n      locationDetail\n      permissionToEnter\n      createdAt\n      updatedAt\n      category {\n        id\n        name\n      }\n      property {\n        id\n        name\n        address\n        timezone\n      }\n      unit {\n        id\n        label\n      }\n      requester {\n        id\n        name\n      }\n      access {\n        gateCode\n        lockboxCode\n        pets\n        bestContactMethod\n        preferredTimes\n        notes\n      }\n      availability {\n        startsAt\n        endsAt\n      }\n      assignee {\n        ... on Vendor {\n          id\n          name\n        }\n        ... on Technician {\n          id\n          name\n        }\n      }\n      timeline {\n        id\n        kind\n        at\n        summary\n        actor {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TriageCategories {\n    categories {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  query TriageCategories {\n    categories {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TriageWorkOrder($input: TriageWorkOrderInput!) {\n    triageWorkOrder(input: $input) {\n      workOrder {\n        id\n        version\n        priority\n        triageReasons\n        needsReview\n        updatedAt\n        category {\n          id\n          name\n        }\n        timeline {\n          id\n          kind\n          at\n          summary\n          actor {\n            id\n            name\n          }\n        }\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation TriageWorkOrder($input: TriageWorkOrderInput!) {\n    triageWorkOrder(input: $input) {\n      workOrder {\n        id\n        version\n        priority\n        triageReasons\n        needsReview\n        updatedAt\n        category {\n          id\n          name\n        }\n        timeline {\n          id\n          kind\n          at\n          summary\n          actor {\n            id\n            name\n          }\n        }\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription WorkOrderDrawerChanged($workOrderId: ID!) {\n    workOrderChanged(filter: { workOrderId: $workOrderId }) {\n      kind\n      at\n      workOrder {\n        id\n        version\n        status\n        priority\n        updatedAt\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription WorkOrderDrawerChanged($workOrderId: ID!) {\n    workOrderChanged(filter: { workOrderId: $workOrderId }) {\n      kind\n      at\n      workOrder {\n        id\n        version\n        status\n        priority\n        updatedAt\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;