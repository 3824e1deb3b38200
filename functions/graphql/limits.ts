import {
  GraphQLError,
  Kind,
  type ASTVisitor,
  type FragmentDefinitionNode,
  type SelectionSetNode,
  type ValidationContext,
  type ValidationRule,
} from 'graphql';

/**
 * Request limits that keep one query from costing the province a fortune: depth,
 * aliases, directives and estimated cost, checked at validation (before any resolver
 * runs); tokens at parse. Each refusal names the limit and its value.
 */
export interface Limits {
  readonly maxDepth: number;
  readonly maxAliases: number;
  readonly maxDirectives: number;
  readonly maxCost: number;
  readonly maxTokens: number;
}

export const defaultLimits: Limits = { maxDepth: 12, maxAliases: 30, maxDirectives: 20, maxCost: 25_000, maxTokens: 5_000 };

export const limitsFromEnv = (env: NodeJS.ProcessEnv): Limits => ({
  maxDepth: Number(env.LIMIT_DEPTH ?? defaultLimits.maxDepth),
  maxAliases: Number(env.LIMIT_ALIASES ?? defaultLimits.maxAliases),
  maxDirectives: Number(env.LIMIT_DIRECTIVES ?? defaultLimits.maxDirectives),
  maxCost: Number(env.LIMIT_COST ?? defaultLimits.maxCost),
  maxTokens: Number(env.LIMIT_TOKENS ?? defaultLimits.maxTokens),
});

const refuse = (context: ValidationContext, limit: string, max: number, actual: number) =>
  context.reportError(
    new GraphQLError(`Query exceeds the ${limit} limit of ${max} (it has ${actual})`, {
      extensions: { code: 'LIMIT_EXCEEDED', limit, max, actual },
    }),
  );

/** A page size given as a variable is unknown at validation: count it at the maximum. */
const VARIABLE_PAGE = 100;

interface Measure {
  depth: number;
  aliases: number;
  directives: number;
  cost: number;
}

const measure = (
  set: SelectionSetNode,
  fragments: Record<string, FragmentDefinitionNode>,
  multiplier: number,
  seen: Set<string>,
): Measure => {
  const total: Measure = { depth: 0, aliases: 0, directives: 0, cost: 0 };
  for (const selection of set.selections) {
    total.directives += selection.directives?.length ?? 0;
    let inner: Measure | null = null;
    if (selection.kind === Kind.FIELD) {
      if (selection.alias) total.aliases += 1;
      total.cost += multiplier;
      if (selection.selectionSet) {
        const first = selection.arguments?.find((a) => a.name.value === 'first' || a.name.value === 'ids');
        let size = 1;
        if (first) {
          const v = first.value;
          if (v.kind === Kind.INT) size = Number(v.value);
          else if (v.kind === Kind.LIST) size = v.values.length;
          else if (v.kind === Kind.VARIABLE) size = VARIABLE_PAGE;
        }
        inner = measure(selection.selectionSet, fragments, multiplier * Math.max(1, size), seen);
        inner.depth += 1;
      } else {
        total.depth = Math.max(total.depth, 1);
      }
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      inner = measure(selection.selectionSet, fragments, multiplier, seen);
    } else {
      const name = selection.name.value;
      const fragment = fragments[name];
      if (fragment && !seen.has(name)) {
        inner = measure(fragment.selectionSet, fragments, multiplier, new Set([...seen, name]));
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
      const fragments: Record<string, FragmentDefinitionNode> = {};
      for (const def of document.definitions) if (def.kind === Kind.FRAGMENT_DEFINITION) fragments[def.name.value] = def;
      for (const def of document.definitions) {
        if (def.kind !== Kind.OPERATION_DEFINITION) continue;
        const m = measure(def.selectionSet, fragments, 1, new Set());
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
