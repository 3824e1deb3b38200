import type   { ApiKeyCreatePayloadResolvers } from './types.generated.js';
    export const ApiKeyCreatePayload: ApiKeyCreatePayloadResolvers = {
    /* Implement ApiKeyCreatePayload resolver logic here */
  };