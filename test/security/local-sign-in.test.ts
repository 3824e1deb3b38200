import { mkdtempSync } from 'node:fs';
import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { decodeJwt } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LocalUserDirectory, localUsersFile } from '../../functions/data';
import { ensureLocalKeys } from '../../scripts/lib/local-keys';
import { localSignInHandler } from '../../scripts/lib/local-sign-in';

/**
 * The console's local "sign in as" (scripts/lib/local-sign-in.ts) signs tokens with the data
 * folder's key, so it must answer no one but the laptop's own browser: not a page that
 * rebinds its DNS name to 127.0.0.1, not a cross-site form, not a role it does not list.
 */
let server: Server;
let port: number;
beforeAll(async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'eg-signin-'));
  const users = new LocalUserDirectory(localUsersFile(dir));
  await users.create({ email: 'clerk@hnd.caobang.gov.vn', displayName: 'Cán bộ Hội Nông dân', role: 'AGENCY', jurisdiction: '04', agencyId: 'a8627466e3b18b144d4b' });
  const handler = localSignInHandler({ keys: await ensureLocalKeys(dir), jurisdictions: ['04', '24'], users });
  server = createServer((req, res) => void handler(req, res));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const call = (method: string, headers: Record<string, string>, body?: string): Promise<{ status: number; json: Record<string, unknown> }> =>
  new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path: '/local/sign-in', method, headers: { host: `localhost:${port}`, ...headers } }, (res) => {
      let text = '';
      res.on('data', (d: Buffer) => (text += d.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, json: JSON.parse(text) as Record<string, unknown> }));
    });
    req.on('error', reject);
    req.end(body);
  });
const post = (body: object, headers: Record<string, string> = {}) => call('POST', { 'content-type': 'application/json', ...headers }, JSON.stringify(body));

describe('local sign-in', () => {
  it('lists the roles, provinces and enabled local accounts, and signs what it lists', async () => {
    // Act
    const options = await call('GET', {});
    const admin = await post({ role: 'PROVINCE_ADMIN', jurisdictions: ['24'] });
    const agency = await post({ role: 'AGENCY', jurisdictions: ['04'], agency: 'QWdlbmN5OjA0OmE4NjI3NDY2ZTNiMThiMTQ0ZDRi' });
    const account = await post({ user: 'Clerk@HND.caobang.gov.vn' });
    // Assess
    expect(options.json).toEqual({ roles: ['PROVINCE_ADMIN', 'AGENCY', 'NATIONAL'], jurisdictions: ['04', '24'], accounts: [{ email: 'clerk@hnd.caobang.gov.vn', displayName: 'Cán bộ Hội Nông dân', role: 'AGENCY', jurisdiction: '04' }] });
    expect(decodeJwt(admin.json.token as string)).toMatchObject({ role: 'PROVINCE_ADMIN', jurisdictions: ['24'] });
    expect(decodeJwt(agency.json.token as string)).toMatchObject({ role: 'AGENCY', jurisdictions: ['04'], agency: 'a8627466e3b18b144d4b' });
    expect(decodeJwt(account.json.token as string)).toMatchObject({ role: 'AGENCY', agency: 'a8627466e3b18b144d4b', sub: 'clerk@hnd.caobang.gov.vn' });
  });

  it('refuses a rebinding host, a foreign origin, a form post, a role it does not list and a province it does not serve', async () => {
    // Act
    const rebound = await call('GET', { host: `evil.example:${port}` });
    const foreignOrigin = await post({ role: 'PROVINCE_ADMIN', jurisdictions: ['04'] }, { origin: 'https://evil.example' });
    const form = await call('POST', { 'content-type': 'application/x-www-form-urlencoded' }, 'role=PROVINCE_ADMIN&jurisdictions=04');
    const operator = await post({ role: 'PULL_OPERATOR' });
    const otherProvince = await post({ role: 'PROVINCE_ADMIN', jurisdictions: ['01'] });
    const agencyWithout = await post({ role: 'AGENCY', jurisdictions: ['04'] });
    // Assess
    expect([rebound.status, foreignOrigin.status, form.status, operator.status, otherProvince.status, agencyWithout.status]).toEqual([404, 404, 415, 400, 400, 400]);
    expect([rebound, foreignOrigin, form, operator, otherProvince, agencyWithout].some((r) => 'token' in r.json)).toBe(false);
  });
});
