/** Stored-data migrations (ISSUE 19.1): the runner, the step helpers and the registry. */
export { runMigrations, readSchemaVersion, SchemaTooNew, type MigrationReport } from './runner';
export { scanStep, type MigrationStep, type StepContext } from './step';
export { migrationSteps } from './steps';
