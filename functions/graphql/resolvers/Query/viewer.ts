import type { QueryResolvers } from './../types.generated.js';

export const viewer: NonNullable<QueryResolvers['viewer']> = (_parent, _arg, ctx) => ctx.services.caller;
