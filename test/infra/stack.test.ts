/* eslint-disable @typescript-eslint/no-explicit-any -- CloudFormation JSON is untyped */
/**
 * The Foundation stack as a CloudFormation template: tables from the table spec, the GraphQL
 * function, its REST API and grants. Expectations are derived from functions/data/tables.ts.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { CfnElement } from 'aws-cdk-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tableName, tables } from '../../functions/data/tables';
import { GRAPHQL_ENTRY } from '../../infra/stack';
import { FIXTURE_ENTRY, realHandlerExists, resources, synth, type Synth } from './synth';

const typeOf = (t: 'S' | 'N') => t;

let dev: Synth;
/** Every Foundation setting overridden at once, so one synth covers all the overrides. */
let tuned: Synth;
beforeAll(() => {
  dev = synth();
  tuned = synth({
    stage: 'prod',
    cmk: 'true',
    jurisdictions: '04',
    stackName: 'EG-CaoBang',
    throttleRate: '5',
    throttleBurst: 10,
    corsOrigins: 'https://portal.example.vn',
  });
});

describe('tables', () => {
  const tableResources = () => resources(dev.template, 'AWS::DynamoDB::Table');
  const byName = (name: string) => {
    const found = tableResources().find(([, r]) => r.Properties.TableName === name);
    if (!found) throw new Error(`no table ${name}`);
    return found[1];
  };

  it('builds exactly the tables of the spec', () => {
    expect(tableResources().map(([, r]) => r.Properties.TableName).sort()).toEqual(
      tables.map((t) => tableName(dev.config.stackName, t.id)).sort(),
    );
  });

  it.each(tables.map((t) => [t.id, t] as const))('%s: on-demand, PITR, deletion protection, retained, encrypted', (_id, spec) => {
    const r = byName(tableName(dev.config.stackName, spec.id));
    expect(r.Properties.BillingMode).toBe('PAY_PER_REQUEST');
    expect(r.Properties.PointInTimeRecoverySpecification).toEqual({ PointInTimeRecoveryEnabled: true });
    expect(r.Properties.DeletionProtectionEnabled).toBe(true);
    expect(r.DeletionPolicy).toBe('Retain');
    expect(r.UpdateReplacePolicy).toBe('Retain');
    expect(r.Properties.SSESpecification).toEqual({ SSEEnabled: true });
  });

  it.each(tables.map((t) => [t.id, t] as const))('%s: keys and GSIs as in the spec', (_id, spec) => {
    const r = byName(tableName(dev.config.stackName, spec.id));
    expect(r.Properties.KeySchema).toEqual([
      { AttributeName: spec.partitionKey.name, KeyType: 'HASH' },
      { AttributeName: spec.sortKey.name, KeyType: 'RANGE' },
    ]);
    const gsis = (r.Properties.GlobalSecondaryIndexes ?? []) as { IndexName: string; KeySchema: unknown }[];
    expect(gsis.map((g) => g.IndexName).sort()).toEqual(spec.indexes.map((i) => i.name).sort());
    for (const index of spec.indexes) {
      expect(gsis.find((g) => g.IndexName === index.name)?.KeySchema).toEqual([
        { AttributeName: index.partitionKey.name, KeyType: 'HASH' },
        { AttributeName: index.sortKey.name, KeyType: 'RANGE' },
      ]);
    }
    const keys = [spec.partitionKey, spec.sortKey, ...spec.indexes.flatMap((i) => [i.partitionKey, i.sortKey])];
    const expected = new Map(keys.map((k) => [k.name, typeOf(k.type)]));
    const defs = r.Properties.AttributeDefinitions as { AttributeName: string; AttributeType: string }[];
    expect(new Map(defs.map((d) => [d.AttributeName, d.AttributeType]))).toEqual(expected);
  });

  it('uses a customer-managed KMS key when cmk=true', () => {
    const { template } = tuned;
    template.resourceCountIs('AWS::KMS::Key', 1);
    template.hasResourceProperties('AWS::KMS::Key', { EnableKeyRotation: true });
    for (const [, r] of resources(template, 'AWS::DynamoDB::Table')) {
      expect(r.Properties.SSESpecification).toMatchObject({ SSEEnabled: true, SSEType: 'KMS', KMSMasterKeyId: expect.anything() });
    }
    dev.template.resourceCountIs('AWS::KMS::Key', 0);
  });
});

const isGraphql = (r: any): boolean => String(r.Properties.Description ?? '').startsWith('Ecosystem Graph GraphQL API');

describe('GraphQL function', () => {
  const fn = () => {
    const fns = resources(dev.template, 'AWS::Lambda::Function').filter(([, r]) => isGraphql(r));
    expect(fns).toHaveLength(1);
    return fns[0]![1].Properties;
  };

  it('runs Node 22 on arm64, ESM entry index.handler, 1024 MB, 10 s', () => {
    const p = fn();
    expect(p.Runtime).toBe('nodejs22.x');
    expect(p.Architectures).toEqual(['arm64']);
    expect(p.Handler).toBe('index.handler');
    expect(p.MemorySize).toBe(1024);
    expect(p.Timeout).toBe(10);
  });

  it('gets its settings through the environment', () => {
    expect(fn().Environment.Variables).toMatchObject({
      TABLE_PREFIX: dev.config.stackName,
      STAGE: 'dev',
      JURISDICTIONS: '04,24',
      AWS_NODEJS_CONNECTION_REUSE_ENABLED: '1',
      NODE_OPTIONS: expect.any(String),
    });
    const vars = resources(tuned.template, 'AWS::Lambda::Function').find(([, r]) => isGraphql(r))![1]
      .Properties.Environment.Variables;
    expect(vars).toMatchObject({ TABLE_PREFIX: 'EG-CaoBang', JURISDICTIONS: '04' });
  });

  it('is granted DynamoDB data actions on each table and its indexes, nothing broader', () => {
    // The GraphQL function's own role (the reminders job has its own, checked in jobs.test.ts).
    const role = dev.stack.getLogicalId(dev.stack.graphql.fn.role!.node.defaultChild as CfnElement);
    const statements = resources(dev.template, 'AWS::IAM::Policy')
      .filter(([, r]) => JSON.stringify(r.Properties.Roles).includes(`"${role}"`))
      .flatMap(([, r]) => r.Properties.PolicyDocument.Statement as any[]);
    const dynamo = statements.filter((s) => [s.Action].flat().some((a: string) => a.startsWith('dynamodb:')));
    for (const { spec, table } of dev.stack.tables.all) {
      const id = dev.stack.getLogicalId(table.node.defaultChild as CfnElement);
      const arn = { 'Fn::GetAtt': [id, 'Arn'] };
      const mine = dynamo.filter((s) => JSON.stringify(s.Resource).includes(JSON.stringify(arn)));
      expect(mine, spec.id).toHaveLength(1);
      const stmt = mine[0];
      expect(stmt.Effect).toBe('Allow');
      const actions = [stmt.Action].flat() as string[];
      expect(actions).toEqual(expect.arrayContaining(['dynamodb:GetItem', 'dynamodb:Query', 'dynamodb:PutItem']));
      expect(actions).not.toContain('dynamodb:Scan');
      expect(actions.some((a) => a.includes('*'))).toBe(false);
      if (spec.id === 'Audit') expect(actions).not.toEqual(expect.arrayContaining(['dynamodb:UpdateItem']));
      if (spec.id === 'Audit') expect(actions).not.toContain('dynamodb:DeleteItem');
      if (spec.indexes.length > 0) expect(JSON.stringify(stmt.Resource)).toContain('/index/*');
    }
    expect(JSON.stringify(dynamo)).not.toMatch(/"Resource":"\*"/);
  });
});

describe('REST API', () => {
  it('is a regional REST API with a /graphql resource, POST and GET proxied to the function', () => {
    dev.template.resourceCountIs('AWS::ApiGateway::RestApi', 1);
    dev.template.hasResourceProperties('AWS::ApiGateway::RestApi', { EndpointConfiguration: { Types: ['REGIONAL'] } });
    const graphql = resources(dev.template, 'AWS::ApiGateway::Resource').filter(([, r]) => r.Properties.PathPart === 'graphql');
    expect(graphql).toHaveLength(1);
    const [resourceId] = graphql[0]!;
    for (const method of ['POST', 'GET']) {
      dev.template.hasResourceProperties('AWS::ApiGateway::Method', {
        HttpMethod: method,
        ResourceId: { Ref: resourceId },
        Integration: { Type: 'AWS_PROXY', IntegrationHttpMethod: 'POST' },
      });
    }
  });

  it('outputs GraphqlUrl', () => {
    const outputs = dev.template.findOutputs('GraphqlUrl');
    expect(Object.keys(outputs)).toEqual(['GraphqlUrl']);
    expect(JSON.stringify(outputs.GraphqlUrl!.Value)).toContain('/graphql');
  });

  it('throttles the stage with the defaults, or the context values', () => {
    const settings = (t: Synth) => resources(t.template, 'AWS::ApiGateway::Stage')[0]![1].Properties.MethodSettings;
    expect(settings(dev)).toEqual(
      expect.arrayContaining([expect.objectContaining({ HttpMethod: '*', ResourcePath: '/*', ThrottlingRateLimit: 100, ThrottlingBurstLimit: 200 })]),
    );
    expect(settings(tuned)).toEqual(
      expect.arrayContaining([expect.objectContaining({ ThrottlingRateLimit: 5, ThrottlingBurstLimit: 10 })]),
    );
  });

  it('answers CORS preflight for any origin in dev, for none by default in prod, for listed origins when given', () => {
    const options = (s: Synth) => resources(s.template, 'AWS::ApiGateway::Method').filter(([, r]) => r.Properties.HttpMethod === 'OPTIONS');
    expect(options(dev)).toHaveLength(1);
    expect(JSON.stringify(options(dev)[0]![1])).toContain("'*'");
    expect(options(synth({ stage: 'prod' }))).toHaveLength(0);
    const listed = options(tuned);
    expect(listed).toHaveLength(1);
    expect(JSON.stringify(listed[0]![1])).toContain('https://portal.example.vn');
  });
});

describe('context', () => {
  it('rejects values it cannot use', () => {
    expect(() => synth({ stage: 'staging' })).toThrow(/stage/);
    expect(() => synth({ jurisdictions: 'Cao Bang' })).toThrow(/jurisdictions/);
    expect(() => synth({ throttleRate: 'fast' })).toThrow(/throttleRate/);
  });
});

// Each synth bundles every function with esbuild: ~10 s on an idle 2-core machine, past the
// default 30 s when the suite's servers share the cores, so these carry their own limit.
describe('bundle', { timeout: 180_000 }, () => {
  const outdirs: string[] = [];
  afterAll(() => outdirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

  const bundle = async (entry: string, context: Record<string, unknown> = {}) => {
    const outdir = mkdtempSync(join(tmpdir(), 'eg-cdk-'));
    outdirs.push(outdir);
    const s = synth(context, { bundle: true, entry, outdir });
    s.app.synth();
    const assetDirs = readdirSync(outdir).filter((d) => d.startsWith('asset.') && existsSync(join(outdir, d, 'index.mjs')));
    // The GraphQL function's asset is the one its Code names; the explorer's carries its GraphiQL bundle in assets/.
    const graphqlFn = resources(s.template, 'AWS::Lambda::Function').find(([, r]) => isGraphql(r))![1];
    const hash = String(graphqlFn.Properties.Code.S3Key).replace(/\.zip$/, '');
    expect(assetDirs).toContain(`asset.${hash}`);
    lastExplorerDir = assetDirs.map((d) => join(outdir, d)).find((d) => existsSync(join(d, 'assets'))) ?? null;
    return join(outdir, `asset.${hash}`);
  };
  let lastExplorerDir: string | null = null;

  it('bundles the explorer with its GraphiQL assets, serving the IDE without the GraphQL function', async () => {
    await bundle(FIXTURE_ENTRY);
    const dir = lastExplorerDir!;
    expect(readdirSync(join(dir, 'assets')).sort()).toEqual(['explorer.css', 'explorer.js']);
    process.env.EXPLORER = 'on';
    const mod = (await import(pathToFileURL(join(dir, 'index.mjs')).href)) as {
      handler: (e: unknown) => Promise<{ statusCode: number; body: string }>;
    };
    const page = await mod.handler({ path: '/', requestContext: { stage: 'prod' } });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('/prod/explorer/explorer.js');
    const js = await mod.handler({ path: '/prod/explorer/explorer.js', requestContext: { stage: 'prod' } });
    expect(js.body.length).toBeGreaterThan(100_000);
  });

  it('bundles an entry with the local esbuild as minified ESM index.mjs that Node can import', async () => {
    const dir = await bundle(FIXTURE_ENTRY);
    const code = readFileSync(join(dir, 'index.mjs'), 'utf8');
    expect(code.startsWith("import { createRequire as __cdkCreateRequire } from 'node:module';")).toBe(true);
    expect(readdirSync(dir).some((f) => f.endsWith('.map'))).toBe(false);
    const mod = (await import(pathToFileURL(join(dir, 'index.mjs')).href)) as { handler: () => Promise<{ statusCode: number }> };
    expect((await mod.handler()).statusCode).toBe(200);
  });

  // A description of the schema (schema/ecosystem.graphql), to tell the full schema from the lean one.
  const DESCRIPTION = 'Startups, by name unless ordered otherwise.';
  const apolloCopies = (code: string) => code.split('You must `await server.start()`').length - 1;

  it.skipIf(!realHandlerExists())('bundles functions/graphql/handler.ts in prod with one Apollo, no usage-reporting protobuf and the schema without descriptions', async () => {
    const code = readFileSync(join(await bundle(GRAPHQL_ENTRY, { stage: 'prod' }), 'index.mjs'), 'utf8');
    expect(code).toContain('createRequire');
    // The CommonJS Lambda integration requires the same ESM Apollo our code imports.
    expect(apolloCopies(code)).toBe(1);
    // protobufjs' generated classes (encodeDelimited on every message) are left out.
    expect(code).not.toContain('encodeDelimited');
    expect(code).toContain('Apollo usage reporting is not bundled');
    expect(code).not.toContain(DESCRIPTION);
  }, 120_000);

  it.skipIf(!realHandlerExists())('keeps the descriptions where introspection is on (dev, or the explorer in prod)', async () => {
    const dev = readFileSync(join(await bundle(GRAPHQL_ENTRY, { stage: 'dev' }), 'index.mjs'), 'utf8');
    expect(dev).toContain(DESCRIPTION);
    expect(apolloCopies(dev)).toBe(1);
    const explorer = readFileSync(join(await bundle(GRAPHQL_ENTRY, { stage: 'prod', explorer: 'on' }), 'index.mjs'), 'utf8');
    expect(explorer).toContain(DESCRIPTION);
  }, 180_000);
});
