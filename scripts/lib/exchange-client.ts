/** Reading a source's snapshot and changes over GraphQL (docs/exchange.md), for export and pull. */
import type { ExchangeRecord } from '../../functions/services/exchange';
import { gqlRequest } from './gql-client';

/** A record as the exchange queries return it (docs/exchange.md): the service's shape, as JSON. */
export type ExchangeRecordJson = ExchangeRecord;

const RECORD = 'type jurisdiction id version seq updatedAt deleted data';
const SNAPSHOT = `query($j: String!, $after: String) { snapshot(jurisdiction: $j, first: 100, after: $after) { records { ${RECORD} } endCursor hasNextPage feedCursor } }`;
const CHANGES = `query($j: String!, $after: String!) { changes(jurisdiction: $j, after: $after, first: 100) { changes { seq operation at record { ${RECORD} } } cursor caughtUp } }`;

/** Every page of a snapshot, handed to `onPage` in order; returns the feed cursor of the last page. */
export const readSnapshot = async (
  url: string,
  token: string | null,
  jur: string,
  onPage: (records: ExchangeRecordJson[]) => Promise<void> | void,
): Promise<string> => {
  let after: string | null = null;
  for (;;) {
    const data: { snapshot: { records: ExchangeRecordJson[]; endCursor: string | null; hasNextPage: boolean; feedCursor: string | null } } = await gqlRequest(url, token, SNAPSHOT, { j: jur, after });
    await onPage(data.snapshot.records);
    if (!data.snapshot.hasNextPage) return data.snapshot.feedCursor!;
    after = data.snapshot.endCursor;
  }
};

/** Changes after `cursor` until caught up, page by page; returns the last cursor. */
export const readChanges = async (
  url: string,
  token: string | null,
  jur: string,
  cursor: string,
  onPage: (records: ExchangeRecordJson[], cursor: string) => Promise<void> | void,
): Promise<string> => {
  for (;;) {
    const data: { changes: { changes: { record: ExchangeRecordJson }[]; cursor: string; caughtUp: boolean } } = await gqlRequest(url, token, CHANGES, { j: jur, after: cursor });
    cursor = data.changes.cursor;
    await onPage(data.changes.changes.map((c) => c.record), cursor);
    if (data.changes.caughtUp) return cursor;
  }
};
