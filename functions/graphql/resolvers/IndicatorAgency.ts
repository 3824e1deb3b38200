import type { IndicatorAgencyResolvers } from './types.generated.js';

export const IndicatorAgency: IndicatorAgencyResolvers = {
  role: (parent) => parent.link.role,
  agency: (parent) => parent.agency,
};
