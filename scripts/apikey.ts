/**
 * Issues a partner API key and prints only the key:
 *   npm run --silent apikey -- --name <portal> --jurisdiction <code> [--quota N] [--url U] [--token T]
 * Without --token it signs a province admin token with the local server's key (DATA_DIR).
 */
import { parseArgs } from 'node:util';
import { ensureLocalKeys, signLocalToken } from './lib/local-keys';

const { values } = parseArgs({
  options: {
    name: { type: 'string' },
    jurisdiction: { type: 'string' },
    quota: { type: 'string' },
    url: { type: 'string', default: 'http://localhost:4000/graphql' },
    token: { type: 'string' },
  },
});
if (!values.name || !values.jurisdiction) {
  process.stderr.write('usage: npm run --silent apikey -- --name <portal> --jurisdiction <code> [--quota N] [--url U] [--token T]\n');
  process.exit(2);
}
const token =
  values.token ??
  (await signLocalToken(await ensureLocalKeys(process.env.DATA_DIR ?? '.data'), {
    role: 'PROVINCE_ADMIN',
    jurisdictions: [values.jurisdiction],
    subject: 'apikey-cli',
  }));
const response = await fetch(values.url, {
  method: 'POST',
  headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
  body: JSON.stringify({
    query: 'mutation($input: ApiKeyCreateInput!) { apiKeyCreate(input: $input) { secret apiKey { id quotaPerMinute } userErrors { field message code } } }',
    variables: { input: { jurisdiction: values.jurisdiction, name: values.name, ...(values.quota ? { quotaPerMinute: Number(values.quota) } : {}) } },
  }),
});
const body = (await response.json()) as {
  data?: { apiKeyCreate: { secret: string | null; userErrors: { message: string; code: string }[] } };
  errors?: { message: string }[];
};
const result = body.data?.apiKeyCreate;
if (!result?.secret) {
  const reasons = [...(body.errors ?? []), ...(result?.userErrors ?? [])].map((e) => e.message).join('; ');
  process.stderr.write(`No key issued: ${reasons || response.statusText}\n`);
  process.exit(1);
}
process.stdout.write(`${result.secret}\n`);
