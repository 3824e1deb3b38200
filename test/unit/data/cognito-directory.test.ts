/* eslint-disable @typescript-eslint/no-explicit-any -- the SDK commands' inputs, recorded as sent */
import { describe, expect, it } from 'vitest';
import { AccountExists, CognitoUserDirectory } from '../../../functions/data/user-directory';

/** The Cognito directory's calls, against a client that records them (the real pool is checked on the template). */
const recording = (answers: Record<string, (input: any) => unknown> = {}) => {
  const calls: { command: string; input: any }[] = [];
  const client = {
    send: async (command: { constructor: { name: string }; input: unknown }) => {
      const name = command.constructor.name;
      calls.push({ command: name, input: command.input });
      const answer = answers[name];
      return answer ? answer(command.input) : {};
    },
  };
  return { calls, directory: new CognitoUserDirectory('ap-southeast-1_pool', client as never) };
};

const user = (email: string, jur: string, agency?: string) => ({
  Username: email,
  Enabled: true,
  UserStatus: 'CONFIRMED',
  Attributes: [{ Name: 'email', Value: email }, { Name: 'custom:jurisdictions', Value: jur }, ...(agency ? [{ Name: 'custom:agency', Value: agency }] : [])],
});

describe('the Cognito user directory', () => {
  it('creates a clerk with the attributes the pre-token trigger reads, then puts them in their role group', async () => {
    const { calls, directory } = recording({ AdminCreateUserCommand: () => ({ User: user('c@x.vn', '04', 'a1') }) });
    const created = await directory.create({ email: 'c@x.vn', displayName: 'Chị C', role: 'AGENCY', jurisdiction: '04', agencyId: 'a1' });
    expect(calls.map((c) => c.command)).toEqual(['AdminCreateUserCommand', 'AdminAddUserToGroupCommand']);
    expect(calls[0]!.input).toMatchObject({ UserPoolId: 'ap-southeast-1_pool', Username: 'c@x.vn', DesiredDeliveryMediums: ['EMAIL'] });
    expect(calls[0]!.input.UserAttributes).toEqual(
      expect.arrayContaining([{ Name: 'custom:jurisdictions', Value: '04' }, { Name: 'custom:agency', Value: 'a1' }, { Name: 'name', Value: 'Chị C' }]),
    );
    expect(calls[1]!.input).toEqual({ UserPoolId: 'ap-southeast-1_pool', Username: 'c@x.vn', GroupName: 'AGENCY' });
    expect(created).toMatchObject({ email: 'c@x.vn', role: 'AGENCY', jurisdiction: '04', agencyId: 'a1', status: 'CONFIRMED' });
  });

  it('answers AccountExists for a taken user name', async () => {
    const { directory } = recording({
      AdminCreateUserCommand: () => {
        throw Object.assign(new Error('exists'), { name: 'UsernameExistsException' });
      },
    });
    await expect(directory.create({ email: 'c@x.vn', displayName: null, role: 'PROVINCE_ADMIN', jurisdiction: '04', agencyId: null })).rejects.toBeInstanceOf(AccountExists);
  });

  it('disabling also signs the user out everywhere', async () => {
    const { calls, directory } = recording({
      AdminGetUserCommand: () => ({ ...user('c@x.vn', '04'), UserAttributes: user('c@x.vn', '04').Attributes }),
      AdminListGroupsForUserCommand: () => ({ Groups: [{ GroupName: 'PROVINCE_ADMIN' }] }),
    });
    const out = await directory.setEnabled('c@x.vn', false);
    expect(out).toMatchObject({ email: 'c@x.vn', role: 'PROVINCE_ADMIN', enabled: false });
    expect(calls.map((c) => c.command).slice(2)).toEqual(['AdminDisableUserCommand', 'AdminUserGlobalSignOutCommand']);
  });

  it("lists a province's people from both role groups, following pages, and leaves other provinces out", async () => {
    const { calls, directory } = recording({
      ListUsersInGroupCommand: (input) =>
        input.GroupName === 'AGENCY'
          ? input.NextToken
            ? { Users: [user('b@x.vn', '04', 'a2')] }
            : { Users: [user('z@x.vn', '04', 'a1'), user('o@x.vn', '24', 'a9')], NextToken: 'p2' }
          : { Users: [user('a@x.vn', '04')] },
    });
    const list = await directory.list('04');
    expect(list.map((u) => [u.email, u.role])).toEqual([['a@x.vn', 'PROVINCE_ADMIN'], ['b@x.vn', 'AGENCY'], ['z@x.vn', 'AGENCY']]);
    expect(calls.filter((c) => c.command === 'ListUsersInGroupCommand')).toHaveLength(3);
  });
});
