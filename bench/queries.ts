import type { TokenClaims } from '../scripts/lib/local-keys';

/**
 * The bench's fixed query set: what partner portals (anonymous, published data) and
 * admins (a province admin, a national network) ask most. Each names the schema fields it
 * needs; a field the schema does not have yet prints "not available yet", never a number.
 */
export interface BenchQuery {
  readonly name: string;
  readonly label: string;
  readonly audience: 'portal' | 'admin';
  /** null: anonymous (the per-address quota applies); otherwise the token's claims. */
  readonly caller: TokenClaims | null;
  readonly query: string;
  readonly variables: Record<string, unknown>;
  /** `Type.field` coordinates that must exist in the schema. */
  readonly needs: readonly string[];
}

/** A feed cursor at change number `n` (the shape of services/exchange.ts encodeFeedCursor). */
export const feedCursor = (jur: string, n: number): string => Buffer.from(JSON.stringify({ x: 'feed', j: jur, n }), 'utf8').toString('base64url');

export const benchQueries: readonly BenchQuery[] = [
  {
    name: 'plan',
    label: 'plan with tasks, indicators and progress (Cao Bằng 523)',
    audience: 'portal',
    caller: null,
    query: `query Plan($jur: String!, $number: String!) {
  planByNumber(jurisdiction: $jur, number: $number) {
    id number title status
    tasks(first: 100) { nodes { code title timeline { text start end } leadAgencies { name } } }
    indicators(first: 50) { nodes { code name unit targets { year value } progress { overall milestones { year status expected actual } } } }
  }
}`,
    variables: { jur: '04', number: '523/KH-UBND' },
    needs: ['Query.planByNumber', 'Plan.tasks', 'Task.leadAgencies', 'Plan.indicators', 'Indicator.progress'],
  },
  {
    name: 'startups',
    label: 'startup list with mentors, incubator and investments (Cao Bằng)',
    audience: 'portal',
    caller: null,
    query: `query Startups($jur: String!) {
  startups(first: 20, filter: { jurisdiction: $jur }) {
    nodes {
      id name stage sectors
      mentors(first: 5) { nodes { name } }
      incubator { name }
      investments(first: 5) { nodes { round amount { amount currency } date investor { name } } }
    }
  }
}`,
    variables: { jur: '04' },
    needs: ['Query.startups', 'Startup.mentors', 'Startup.incubator', 'Startup.investments', 'Investment.investor'],
  },
  {
    name: 'search',
    label: 'search "khoi nghiep" across the registry, both provinces',
    audience: 'portal',
    caller: null,
    query: `query Search($q: String!) {
  search(query: $q, first: 20) {
    nodes {
      __typename
      ... on Startup { id name }
      ... on Mentor { id name }
      ... on Incubator { id name }
      ... on Investor { id name }
      ... on Competition { id name }
      ... on Event { id name }
    }
  }
}`,
    variables: { q: 'khoi nghiep' },
    needs: ['Query.search'],
  },
  {
    name: 'changes',
    label: 'national changes page (Cao Bằng, first 100 after 0, NATIONAL token)',
    audience: 'admin',
    caller: { role: 'NATIONAL', jurisdictions: [] },
    query: `query Changes($jur: String!, $after: String!) {
  changes(jurisdiction: $jur, after: $after, first: 100) {
    changes { seq operation at record { type id version deleted data } }
    cursor caughtUp
  }
}`,
    variables: { jur: '04', after: feedCursor('04', 0) },
    needs: ['Query.changes'],
  },
];
