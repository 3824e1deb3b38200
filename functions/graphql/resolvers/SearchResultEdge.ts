import type   { SearchResultEdgeResolvers } from './types.generated.js';
    export const SearchResultEdge: SearchResultEdgeResolvers = {
    /* Implement SearchResultEdge resolver logic here */
  };