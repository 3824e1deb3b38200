import {
  AdminAddUserToGroupCommand,
  AdminCreateUserCommand,
  AdminDisableUserCommand,
  AdminEnableUserCommand,
  AdminGetUserCommand,
  AdminListGroupsForUserCommand,
  AdminUserGlobalSignOutCommand,
  CognitoIdentityProviderClient,
  ListUsersInGroupCommand,
  type AttributeType,
  type UserType,
} from '@aws-sdk/client-cognito-identity-provider';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/**
 * The people who sign in (issue 19.2): created, bound to a role, a jurisdiction and (for a
 * clerk) an agency, disabled and enabled by the department, never by the AWS console.
 * Deployed, they are the Cognito user pool's users (role = group, scope = custom attributes,
 * the same ones the pre-token trigger copies into the access token); locally, a file beside
 * the local signing key (`DATA_DIR/keys/users.json`) that `npm run token -- --user EMAIL` signs for.
 */
export type AccountRole = 'PROVINCE_ADMIN' | 'AGENCY';

export interface UserAccount {
  readonly email: string;
  readonly displayName: string | null;
  readonly role: AccountRole;
  readonly jurisdiction: string;
  readonly agencyId: string | null;
  readonly enabled: boolean;
  /** Cognito's status (FORCE_CHANGE_PASSWORD until the first sign-in, CONFIRMED after); LOCAL for the local file. */
  readonly status: string;
  readonly createdAt: string | null;
}

export type NewUserAccount = Omit<UserAccount, 'enabled' | 'status' | 'createdAt'>;

export class AccountExists extends Error {
  constructor(readonly email: string) {
    super(`An account for ${email} already exists`);
    this.name = 'AccountExists';
  }
}

export interface UserDirectory {
  /** Where accounts live, for messages: "Cognito user pool …" or the local file. */
  readonly where: string;
  get(email: string): Promise<UserAccount | null>;
  /** Creates the account; deployed, Cognito e-mails a temporary password. Throws AccountExists. */
  create(account: NewUserAccount): Promise<UserAccount>;
  /** Disables or enables; a disabled account's refresh tokens are revoked deployed. */
  setEnabled(email: string, enabled: boolean): Promise<UserAccount | null>;
  /** The jurisdiction's accounts, by e-mail. A province's pool holds its own people: a few hundred at most. */
  list(jurisdiction: string): Promise<UserAccount[]>;
}

const ROLES: readonly AccountRole[] = ['PROVINCE_ADMIN', 'AGENCY'];
const byEmail = (a: UserAccount, b: UserAccount) => (a.email < b.email ? -1 : a.email > b.email ? 1 : 0);

// ---- Local: a JSON file, written whole and renamed into place so a crash leaves the old or the new one.

interface LocalFile {
  readonly users: UserAccount[];
}

export class LocalUserDirectory implements UserDirectory {
  constructor(readonly file: string) {}

  get where(): string {
    return this.file;
  }

  private read(): UserAccount[] {
    try {
      return (JSON.parse(readFileSync(this.file, 'utf8')) as LocalFile).users;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
      throw error;
    }
  }

  private write(users: UserAccount[]): void {
    mkdirSync(path.dirname(this.file), { recursive: true });
    const temp = `${this.file}.${process.pid}.tmp`;
    writeFileSync(temp, `${JSON.stringify({ users: [...users].sort(byEmail) } satisfies LocalFile, null, 2)}\n`, { mode: 0o600 });
    renameSync(temp, this.file);
  }

  async get(email: string): Promise<UserAccount | null> {
    return this.read().find((u) => u.email === email) ?? null;
  }

  async create(account: NewUserAccount): Promise<UserAccount> {
    const users = this.read();
    if (users.some((u) => u.email === account.email)) throw new AccountExists(account.email);
    const created: UserAccount = { ...account, enabled: true, status: 'LOCAL', createdAt: new Date().toISOString() };
    this.write([...users, created]);
    return created;
  }

  async setEnabled(email: string, enabled: boolean): Promise<UserAccount | null> {
    const users = this.read();
    const found = users.find((u) => u.email === email);
    if (!found) return null;
    const changed = { ...found, enabled };
    this.write(users.map((u) => (u.email === email ? changed : u)));
    return changed;
  }

  async list(jurisdiction: string): Promise<UserAccount[]> {
    return this.read().filter((u) => u.jurisdiction === jurisdiction).sort(byEmail);
  }
}

// ---- Cognito: the pool's users; role is the group, scope the custom attributes.

const attribute = (attributes: readonly AttributeType[] | undefined, name: string): string | null =>
  attributes?.find((a) => a.Name === name)?.Value ?? null;

/** The Cognito API calls `CognitoUserDirectory` makes, as the Lambda's role grants them (infra/constructs/api.ts). */
export const COGNITO_ACTIONS = [
  'cognito-idp:AdminCreateUser',
  'cognito-idp:AdminAddUserToGroup',
  'cognito-idp:AdminGetUser',
  'cognito-idp:AdminListGroupsForUser',
  'cognito-idp:AdminDisableUser',
  'cognito-idp:AdminEnableUser',
  'cognito-idp:AdminUserGlobalSignOut',
  'cognito-idp:ListUsersInGroup',
] as const;

export class CognitoUserDirectory implements UserDirectory {
  constructor(
    readonly poolId: string,
    private readonly client: Pick<CognitoIdentityProviderClient, 'send'> = new CognitoIdentityProviderClient({}),
  ) {}

  get where(): string {
    return `Cognito user pool ${this.poolId}`;
  }

  private account(user: { Username?: string; Attributes?: AttributeType[]; UserAttributes?: AttributeType[]; Enabled?: boolean; UserStatus?: string; UserCreateDate?: Date }, role: AccountRole): UserAccount {
    const attributes = user.Attributes ?? user.UserAttributes;
    return {
      email: attribute(attributes, 'email') ?? user.Username ?? '',
      displayName: attribute(attributes, 'name'),
      role,
      jurisdiction: (attribute(attributes, 'custom:jurisdictions') ?? '').split(',')[0] ?? '',
      agencyId: attribute(attributes, 'custom:agency'),
      enabled: user.Enabled ?? true,
      status: user.UserStatus ?? 'UNKNOWN',
      createdAt: user.UserCreateDate ? user.UserCreateDate.toISOString() : null,
    };
  }

  async get(email: string): Promise<UserAccount | null> {
    try {
      const [user, groups] = await Promise.all([
        this.client.send(new AdminGetUserCommand({ UserPoolId: this.poolId, Username: email })),
        this.client.send(new AdminListGroupsForUserCommand({ UserPoolId: this.poolId, Username: email })),
      ]);
      // The role is the group; a user in no role group (made by hand in the console) is not one of ours.
      const role = ROLES.find((r) => groups.Groups?.some((g) => g.GroupName === r));
      return role ? this.account(user, role) : null;
    } catch (error) {
      if ((error as { name?: string }).name === 'UserNotFoundException') return null;
      throw error;
    }
  }

  async create(account: NewUserAccount): Promise<UserAccount> {
    try {
      const out = await this.client.send(
        new AdminCreateUserCommand({
          UserPoolId: this.poolId,
          Username: account.email,
          DesiredDeliveryMediums: ['EMAIL'],
          UserAttributes: [
            { Name: 'email', Value: account.email },
            { Name: 'email_verified', Value: 'true' },
            ...(account.displayName ? [{ Name: 'name', Value: account.displayName }] : []),
            { Name: 'custom:jurisdictions', Value: account.jurisdiction },
            ...(account.agencyId ? [{ Name: 'custom:agency', Value: account.agencyId }] : []),
          ],
        }),
      );
      await this.client.send(new AdminAddUserToGroupCommand({ UserPoolId: this.poolId, Username: account.email, GroupName: account.role }));
      return out.User ? this.account(out.User, account.role) : { ...account, enabled: true, status: 'FORCE_CHANGE_PASSWORD', createdAt: null };
    } catch (error) {
      if ((error as { name?: string }).name === 'UsernameExistsException') throw new AccountExists(account.email);
      throw error;
    }
  }

  async setEnabled(email: string, enabled: boolean): Promise<UserAccount | null> {
    const found = await this.get(email);
    if (!found) return null;
    if (enabled) await this.client.send(new AdminEnableUserCommand({ UserPoolId: this.poolId, Username: email }));
    else {
      await this.client.send(new AdminDisableUserCommand({ UserPoolId: this.poolId, Username: email }));
      // Refresh tokens stop working now; an access token already issued lives to its expiry (docs/accounts.md).
      await this.client.send(new AdminUserGlobalSignOutCommand({ UserPoolId: this.poolId, Username: email }));
    }
    return { ...found, enabled };
  }

  async list(jurisdiction: string): Promise<UserAccount[]> {
    const out: UserAccount[] = [];
    for (const role of ROLES) {
      let next: string | undefined;
      do {
        const page = await this.client.send(new ListUsersInGroupCommand({ UserPoolId: this.poolId, GroupName: role, Limit: 60, ...(next ? { NextToken: next } : {}) }));
        for (const user of page.Users ?? ([] as UserType[])) {
          const account = this.account(user, role);
          if (account.jurisdiction === jurisdiction) out.push(account);
        }
        next = page.NextToken;
      } while (next);
    }
    return out.sort(byEmail);
  }
}

/**
 * The directory a deployment uses: its user pool (USER_POOL_ID, set by the stack), else a
 * local file (LOCAL_USERS_FILE, set by `npm start` and the test harness); null when neither
 * is set, and then the account mutations answer that accounts are managed elsewhere.
 */
export const userDirectoryFromEnv = (env: NodeJS.ProcessEnv): UserDirectory | null => {
  if (env.USER_POOL_ID) return new CognitoUserDirectory(env.USER_POOL_ID);
  if (env.LOCAL_USERS_FILE) return new LocalUserDirectory(env.LOCAL_USERS_FILE);
  return null;
};

/** Where the local directory lives in a data folder: beside the local signing key. */
export const localUsersFile = (dataDir: string): string => path.join(dataDir, 'keys', 'users.json');
