import type   { StartupEdgeResolvers } from './types.generated.js';
    export const StartupEdge: StartupEdgeResolvers = {
    /* Implement StartupEdge resolver logic here */
  };