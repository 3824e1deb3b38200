/* eslint-disable @typescript-eslint/no-explicit-any -- CloudFormation JSON is untyped */
/**
 * Shared synthesis for the infra tests. Bundling is skipped (the CDK context
 * `aws:cdk:bundling-stacks: []`) so a synth takes well under a second; the bundle itself is
 * checked by a dedicated test. The real handler is used when it exists, else a fixture.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { App } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { readConfig, type StackConfig } from '../../infra/config';
import { EcosystemGraphStack, GRAPHQL_ENTRY } from '../../infra/stack';

export const FIXTURE_ENTRY = fileURLToPath(new URL('./fixtures/handler.ts', import.meta.url));
export const realHandlerExists = (): boolean => existsSync(GRAPHQL_ENTRY);

export interface Synth {
  readonly app: App;
  readonly stack: EcosystemGraphStack;
  readonly template: Template;
  readonly config: StackConfig;
}

export function synth(context: Record<string, unknown> = {}, opts: { bundle?: boolean; entry?: string; outdir?: string; nagAcknowledgements?: boolean } = {}): Synth {
  const app = new App({
    context: { ...context, ...(opts.bundle ? {} : { 'aws:cdk:bundling-stacks': [] }) },
    ...(opts.outdir ? { outdir: opts.outdir } : {}),
  });
  const config = readConfig(app.node);
  const stack = new EcosystemGraphStack(app, config.stackName, {
    config,
    graphqlEntry: opts.entry ?? (realHandlerExists() ? GRAPHQL_ENTRY : FIXTURE_ENTRY),
    ...(opts.nagAcknowledgements === false ? { nagAcknowledgements: false } : {}),
  });
  return { app, stack, template: Template.fromStack(stack), config };
}

/** Resources of one type, as [logicalId, resource] pairs. */
export function resources(template: Template, type: string): [string, Record<string, any>][] {
  return Object.entries(template.findResources(type)) as [string, Record<string, any>][];
}
