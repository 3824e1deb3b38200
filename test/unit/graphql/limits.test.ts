import { buildSchema, getIntrospectionQuery, parse, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import { defaultLimits, limitsRule } from '../../../functions/graphql/limits';

/** The request limits, on a small schema shaped like ours (connections of nodes). */
const schema = buildSchema(`
  type Query { plans(first: Int): PlanConnection  plan: Plan }
  type PlanConnection { nodes: [Plan] }
  type Plan { number: String  tasks(first: Int): TaskConnection  parent: Plan }
  type TaskConnection { nodes: [Task] }
  type Task { code: String  plan: Plan }
`);

const errors = (query: string) => validate(schema, parse(query), [limitsRule(defaultLimits)]).map((e) => e.message);

describe('limitsRule', () => {
  it('accepts the acceptance query of the foundation', () => {
    // Act & Assess
    expect(errors('{ plans(first: 10) { nodes { number tasks(first: 100) { nodes { code } } } } }')).toEqual([]);
  });

  it('refuses depth 20, naming the limit and its value', () => {
    // Prepare
    const deep = `{ plan { ${'parent { '.repeat(19)}number${' }'.repeat(19)} } }`;
    // Act & Assess
    expect(errors(deep)).toEqual(['Query exceeds the depth limit of 12 (it has 21)']);
  });

  it('refuses 50 aliases', () => {
    // Prepare
    const aliased = `{ ${Array.from({ length: 50 }, (_, i) => `a${i}: plan { number }`).join(' ')} }`;
    // Act & Assess
    expect(errors(aliased)).toEqual(['Query exceeds the aliases limit of 30 (it has 50)']);
  });

  it('refuses too many directives', () => {
    // Prepare
    const directed = `{ plan { ${Array.from({ length: 21 }, (_, i) => `n${i}: number @include(if: true)`).join(' ')} } }`;
    // Act & Assess
    expect(errors(directed)).toContain('Query exceeds the directives limit of 20 (it has 21)');
  });

  it('refuses a cost that multiplies page sizes past the limit, counting a variable page at 100', () => {
    // Act
    const nested = errors('{ plans(first: 100) { nodes { tasks(first: 100) { nodes { plan { tasks(first: 100) { nodes { code } } } } } } } }');
    const variable = errors('query($n: Int) { plans(first: $n) { nodes { tasks(first: $n) { nodes { code plan { number } } } } } }');
    // Assess
    expect(nested[0]).toMatch(/^Query exceeds the cost limit of 25000 \(it has \d+\)$/);
    expect(variable).toEqual(['Query exceeds the cost limit of 25000 (it has 40201)']);
  });

  it('follows fragments without looping and lets introspection through the depth limit', () => {
    // Act & Assess
    expect(errors('query { plan { ...P } } fragment P on Plan { number parent { number } }')).toEqual([]);
    expect(errors(getIntrospectionQuery())).toEqual([]);
  });
});
