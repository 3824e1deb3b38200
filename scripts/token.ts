/**
 * Prints a token for the local server and nothing else:
 *   npm run --silent token -- --role PROVINCE_ADMIN --jurisdiction 04 [--agency ID] [--sub NAME] [--ttl SECONDS]
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

const roles = ['PROVINCE_ADMIN', 'AGENCY', 'NATIONAL'] as const;
const role = roles.find((r) => r === values.role);
if (!role) {
  process.stderr.write(`--role must be one of ${roles.join(', ')}\n`);
  process.exit(2);
}
const jurisdictions = (values.jurisdiction ?? '').split(',').map((j) => j.trim()).filter(Boolean);
if (role !== 'NATIONAL' && jurisdictions.length === 0) {
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
