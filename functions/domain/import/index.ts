export { parsePlan,  } from './draft';
export { matchAgencies, agencyKey,    } from './agencies';
export { toPlanImportInput, toOutputJson, type PlanImportInput,  } from './output';
;
export type { PlanDraft,     } from './types';
