import { buildASTSchema, buildSchema, getIntrospectionQuery, parse, validate, type GraphQLObjectType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { defaultLimits, limitsRule } from '../../../functions/graphql/limits';
import { typeDefs } from '../../../functions/graphql/resolvers/typeDefs.generated';

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

  it('counts a list without `first` at its schema default, and at the 100 maximum when the schema gives none', () => {
    // Prepare
    const defaulted = buildSchema(`
      type Query { startups(first: Int = 20): StartupConnection  undeclared(first: Int): StartupConnection }
      type StartupConnection { nodes: [Startup] }
      type Startup { name: String  mentors(first: Int = 20): MentorConnection }
      type MentorConnection { nodes: [Mentor] }
      type Mentor { name: String  startups(first: Int = 20): StartupConnection }
    `);
    const cost = (query: string) => validate(defaulted, parse(query), [limitsRule({ ...defaultLimits, maxCost: 0 })]).map((e) => e.message);
    // Act & Assess: startups 1 + 20 nodes × (name + mentors) + 400 mentor nodes × name = 861; written out, the same.
    expect(cost('{ startups { nodes { name mentors { nodes { name } } } } }')).toEqual(['Query exceeds the cost limit of 0 (it has 861)']);
    expect(cost('{ startups(first: 20) { nodes { name mentors(first: 20) { nodes { name } } } } }')).toEqual(['Query exceeds the cost limit of 0 (it has 861)']);
    expect(cost('{ undeclared { nodes { name } } }')).toEqual(['Query exceeds the cost limit of 0 (it has 201)']);
    expect(cost('{ ... on Query { startups { nodes { ...S } } } } fragment S on Startup { mentors { nodes { name } } }')).toEqual(['Query exceeds the cost limit of 0 (it has 841)']);
  });

  it("refuses the red-team query of issue 14 over our schema (defaults of 20 at every level)", () => {
    // Prepare
    const schema = buildASTSchema(typeDefs, { assumeValidSDL: true });
    const redTeam = '{ startups { nodes { name mentors { nodes { name startups { nodes { name mentors { nodes { name startups { nodes { name } } } } } } } } } } }';
    // Act
    const refused = validate(schema, parse(redTeam), [limitsRule(defaultLimits)]).map((e) => e.message);
    // Assess
    expect(refused).toHaveLength(1);
    expect(refused[0]).toMatch(/^Query exceeds the cost limit of 25000 \(it has 6\d{6}\)$/);
  });

  it('finds a default for every `first` argument of our schema: the rule and the resolvers read the same page', () => {
    // Prepare
    const schema = buildASTSchema(typeDefs, { assumeValidSDL: true });
    // Act
    const missing = Object.values(schema.getTypeMap())
      .filter((t): t is GraphQLObjectType => 'getFields' in t && 'getInterfaces' in t && !t.name.startsWith('__'))
      .flatMap((t) => Object.values(t.getFields()).filter((f) => f.args.some((a) => a.name === 'first' && typeof a.defaultValue !== 'number')).map((f) => `${t.name}.${f.name}`));
    // Assess
    expect(missing).toEqual([]);
  });
});
