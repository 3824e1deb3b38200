/** Stored-data migrations (ISSUE 19.1): the runner, the step helpers and the registry. */
export { runMigrations, readSchemaVersion, SchemaTooNew,  } from './runner';
export { scanStep,   } from './step';
export { migrationSteps } from './steps';
