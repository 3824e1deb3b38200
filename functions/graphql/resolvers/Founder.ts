import type { FounderResolvers } from './types.generated.js';
import { personal } from '../ecosystem';

export const Founder: FounderResolvers = {
  name: (f) => f.name,
  role: (f) => f.role,
  woman: (f) => f.woman,
  youth: (f) => f.youth,
  phone: (f, _arg, ctx) => personal(ctx.services, f.jur, f.phone),
  email: (f, _arg, ctx) => personal(ctx.services, f.jur, f.email),
};
