/**
 * Prints a token for the local server and nothing else:
 *   npm run --silent token -- --role PROVINCE_ADMIN --jurisdiction 04 [--agency ID] [--sub NAME] [--ttl SECONDS]
 *   npm run --silent token -- --role PULL_OPERATOR [--jurisdiction 04,24]   (this deployment's puller)
 * Whoever can run it holds the data folder's signing key: this deployment's admin.
 */
import { parseArgs } from 'node:util';
import { ensureLocalKeys, signLocalToken, type TokenClaims } from './lib/local-keys';
import { fromGlobalId } from '../functions/graphql/global-id';

const { values } = parseArgs({
  options: {
    role: { type: 'string' },
    jurisdiction: { type: 'string' },
    agency: { type: 'string' },
    sub: { type: 'string' },
    ttl: { type: 'string' },
  },
});

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
const keys = await ensureLocalKeys(process.env.DATA_DIR ?? '.data');
process.stdout.write(`${await signLocalToken(keys, claims)}\n`);
