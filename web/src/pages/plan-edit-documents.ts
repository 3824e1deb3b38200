import { graphql } from '../gql';

// The plan editor's documents, apart from its screens so each screen file stays about one thing.

export const PlanEditQuery = graphql(`
  query ConsolePlanEdit($id: ID!, $jurisdiction: String!) {
    node(id: $id) {
      __typename
      ... on Plan {
        id
        number
        title
        status
        version
        edition
        jurisdiction { code name }
        tasks(first: 100) {
          nodes {
            id
            code
            title
            version
            parent { id }
            timeline { text }
            agencies { role agency { id name } }
            outputs { text quantity unit }
          }
        }
        indicators(first: 100) { nodes { id code name unit version targets { year text } } }
      }
    }
    agencies(first: 100, filter: { jurisdiction: $jurisdiction }) { nodes { id name } }
  }
`);

export const TaskUpdate = graphql(`
  mutation ConsolePlanEditTaskUpdate($input: TaskUpdateInput!) {
    taskUpdate(input: $input) { task { id version title timeline { text } agencies { role agency { id name } } outputs { text quantity unit } } userErrors { field message code } }
  }
`);

export const TaskCreate = graphql(`
  mutation ConsolePlanEditTaskCreate($input: TaskCreateInput!) {
    taskCreate(input: $input) { task { id code } userErrors { field message code } }
  }
`);

export const TaskDelete = graphql(`
  mutation ConsolePlanEditTaskDelete($input: WorkflowInput!) {
    taskDelete(input: $input) { deletedTaskId userErrors { field message code } }
  }
`);

export const TargetSet = graphql(`
  mutation ConsolePlanEditTargetSet($input: TargetSetInput!) {
    targetSet(input: $input) { indicator { id version targets { year text } } userErrors { field message code } }
  }
`);

export const PlanPublish = graphql(`
  mutation ConsolePlanEditPublish($input: WorkflowInput!) {
    planPublish(input: $input) { plan { id status version edition } userErrors { field message code } }
  }
`);

export const PlanAmend = graphql(`
  mutation ConsolePlanEditAmend($input: PlanAmendInput!) {
    planAmend(input: $input) { plan { id version edition } edition { id edition } userErrors { field message code } }
  }
`);

export const PlanClose = graphql(`
  mutation ConsolePlanEditClose($input: PlanCloseInput!) {
    planClose(input: $input) { plan { id status version } userErrors { field message code } }
  }
`);

export const EditionsQuery = graphql(`
  query ConsolePlanEditions($plan: ID!) {
    planVersions(plan: $plan, first: 100) { nodes { id edition note decision recordedAt recordedBy taskCount indicatorCount } }
  }
`);

export const DiffQuery = graphql(`
  query ConsolePlanDiff($plan: ID!, $from: Int!, $to: Int, $current: Boolean) {
    planDiff(plan: $plan, from: $from, to: $to, current: $current) { from to current changes { path kind before after } }
  }
`);
