import type   { IndicatorEdgeResolvers } from './types.generated.js';
    export const IndicatorEdge: IndicatorEdgeResolvers = {
    /* Implement IndicatorEdge resolver logic here */
  };