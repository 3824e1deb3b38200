import type   { RegistryDeletePayloadResolvers } from './types.generated.js';
    export const RegistryDeletePayload: RegistryDeletePayloadResolvers = {
    /* Implement RegistryDeletePayload resolver logic here */
  };