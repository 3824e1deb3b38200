import { rebuildDerived } from '../rebuild';
import { cleanStoredText } from './clean-text';
import { recomputeIndexKeys, reindexed } from './reindex';
import { settleUnappliedAudit } from './settle-audit';
import { scanStep, type MigrationStep } from './step';

/**
 * Every migration, in the order it runs. The schema version of a database is the number
 * of these it has done, so a step is only ever appended: never removed, renamed or moved.
 *
 * To add one, append it here (small steps inline, a big one in its own file beside this):
 *
 *   scanStep({
 *     name: 'records-trim-names',            // stable, unique
 *     description: 'Trims spaces around data.name',
 *     table: 'Records',
 *     unchangedIf: ['pk', 'version'],         // skip (and retry) items changed meanwhile
 *     rewrite: (item) => {                    // null = already migrated: idempotent
 *       const data = item.data as { name?: string } | undefined;
 *       if (typeof data?.name !== 'string' || data.name === data.name.trim()) return null;
 *       return { ...item, data: { ...data, name: data.name.trim() } };
 *     },
 *   }),
 *
 * and extend test/integration/migrations.test.ts with what the step must leave behind on
 * the schema-v0 fixture (a database written by the code before any migration existed).
 */
export const migrationSteps: readonly MigrationStep[] = [
  // Keys first: the derived items below are filed under the records' recomputed keys.
  recomputeIndexKeys,
  {
    name: 'derived-search-index-and-counters',
    description: 'Files every record in the search index and counts it in the counters kept on write (docs/search.md); rerunnable',
    // The rebuild writes only differences, so an interrupted run simply runs again from the start.
    run: async ({ store }) => {
      await rebuildDerived(store);
    },
  },
  // Registry records gained their main-date listing (orderBy DATE, entities/ecosystem.ts byDate):
  // the same recomputation again, for databases that had run the first one already.
  { ...recomputeIndexKeys, name: 'records-index-by-main-date', description: 'Lists startups, incubators, competitions and events by their main date (byParent, `{jur}#{Type}#@date`) for orderBy DATE' },
  cleanStoredText,
  {
    name: 'derived-after-clean-text',
    description: 'Files the cleaned text in the search index (rebuild of the derived items; writes only differences)',
    run: async ({ store }) => {
      await rebuildDerived(store);
    },
  },
  // Deliveries are also listed under their plan (byLink) since the exchange sends them.
  scanStep({
    name: 'records-deliveries-by-plan',
    description: 'Lists every output delivery under its plan too (byLink), recomputing index attributes from the entities’ key design',
    table: 'Records',
    unchangedIf: ['pk', 'version'],
    rewrite: reindexed,
  }),
  settleUnappliedAudit,
];
