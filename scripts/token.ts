/**
 * Prints a token for the local server and nothing else:
 *   npm run --silent token -- --role PROVINCE_ADMIN --jurisdiction 04 [--agency ID] [--sub NAME] [--ttl SECONDS]
 *   npm run --silent token -- --role PULL_OPERATOR [--jurisdiction 04,24]   (this deployment's puller)
 *   npm run --silent token -- --user clerk@example.vn   (an account made with userAccountCreate)
 * Whoever can run it holds the data folder's signing key: this deployment's admin.
 */
import { parseArgs } from 'node:util';
import { ensureLocalKeys, signLocalToken, type TokenClaims } from './lib/local-keys';
import { fromGlobalId } from '../functions/graphql/global-id';
import { LocalUserDirectory, localUsersFile } from '../functions/data';

const { values } = parseArgs({
  options: {
    role: { type: 'string' },
    jurisdiction: { type: 'string' },
    agency: { type: 'string' },
    sub: { type: 'string' },
    ttl: { type: 'string' },
    user: { type: 'string' },
  },
});

const dataDir = process.env.DATA_DIR ?? '.data';
// --user EMAIL: a token for an account the department created (userAccountCreate), with its role, province and agency.
if (values.user) {
  const email = values.user.trim().toLowerCase();
  const account = await new LocalUserDirectory(localUsersFile(dataDir)).get(email);
  if (!account) {
    process.stderr.write(`No local account ${email} in ${localUsersFile(dataDir)} (create it with userAccountCreate; DATA_DIR names the server's folder)\n`);
    process.exit(2);
  }
  if (!account.enabled) {
    process.stderr.write(`The account ${email} is disabled (userAccountEnable enables it)\n`);
    process.exit(2);
  }
  const claims: TokenClaims = {
    role: account.role,
    jurisdictions: [account.jurisdiction],
    ...(account.agencyId ? { agency: account.agencyId } : {}),
    subject: email,
    ...(values.ttl ? { ttlSeconds: Number(values.ttl) } : {}),
  };
  process.stdout.write(`${await signLocalToken(await ensureLocalKeys(dataDir), claims)}\n`);
  process.exit(0);
}

const roles = ['PROVINCE_ADMIN', 'AGENCY', 'NATIONAL', 'PULL_OPERATOR'] as const;
const role = roles.find((r) => r === values.role);
if (!role) {
  process.stderr.write(`--role must be one of ${roles.join(', ')}\n`);
  process.exit(2);
}
const jurisdictions = (values.jurisdiction ?? '').split(',').map((j) => j.trim()).filter(Boolean);
// NATIONAL reads every province; a PULL_OPERATOR without jurisdictions runs every pull this deployment's configuration binds.
if (role !== 'NATIONAL' && role !== 'PULL_OPERATOR' && jurisdictions.length === 0) {
  process.stderr.write('--jurisdiction is required (e.g. 04, or 04,24)\n');
  process.exit(2);
}
if (role === 'AGENCY' && !values.agency) {
  process.stderr.write('--agency is required for an AGENCY token (the agency ID from the API)\n');
  process.exit(2);
}
// An agency is given by its global ID (as the API shows it) or its record id.
const agency = values.agency ? (fromGlobalId(values.agency)?.id ?? values.agency) : undefined;
const claims: TokenClaims = {
  role,
  jurisdictions,
  ...(agency ? { agency } : {}),
  ...(values.sub ? { subject: values.sub } : {}),
  ...(values.ttl ? { ttlSeconds: Number(values.ttl) } : {}),
};
const keys = await ensureLocalKeys(dataDir);
process.stdout.write(`${await signLocalToken(keys, claims)}\n`);
