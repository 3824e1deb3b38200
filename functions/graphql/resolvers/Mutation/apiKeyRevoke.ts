import type { MutationResolvers } from './../types.generated.js';
import { withdrawApiKey } from '../../../services/api-keys';
import { refOf } from '../../global-id';
import { badId, payload } from '../../payload';

export const apiKeyRevoke: NonNullable<MutationResolvers['apiKeyRevoke']> = async (_parent, { input }, ctx) => {
  const ref = refOf(input.id, 'ApiKey');
  if (!ref) return badId('apiKey');
  return payload('apiKey', await withdrawApiKey(ctx.services, ref.jur, ref.id));
};
