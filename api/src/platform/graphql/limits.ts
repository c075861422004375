import {
  GraphQLError,
  Kind,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValueNode,
} from 'graphql';

/** Query limits (API.md convention 8), as data. */
export const LIMITS = {
  maxDepth: 12,
  maxAliases: 30,
  /** Nodes an operation may ask for: fields × requested page sizes, like GitHub's node limit. */
  maxCost: 25_000,
  /** Page size assumed for a connection asked without `first`. */
  defaultPageSize: 20,
  /** Rate-limit points per identity per hour, like GitHub's 5,000. */
  pointsPerHour: 5_000,
  /** One point per this many nodes, at least one per operation. */
  nodesPerPoint: 100,
} as const;

export interface OperationAnalysis {
  depth: number;
  aliases: number;
  cost: number;
}

const argValue = (node: ValueNode | undefined, variables: Record<string, unknown>): unknown => {
  if (node === undefined) return undefined;
  if (node.kind === Kind.INT) return Number(node.value);
  if (node.kind === Kind.VARIABLE) return variables[node.name.value];
  return undefined;
};

/** Depth, aliases and cost of the operation that will run, with fragments expanded and variables applied. */
export const analyzeOperation = (
  document: DocumentNode,
  operationName: string | null | undefined,
  variables: Record<string, unknown> = {},
): OperationAnalysis => {
  const fragments = new Map<string, FragmentDefinitionNode>();
  const operations: OperationDefinitionNode[] = [];
  for (const def of document.definitions) {
    if (def.kind === Kind.FRAGMENT_DEFINITION) fragments.set(def.name.value, def);
    if (def.kind === Kind.OPERATION_DEFINITION) operations.push(def);
  }
  const operation = operationName ? operations.find((o) => o.name?.value === operationName) : operations[0];
  if (operation === undefined) return { depth: 0, aliases: 0, cost: 0 };
  let aliases = 0;
  let maxDepth = 0;
  const visit = (set: SelectionSetNode, depth: number, multiplier: number, seen: Set<string>): number => {
    let cost = 0;
    for (const selection of set.selections) {
      if (selection.kind === Kind.FRAGMENT_SPREAD) {
        const name = selection.name.value;
        const fragment = fragments.get(name);
        if (fragment !== undefined && !seen.has(name)) {
          cost += visit(fragment.selectionSet, depth, multiplier, new Set([...seen, name]));
        }
        continue;
      }
      if (selection.kind === Kind.INLINE_FRAGMENT) {
        cost += visit(selection.selectionSet, depth, multiplier, seen);
        continue;
      }
      const field: FieldNode = selection;
      // introspection (`__schema`, `__type`) is deep by nature and cheap: it is not counted against the limits
      if (field.name.value.startsWith('__')) {
        cost += multiplier;
        continue;
      }
      if (field.alias) aliases += 1;
      maxDepth = Math.max(maxDepth, depth);
      cost += multiplier;
      if (field.selectionSet) {
        const first = argValue(field.arguments?.find((a) => a.name.value === 'first')?.value, variables);
        const isConnection = field.selectionSet.selections.some(
          (s) => s.kind === Kind.FIELD && (s.name.value === 'edges' || s.name.value === 'nodes'),
        );
        const page = typeof first === 'number' ? first : isConnection ? LIMITS.defaultPageSize : 1;
        cost += visit(field.selectionSet, depth + 1, multiplier * Math.max(1, page), seen);
      }
    }
    return cost;
  };
  const cost = visit(operation.selectionSet, 1, 1, new Set());
  return { depth: maxDepth, aliases, cost };
};

const limitError = (message: string, limit: string, figure: number, max: number): GraphQLError =>
  new GraphQLError(message, {
    extensions: { code: 'LIMIT_EXCEEDED', limit, figure, max, http: { status: 400 } },
  });

/** The first limit the operation exceeds, as an error naming the limit and the figure; null when within all. */
export const limitViolation = (analysis: OperationAnalysis): GraphQLError | null => {
  if (analysis.depth > LIMITS.maxDepth) {
    return limitError(
      `Query depth ${analysis.depth} exceeds the maximum of ${LIMITS.maxDepth}.`,
      'depth',
      analysis.depth,
      LIMITS.maxDepth,
    );
  }
  if (analysis.aliases > LIMITS.maxAliases) {
    return limitError(
      `${analysis.aliases} aliases exceed the maximum of ${LIMITS.maxAliases} per operation.`,
      'aliases',
      analysis.aliases,
      LIMITS.maxAliases,
    );
  }
  if (analysis.cost > LIMITS.maxCost) {
    return limitError(
      `Query cost ${analysis.cost} exceeds the maximum of ${LIMITS.maxCost} (fields × requested page sizes); ask for smaller pages.`,
      'cost',
      analysis.cost,
      LIMITS.maxCost,
    );
  }
  return null;
};

export const pointsFor = (cost: number): number => Math.max(1, Math.ceil(cost / LIMITS.nodesPerPoint));

export interface Budget {
  limit: number;
  used: number;
  remaining: number;
  resetAt: Date;
}

/** Points spent per identity per hour. In-process; with several api instances, give each its share or use Redis. */
export interface RateLimiter {
  consume(identity: string, points: number, now?: Date): Promise<Budget & { allowed: boolean }>;
}

export class MemoryRateLimiter implements RateLimiter {
  private readonly windows = new Map<string, { start: number; used: number }>();

  constructor(private readonly limit: number = LIMITS.pointsPerHour) {}

  async consume(identity: string, points: number, now = new Date()): Promise<Budget & { allowed: boolean }> {
    const hour = 3_600_000;
    const start = Math.floor(now.getTime() / hour) * hour;
    let window = this.windows.get(identity);
    if (window === undefined || window.start !== start) {
      window = { start, used: 0 };
      this.windows.set(identity, window);
      if (this.windows.size > 100_000) this.prune(start);
    }
    const allowed = window.used + points <= this.limit;
    if (allowed) window.used += points;
    return {
      allowed,
      limit: this.limit,
      used: window.used,
      remaining: Math.max(0, this.limit - window.used),
      resetAt: new Date(start + hour),
    };
  }

  private prune(current: number): void {
    for (const [key, w] of this.windows) if (w.start !== current) this.windows.delete(key);
  }
}

export const rateLimitError = (budget: Budget, points: number): GraphQLError =>
  new GraphQLError(
    `Rate limit exceeded: this operation costs ${points} points and ${budget.remaining} of ${budget.limit} remain this hour; the budget resets at ${budget.resetAt.toISOString()}.`,
    {
      extensions: {
        code: 'RATE_LIMITED',
        limit: 'pointsPerHour',
        figure: budget.used + points,
        max: budget.limit,
        resetAt: budget.resetAt.toISOString(),
        http: { status: 429 },
      },
    },
  );
