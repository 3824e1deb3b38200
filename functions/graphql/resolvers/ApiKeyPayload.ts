import type   { ApiKeyPayloadResolvers } from './types.generated.js';
    export const ApiKeyPayload: ApiKeyPayloadResolvers = {
    /* Implement ApiKeyPayload resolver logic here */
  };