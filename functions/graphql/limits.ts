import {
  GraphQLError,
  Kind,
  type ASTVisitor,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLType,
  type GraphQLField,
  type GraphQLSchema,
  type SelectionSetNode,
  type ValidationContext,
  type ValidationRule,
} from 'graphql';

/**
 * Request limits that keep one query from costing the province a fortune. Static ones
 * (depth, aliases, directives, estimated cost) are checked at validation, before any
 * resolver runs, and tokens at parse; the run-time ones (records returned, response
 * bytes, time) by the request budget (budget.ts) while it executes. Each refusal names
 * the limit and its value and carries `extensions.code = LIMIT_EXCEEDED`.
 */
export interface Limits {
  readonly maxDepth: number;
  readonly maxAliases: number;
  readonly maxDirectives: number;
  readonly maxCost: number;
  readonly maxTokens: number;
  /** Objects one request may return in lists, all fields and aliases together. */
  readonly maxRecords: number;
  /** Bytes of scalar values one response may carry (an estimate counted as fields resolve). */
  readonly maxResponseBytes: number;
  /** Milliseconds a query may run; checked at each resolver (graphql-js 16 cannot abort). */
  readonly timeBudgetMs: number;
}

export const defaultLimits: Limits = {
  maxDepth: 12,
  maxAliases: 30,
  maxDirectives: 20,
  maxCost: 25_000,
  maxTokens: 5_000,
  maxRecords: 10_000,
  // Lambda's synchronous response limit is 6 MB; keep well under it with JSON's overhead.
  maxResponseBytes: 4 * 1024 * 1024,
  // Under Lambda's 10 s timeout with room to answer; the handler also caps it at Lambda's remaining time.
  timeBudgetMs: 8_000,
};

const numberFrom = (value: string | undefined, fallback: number): number => (value === undefined || value === '' ? fallback : Number(value));

export const limitsFromEnv = (env: NodeJS.ProcessEnv): Limits => ({
  maxDepth: numberFrom(env.LIMIT_DEPTH, defaultLimits.maxDepth),
  maxAliases: numberFrom(env.LIMIT_ALIASES, defaultLimits.maxAliases),
  maxDirectives: numberFrom(env.LIMIT_DIRECTIVES, defaultLimits.maxDirectives),
  maxCost: numberFrom(env.LIMIT_COST, defaultLimits.maxCost),
  maxTokens: numberFrom(env.LIMIT_TOKENS, defaultLimits.maxTokens),
  maxRecords: numberFrom(env.LIMIT_RECORDS, defaultLimits.maxRecords),
  maxResponseBytes: numberFrom(env.LIMIT_RESPONSE_BYTES, defaultLimits.maxResponseBytes),
  timeBudgetMs: numberFrom(env.LIMIT_TIME_MS, defaultLimits.timeBudgetMs),
});

/** The error every limit refusal carries, at validation or while executing. */
export const limitError = (limit: string, max: number, message: string, actual?: number): GraphQLError =>
  new GraphQLError(message, { extensions: { code: 'LIMIT_EXCEEDED', limit, max, ...(actual === undefined ? {} : { actual }) } });

const refuse = (context: ValidationContext, limit: string, max: number, actual: number) =>
  context.reportError(limitError(limit, max, `Query exceeds the ${limit} limit of ${max} (it has ${actual})`, actual));

/**
 * A page size given as a variable is unknown at validation (Apollo caches the validated
 * document for every set of variables): count it at the maximum, as a `first` argument
 * without a schema default is.
 */
const MAX_PAGE = 100;

/**
 * The page a list field will return: its `first` (or `ids`) as written, else the
 * argument's default in the schema — the resolvers read the same default, so the rule
 * and the page cannot disagree.
 */
const pageOf = (selection: FieldNode, field: GraphQLField<unknown, unknown> | undefined): number => {
  const given = selection.arguments?.find((a) => a.name.value === 'first' || a.name.value === 'ids');
  if (given) {
    const v = given.value;
    if (v.kind === Kind.INT) return Number(v.value);
    if (v.kind === Kind.LIST) return v.values.length;
    if (v.kind === Kind.VARIABLE) return MAX_PAGE;
    return 1;
  }
  const declared = field?.args.find((a) => a.name === 'first');
  if (!declared) return 1;
  return typeof declared.defaultValue === 'number' ? declared.defaultValue : MAX_PAGE;
};

interface Measure {
  depth: number;
  aliases: number;
  directives: number;
  cost: number;
}

interface Walk {
  readonly schema: GraphQLSchema;
  readonly fragments: Record<string, FragmentDefinitionNode>;
}

/*
 * Types are told apart by shape, not graphql-js's `is…Type` predicates: those use
 * `instanceof`, and a process may hold two copies of graphql (the ESM one our code
 * imports and the CommonJS one Apollo's Lambda integration loads), each refusing the other's types.
 */
/** The named type under lists and non-nulls. */
export const namedTypeOf = (type: GraphQLType): GraphQLType => {
  let t: GraphQLType = type;
  while ('ofType' in t && t.ofType) t = t.ofType as GraphQLType;
  return t;
};

/** Objects, interfaces and unions: what has a selection set. */
export const isComposite = (type: GraphQLType): type is GraphQLCompositeType => 'getInterfaces' in type || 'getTypes' in type;

const fieldOf = (parent: GraphQLCompositeType | null, name: string): GraphQLField<unknown, unknown> | undefined =>
  parent && 'getFields' in parent ? (parent.getFields()[name] as GraphQLField<unknown, unknown> | undefined) : undefined;

const typeNamed = (walk: Walk, name: string | undefined, fallback: GraphQLCompositeType | null): GraphQLCompositeType | null => {
  if (!name) return fallback;
  const type = walk.schema.getType(name);
  return type && isComposite(type) ? type : null;
};

const measure = (walk: Walk, set: SelectionSetNode, parent: GraphQLCompositeType | null, multiplier: number, seen: Set<string>): Measure => {
  const total: Measure = { depth: 0, aliases: 0, directives: 0, cost: 0 };
  for (const selection of set.selections) {
    total.directives += selection.directives?.length ?? 0;
    let inner: Measure | null = null;
    if (selection.kind === Kind.FIELD) {
      if (selection.alias) total.aliases += 1;
      total.cost += multiplier;
      if (selection.selectionSet) {
        const field = fieldOf(parent, selection.name.value);
        const named = field ? namedTypeOf(field.type) : null;
        const child = named && isComposite(named) ? named : null;
        const size = pageOf(selection, field);
        inner = measure(walk, selection.selectionSet, child, multiplier * Math.max(1, size), seen);
        inner.depth += 1;
      } else {
        total.depth = Math.max(total.depth, 1);
      }
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      inner = measure(walk, selection.selectionSet, typeNamed(walk, selection.typeCondition?.name.value, parent), multiplier, seen);
    } else {
      const name = selection.name.value;
      const fragment = walk.fragments[name];
      if (fragment && !seen.has(name)) {
        inner = measure(walk, fragment.selectionSet, typeNamed(walk, fragment.typeCondition.name.value, parent), multiplier, new Set([...seen, name]));
      }
    }
    if (inner) {
      total.depth = Math.max(total.depth, inner.depth);
      total.aliases += inner.aliases;
      total.directives += inner.directives;
      total.cost += inner.cost;
    }
  }
  return total;
};

/** One validation rule for depth, aliases, directives and cost (a field costs 1 × the page sizes above it). */
export const limitsRule =
  (limits: Limits): ValidationRule =>
  (context): ASTVisitor => ({
    Document(document) {
      const schema = context.getSchema();
      const fragments: Record<string, FragmentDefinitionNode> = {};
      for (const def of document.definitions) if (def.kind === Kind.FRAGMENT_DEFINITION) fragments[def.name.value] = def;
      for (const def of document.definitions) {
        if (def.kind !== Kind.OPERATION_DEFINITION) continue;
        const root = schema.getRootType(def.operation) ?? null;
        const m = measure({ schema, fragments }, def.selectionSet, root, 1, new Set());
        m.directives += def.directives?.length ?? 0;
        // Introspection (the explorer's schema query) nests type references deeply by design.
        const introspection = def.selectionSet.selections.every((sel) => sel.kind === Kind.FIELD && sel.name.value.startsWith('__'));
        if (m.depth > limits.maxDepth && !introspection) refuse(context, 'depth', limits.maxDepth, m.depth);
        if (m.aliases > limits.maxAliases) refuse(context, 'aliases', limits.maxAliases, m.aliases);
        if (m.directives > limits.maxDirectives) refuse(context, 'directives', limits.maxDirectives, m.directives);
        if (m.cost > limits.maxCost) refuse(context, 'cost', limits.maxCost, m.cost);
      }
      return false;
    },
  });
