import type   { ProductResolvers } from './types.generated.js';
    export const Product: ProductResolvers = {
    /* Implement Product resolver logic here */
  };