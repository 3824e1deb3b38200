import { graphql } from '../gql';

// The registry screen's documents (startups, mentors, mentorships), apart from its screens.

export const StartupsQuery = graphql(`
  query ConsoleRegistryStartups($jurisdiction: String!, $search: String, $stage: StartupStage, $after: String) {
    startups(first: 50, after: $after, filter: { jurisdiction: $jurisdiction, search: $search, stage: $stage }) {
      nodes { id name enterpriseCode stage firstRegisteredOn description sectors commune version mentorships(first: 10, status: ACTIVE) { nodes { id } } }
      pageInfo { hasNextPage endCursor }
    }
  }
`);

export const MentorsQuery = graphql(`
  query ConsoleRegistryMentors($jurisdiction: String!, $search: String, $after: String) {
    mentors(first: 50, after: $after, filter: { jurisdiction: $jurisdiction, search: $search }) {
      nodes { id name title organisation expertise sectors capacity freePlaces available phone email version }
      pageInfo { hasNextPage endCursor }
    }
  }
`);

export const GapsQuery = graphql(`
  query ConsoleRegistryGaps($jurisdiction: String!) {
    mentorshipGaps(jurisdiction: $jurisdiction) { since startup { id name stage } incubation { id incubator { id name } } }
  }
`);

export const StartupMentoring = graphql(`
  query ConsoleStartupMentoring($startup: ID!) {
    node(id: $startup) {
      ... on Startup {
        id
        name
        mentorships(first: 50) { nodes { id from to status version mentor { id name } } }
      }
    }
    mentorSuggestions(startup: $startup, first: 5) { score freePlaces explanations { vi: text(language: VI) en: text(language: EN) } mentor { id name title organisation } }
  }
`);

export const StartupCreate = graphql(`
  mutation ConsoleStartupCreate($input: StartupCreateInput!) {
    startupCreate(input: $input) { startup { id name } userErrors { field message code } }
  }
`);
export const StartupUpdate = graphql(`
  mutation ConsoleStartupUpdate($input: StartupUpdateInput!) {
    startupUpdate(input: $input) { startup { id name enterpriseCode stage firstRegisteredOn description sectors commune version } userErrors { field message code } }
  }
`);
export const StartupDelete = graphql(`
  mutation ConsoleStartupDelete($input: WorkflowInput!) {
    startupDelete(input: $input) { deletedId userErrors { field message code } }
  }
`);
export const MentorCreate = graphql(`
  mutation ConsoleMentorCreate($input: MentorCreateInput!) {
    mentorCreate(input: $input) { mentor { id name } userErrors { field message code } }
  }
`);
export const MentorUpdate = graphql(`
  mutation ConsoleMentorUpdate($input: MentorUpdateInput!) {
    mentorUpdate(input: $input) { mentor { id name title organisation expertise sectors capacity freePlaces available phone email version } userErrors { field message code } }
  }
`);
export const MentorshipStart = graphql(`
  mutation ConsoleMentorshipStart($input: MentorshipStartInput!) {
    mentorshipStart(input: $input) { mentorship { id status } userErrors { field message code } }
  }
`);
export const MentorshipEnd = graphql(`
  mutation ConsoleMentorshipEnd($input: MentorshipEndInput!) {
    mentorshipEnd(input: $input) { mentorship { id status to } userErrors { field message code } }
  }
`);
