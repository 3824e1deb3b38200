/**
 * Example queries partners see as tabs when they open the explorer. Each is a real
 * query against the public schema; the test runs them so they cannot rot.
 */
export interface ExplorerExample {
  readonly name: string;
  readonly query: string;
  readonly variables?: string;
}

export const explorerExamples: readonly ExplorerExample[] = [
  {
    name: 'Plans with their tasks',
    query: `# Published plans with every task, its lead agencies and timeline.
query PlansWithTasks {
  plans(first: 10) {
    nodes {
      number
      title
      jurisdiction { code name }
      tasks(first: 100) {
        nodes { code title leadAgencies { name } timeline { text start end } }
      }
    }
  }
}
`,
  },
  {
    name: 'One plan by number',
    query: `# A plan by jurisdiction and number, with its legal bases and duties per agency.
query PlanByNumber($jurisdiction: String!, $number: String!) {
  planByNumber(jurisdiction: $jurisdiction, number: $number) {
    title issuedOn signer
    legalBases(first: 20) { nodes { kind number issuedOn title } }
    responsibilities { agency { name } duties }
  }
}
`,
    variables: '{ "jurisdiction": "24", "number": "151/KH-UBND" }',
  },
  {
    name: 'Indicators and progress',
    query: `# Bắc Ninh's indicator annex: each target as written, read as a comparator, and progress.
query Indicators {
  planByNumber(jurisdiction: "24", number: "151/KH-UBND") {
    indicators(first: 20) {
      nodes {
        code name unit
        targets { year text comparator value valueMax }
        progress { overall milestones { year status expected actual } }
      }
    }
  }
}
`,
  },
  {
    name: 'Startups with their links',
    query: `# Startups found by words without diacritics, with eligibility, mentors, incubator and investments.
query Startups {
  startups(first: 5, filter: { search: "khoi nghiep" }) {
    nodes {
      name stage firstRegisteredOn
      eligibility(asOf: "2026-06-30") { eligible until reason }
      mentors(first: 5) { nodes { name } }
      incubator { name }
      investments(first: 5) { nodes { amount { amount currency } investor { name } } }
    }
  }
}
`,
  },
  {
    name: 'Find agencies',
    query: `# Search ignores case and diacritics: "so khoa hoc" finds "Sở Khoa học".
query FindAgencies {
  agencies(first: 10, filter: { search: "so khoa hoc" }) {
    nodes { name kind jurisdiction { name } }
  }
}
`,
  },
];
