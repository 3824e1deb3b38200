import type { ImportedIndicatorResolvers } from './types.generated.js';

export const ImportedIndicator: ImportedIndicatorResolvers = {
  targets: ({ targets }) => [...targets],
};
