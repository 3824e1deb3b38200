import type { ExplanationParamResolvers } from './types.generated.js';

export const ExplanationParam: ExplanationParamResolvers = {
  name: (p) => p.name,
  kind: (p) => p.kind,
  value: (p) => p.value,
};
