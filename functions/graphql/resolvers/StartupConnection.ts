import type   { StartupConnectionResolvers } from './types.generated.js';
    export const StartupConnection: StartupConnectionResolvers = {
    /* Implement StartupConnection resolver logic here */
  };