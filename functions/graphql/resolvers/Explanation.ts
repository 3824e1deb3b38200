import type { ExplanationResolvers } from './types.generated.js';
import { explain } from '../../domain/text/explanations';

export const Explanation: ExplanationResolvers = {
  code: (e) => e.code,
  params: (e) => [...e.params],
  text: (e, { language }) => explain(e, language),
};
