import type { IncomingMessage, ServerResponse } from 'node:http';
import type { UserDirectory } from '../../functions/data';
import { fromGlobalId } from '../../functions/graphql/global-id';
import { signLocalToken, type LocalKeys, type TokenClaims } from './local-keys';

/**
 * The console's "sign in as" for a laptop: GET /local/sign-in lists what one may sign in as
 * (roles, this server's provinces, the department's local accounts); POST signs a token with
 * the data folder's key. Whoever runs `npm start` already holds that key, so this adds no
 * power, but it must not reach anyone else: it answers only a loopback peer that names a
 * loopback host (a DNS-rebinding page names its own host), and POST takes JSON only (a
 * cross-site form cannot send it without a preflight this handler never grants).
 */
const LOOPBACK_PEERS = new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1']);
const LOOPBACK_HOST = /^(localhost|127\.0\.0\.1|\[::1\])(:\d+)?$/;
const ROLES = ['PROVINCE_ADMIN', 'AGENCY', 'NATIONAL'] as const;

const isLoopbackRequest = (req: IncomingMessage): boolean =>
  LOOPBACK_PEERS.has(req.socket.remoteAddress ?? '') && LOOPBACK_HOST.test(req.headers.host ?? '') &&
  (!req.headers.origin || LOOPBACK_HOST.test(new URL(req.headers.origin).host));

interface SignInRequest {
  readonly role?: string;
  readonly jurisdictions?: readonly string[];
  readonly agency?: string;
  readonly user?: string;
}

const json = (res: ServerResponse, status: number, body: unknown) =>
  void res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' }).end(JSON.stringify(body));

const readBody = (req: IncomingMessage, limit = 4096): Promise<string> =>
  new Promise((resolve, reject) => {
    let body = '';
    req.on('data', (chunk: Buffer) => {
      body += chunk.toString();
      if (body.length > limit) reject(new Error('too large'));
    });
    req.on('end', () => resolve(body));
    req.on('error', reject);
  });

/** The claims a sign-in request asks for, or a message saying why it cannot be signed. */
const claimsFor = async (request: SignInRequest, jurisdictions: readonly string[], users: UserDirectory): Promise<TokenClaims | string> => {
  if (request.user) {
    const account = await users.get(request.user.trim().toLowerCase());
    if (!account) return `no local account ${request.user}`;
    if (!account.enabled) return `the account ${request.user} is disabled`;
    return { role: account.role, jurisdictions: [account.jurisdiction], ...(account.agencyId ? { agency: account.agencyId } : {}), subject: account.email };
  }
  const role = ROLES.find((r) => r === request.role);
  if (!role) return `role must be one of ${ROLES.join(', ')}`;
  const asked = (request.jurisdictions ?? []).filter((j) => jurisdictions.includes(j));
  if (role !== 'NATIONAL' && asked.length !== 1) return `choose one of this server's provinces: ${jurisdictions.join(', ')}`;
  if (role === 'AGENCY' && !request.agency) return 'an agency sign-in names its agency';
  const agency = request.agency ? (fromGlobalId(request.agency)?.id ?? request.agency) : undefined;
  return { role, jurisdictions: role === 'NATIONAL' ? [] : asked, ...(agency ? { agency } : {}), subject: `local-${role.toLowerCase()}` };
};

export const localSignInHandler = (deps: { keys: LocalKeys; jurisdictions: readonly string[]; users: UserDirectory }) =>
  async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    if (!isLoopbackRequest(req)) return json(res, 404, { error: 'not found' });
    if (req.method === 'GET') {
      const accounts = (await Promise.all(deps.jurisdictions.map((j) => deps.users.list(j)))).flat().filter((a) => a.enabled);
      return json(res, 200, {
        roles: ROLES,
        jurisdictions: deps.jurisdictions,
        accounts: accounts.map((a) => ({ email: a.email, displayName: a.displayName, role: a.role, jurisdiction: a.jurisdiction })),
      });
    }
    if (req.method !== 'POST') return json(res, 405, { error: 'GET or POST' });
    if (!(req.headers['content-type'] ?? '').startsWith('application/json')) return json(res, 415, { error: 'send JSON' });
    let request: SignInRequest;
    try {
      request = JSON.parse(await readBody(req)) as SignInRequest;
    } catch {
      return json(res, 400, { error: 'the body is not JSON' });
    }
    const claims = await claimsFor(request, deps.jurisdictions, deps.users);
    if (typeof claims === 'string') return json(res, 400, { error: claims });
    return json(res, 200, { token: await signLocalToken(deps.keys, claims), role: claims.role, jurisdictions: claims.jurisdictions, agency: claims.agency ?? null });
  };
