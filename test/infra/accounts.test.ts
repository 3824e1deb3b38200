/* eslint-disable @typescript-eslint/no-explicit-any -- CloudFormation JSON is untyped */
/**
 * Agency user accounts on the synthesized template (issue 19.2): the GraphQL function may
 * manage users of its own pool and nothing else, with exactly the calls the Cognito directory
 * makes, and knows the pool's id.
 */
import type { CfnElement } from 'aws-cdk-lib';
import { beforeAll, describe, expect, it } from 'vitest';
import { COGNITO_ACTIONS } from '../../functions/data/user-directory';
import { resources, synth, type Synth } from './synth';

let dev: Synth;
beforeAll(() => {
  dev = synth();
});

const graphqlStatements = (s: Synth): any[] => {
  const role = s.stack.getLogicalId(s.stack.graphql.fn.role!.node.defaultChild as CfnElement);
  return resources(s.template, 'AWS::IAM::Policy')
    .filter(([, r]) => JSON.stringify(r.Properties.Roles).includes(`"${role}"`))
    .flatMap(([, r]) => r.Properties.PolicyDocument.Statement as any[]);
};

describe('account administration', () => {
  it("grants the GraphQL function the directory's Cognito calls, on its own user pool only", () => {
    // Prepare
    const pool = dev.stack.getLogicalId(dev.stack.auth.userPool.node.defaultChild as CfnElement);
    // Act
    const cognito = graphqlStatements(dev).filter((s) => [s.Action].flat().some((a: string) => a.startsWith('cognito-idp:')));
    // Assert
    expect(cognito).toHaveLength(1);
    expect([cognito[0].Action].flat().sort()).toEqual([...COGNITO_ACTIONS].sort());
    expect(cognito[0].Resource).toEqual({ 'Fn::GetAtt': [pool, 'Arn'] });
    expect(cognito[0].Effect).toBe('Allow');
  });

  it('gives the function the pool id, so it manages Cognito users rather than a local file', () => {
    const pool = dev.stack.getLogicalId(dev.stack.auth.userPool.node.defaultChild as CfnElement);
    const fn = resources(dev.template, 'AWS::Lambda::Function').find(([, r]) => String(r.Properties.Description ?? '').startsWith('Ecosystem Graph GraphQL API'))!;
    expect(fn[1].Properties.Environment.Variables.USER_POOL_ID).toEqual({ Ref: pool });
    expect(fn[1].Properties.Environment.Variables.LOCAL_USERS_FILE).toBeUndefined();
  });
});
