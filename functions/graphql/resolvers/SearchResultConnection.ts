import type   { SearchResultConnectionResolvers } from './types.generated.js';
    export const SearchResultConnection: SearchResultConnectionResolvers = {
    /* Implement SearchResultConnection resolver logic here */
  };