import type { HttpHeaderResolvers } from './types.generated.js';

export const HttpHeader: HttpHeaderResolvers = {};
