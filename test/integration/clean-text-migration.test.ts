import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordPk } from '../../functions/data';
import { cleanStoredText } from '../../functions/data/migrations/clean-text';
import { fromGlobalId } from '../../functions/graphql/global-id';
import { migrationSteps } from '../../functions/data/migrations';
import { startHarness, type Harness } from '../helpers/harness';

/**
 * Text stored before input was cleaned (issue 14.5, issue 19): the migration step cleans it
 * in place, so the API shows and finds the name as a new input of it would be stored.
 */
let h: Harness;
let admin: string;
beforeAll(async () => {
  h = await startHarness({ seed: [] });
  admin = await h.token({ role: 'PROVINCE_ADMIN', jurisdictions: ['04'] });
});
afterAll(async () => h.close());

describe('the records-clean-text migration', () => {
  it('is one of the steps npm start runs', () => {
    expect(migrationSteps.map((s) => s.name)).toContain('records-clean-text');
  });

  it('cleans a name stored with a zero-width space and a NUL, keeping its version', async () => {
    // Prepare: an agency created through the API, then its item rewritten as older code stored it
    const created = await h.gql<{ agencyCreate: { agency: { id: string } } }>(
      'mutation { agencyCreate(input: { jurisdiction: "04", name: "Hội Nông dân tỉnh", kind: MASS_ORGANISATION }) { agency { id } userErrors { message } } }',
      {},
      admin,
    );
    const id = created.data!.agencyCreate.agency.id;
    const table = h.store.table('Records');
    const ref = fromGlobalId(id)!;
    const pk = recordPk({ type: ref.type, jur: ref.jur, id: ref.id });
    const item = (await h.store.client.send(new GetCommand({ TableName: table, Key: { pk, sk: 'R' } }))).Item!;
    await h.store.client.send(new PutCommand({ TableName: table, Item: { ...item, data: { ...item.data, name: 'Hội\u200b Nông dân\u0000 tỉnh' } } }));
    const dirty = await h.gql<{ node: { name: string } }>(`{ node(id: "${id}") { ... on Agency { name } } }`);
    expect(dirty.data!.node.name).toContain('\u200b');
    // Act
    await cleanStoredText.run({ store: h.store, cursor: null, progress: async () => {} });
    // Assert
    const after = (await h.store.client.send(new GetCommand({ TableName: table, Key: { pk, sk: 'R' } }))).Item!;
    expect(after.data.name).toBe('Hội Nông dân tỉnh');
    expect(after.version).toBe(item.version);
    const clean = await h.gql<{ node: { name: string } }>(`{ node(id: "${id}") { ... on Agency { name } } }`);
    expect(clean.data!.node.name).toBe('Hội Nông dân tỉnh');
  });
});
