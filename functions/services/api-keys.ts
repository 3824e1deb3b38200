import { createApiKey, listApiKeys, revokeApiKey, type ApiKeyItem } from '../data';
import { checkText } from '../domain/common/validate';
import { failure, success, userError, type Outcome } from '../domain/common/user-error';
import { isJurisdictionCode } from '../domain/jurisdiction/provinces';
import type { ServiceContext } from './context';
import { requireAdmin } from './guard';
import { asFailure } from './write';

/** Partner API keys: created, listed and revoked by a province's admins. */
const DEFAULT_KEY_QUOTA = 600;

export const issueApiKey = async (
  ctx: ServiceContext,
  jur: string,
  fields: { name: string; quotaPerMinute?: number | null },
): Promise<Outcome<{ key: ApiKeyItem; plaintext: string }>> => {
  if (!isJurisdictionCode(jur)) return failure(userError('INVALID', `${jur} is not a jurisdiction code`, ['input', 'jurisdiction']));
  const denied = requireAdmin(ctx, jur);
  if (denied.length) return failure(...denied);
  const quota = fields.quotaPerMinute ?? DEFAULT_KEY_QUOTA;
  const errors = [
    ...checkText(fields.name, ['input', 'name'], { required: true, max: 100 }),
    ...(Number.isInteger(quota) && quota >= 1 && quota <= 100_000
      ? []
      : [userError('INVALID', 'A quota is a whole number of requests a minute, 1–100000', ['input', 'quotaPerMinute'])]),
  ];
  if (errors.length) return failure(...errors);
  try {
    return success(await createApiKey(ctx.store, ctx.scope, jur, { name: fields.name.trim(), quotaPerMinute: quota }));
  } catch (error) {
    return asFailure(error);
  }
};

export const withdrawApiKey = async (ctx: ServiceContext, jur: string, id: string): Promise<Outcome<ApiKeyItem>> => {
  const denied = requireAdmin(ctx, jur);
  if (denied.length) return failure(...denied);
  try {
    const key = await revokeApiKey(ctx.store, ctx.scope, jur, id);
    return key ? success(key) : failure(userError('NOT_FOUND', 'No such API key', ['input', 'id']));
  } catch (error) {
    return asFailure(error);
  }
};

export const apiKeysOf = async (ctx: ServiceContext, jur: string): Promise<ApiKeyItem[] | null> =>
  requireAdmin(ctx, jur).length ? null : listApiKeys(ctx.store, jur);
