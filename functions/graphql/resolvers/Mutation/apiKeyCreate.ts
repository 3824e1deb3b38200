import type { MutationResolvers } from './../types.generated.js';
import { issueApiKey } from '../../../services/api-keys';

export const apiKeyCreate: NonNullable<MutationResolvers['apiKeyCreate']> = async (_parent, { input }, ctx) => {
  const outcome = await issueApiKey(ctx.services, input.jurisdiction, input);
  return outcome.ok
    ? { apiKey: outcome.value.key, secret: outcome.value.plaintext, userErrors: [] }
    : { apiKey: null, secret: null, userErrors: [...outcome.errors] };
};
