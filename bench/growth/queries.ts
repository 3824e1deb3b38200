import type { TokenClaims } from '../../scripts/lib/local-keys';

/**
 * The growth bench's queries (issue 13's table), each with what a minimal hand-written
 * implementation would ask DynamoDB for it (`floor`, in words; bench/growth/floors.ts runs
 * or computes it) and how many items its answer returns (for "reads ≤ 10× what it returns").
 */
type GrowthGoal = 'page' | 'linear';

export interface GrowthQuery {
  readonly name: string;
  readonly label: string;
  /** null: anonymous (a portal). */
  readonly caller: TokenClaims | null;
  readonly query: string;
  readonly variables: Record<string, unknown>;
  readonly needs: readonly string[];
  /** page: cost must not grow with the registry (10×/1× RCU ≤ 1.2); linear: costs what it transfers. */
  readonly goal: GrowthGoal;
  /** The calls a minimal hand-written implementation makes. */
  readonly floor: string;
  /** Items the answer returns. */
  returned(data: unknown): number;
}

export const NATIONAL: TokenClaims = { role: 'NATIONAL', jurisdictions: [] };

const nodes = (value: unknown): Record<string, unknown>[] => ((value as { nodes?: Record<string, unknown>[] } | null)?.nodes ?? []);
const field = (data: unknown, name: string): unknown => (data as Record<string, unknown> | null)?.[name];

const SNAPSHOT = `query Snapshot($jur: String!, $after: String) {
  snapshot(jurisdiction: $jur, first: 100, after: $after) {
    records { type jurisdiction id version seq deleted data INDEX }
    endCursor hasNextPage feedCursor
  }
}`;

/** The snapshot query, asking the record's index keys only while the schema still has them (the puller needs them then). */
export const snapshotQuery = (withIndex: boolean): string => SNAPSHOT.replace(' INDEX', withIndex ? ' index' : '');

export const growthQueries = (jur: string, withIndex: boolean): readonly GrowthQuery[] => [
  {
    name: 'startups(first: 5)',
    label: 'the first page of startups by name',
    caller: null,
    query: 'query { startups(first: 5) { nodes { id name } pageInfo { hasNextPage endCursor } } }',
    variables: {},
    needs: ['Query.startups'],
    goal: 'page',
    floor: '1 Query (byType, name order, Limit 6)',
    returned: (d) => nodes(field(d, 'startups')).length,
  },
  {
    name: 'startups(first: 100) { mentors(first: 5) }',
    label: '100 startups with up to 5 mentors each',
    caller: null,
    query: 'query { startups(first: 100) { nodes { id name mentors(first: 5) { nodes { id name } } } } }',
    variables: {},
    needs: ['Query.startups', 'Startup.mentors'],
    goal: 'page',
    floor: '1 Query (Limit 101) → 100 Queries of each startup\'s mentorships (Limit 6), together → 1 BatchGetItem per 100 mentors',
    returned: (d) => nodes(field(d, 'startups')).reduce((n, s) => n + 1 + nodes(s.mentors).length, 0),
  },
  {
    name: 'search("khoi nghiep", first: 20)',
    label: 'search across the registry, one page',
    caller: null,
    query: `query { search(query: "khoi nghiep", first: 20) { nodes {
  __typename
  ... on Startup { id name } ... on Mentor { id name } ... on Incubator { id name }
  ... on Investor { id name } ... on Competition { id name } ... on Event { id name }
} } }`,
    variables: {},
    needs: ['Query.search'],
    goal: 'page',
    floor: '1 Query of the phrase\'s postings (Limit 21, computed: ≤ 4 KB) → 1 BatchGetItem of the 20 records',
    returned: (d) => nodes(field(d, 'search')).length,
  },
  {
    name: 'nationalSummary (anonymous)',
    label: 'registry counts of every jurisdiction',
    caller: null,
    query: `query { nationalSummary { asOf jurisdictions {
  jurisdiction { code } startups eligibleStartups incubators mentors investments investmentAmount { amount currency } supportGrants
} } }`,
    variables: {},
    needs: ['Query.nationalSummary'],
    goal: 'page',
    floor: '1 GetItem of a counters item per jurisdiction (computed: ≤ 4 KB, 0.5 RCU)',
    returned: (d) => ((field(field(d, 'nationalSummary'), 'jurisdictions') as unknown[] | undefined) ?? []).length,
  },
  {
    name: 'snapshot(first: 100), one page',
    label: 'the first snapshot page (NATIONAL token)',
    caller: NATIONAL,
    query: snapshotQuery(withIndex),
    variables: { jur },
    needs: ['Query.snapshot'],
    goal: 'page',
    floor: '1 Query (Limit 101) of the jurisdiction\'s published records in one index (computed from the page\'s own items)',
    returned: (d) => ((field(field(d, 'snapshot'), 'records') as unknown[] | undefined) ?? []).length,
  },
];
