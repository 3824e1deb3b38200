/**
 * The daily reminders job: an EventBridge schedule invokes this Lambda (infra/constructs/
 * jobs.ts); locally `npm run remind` asks the running server to do the same (remindersRun).
 * For each jurisdiction of the deployment it records DUE_SOON / OVERDUE notifications
 * (idempotent: a second run on a day makes none twice) and, when configured, sends a summary
 * to an SNS topic (REMINDER_TOPIC_ARN; e-mail subscribers) and/or a webhook (REMINDER_WEBHOOK_URL).
 */
import { createLoaders, dataConfigFromEnv, Store } from '../data';
import { reminderSinksFromEnv, type ReminderSink } from '../data/notify';
import { todayInVietnam } from '../domain/operations/calendar';
import { scopeFor, type Caller } from '../services/caller';
import type { ServiceContext } from '../services/context';
import { runReminders, type RemindersResult } from '../services/operations/notifications';

export interface ReminderRun {
  readonly asOf: string;
  readonly results: Record<string, RemindersResult | { error: string }>;
  readonly sinkErrors: string[];
}

/** Runs the day's reminders for `jurisdictions` as the job's own system caller. */
export const runDailyReminders = async (
  store: Store,
  jurisdictions: readonly string[],
  options: { asOf?: string; sinks?: readonly ReminderSink[]; dueWithinDays?: number } = {},
): Promise<ReminderRun> => {
  const asOf = options.asOf ?? todayInVietnam();
  const results: ReminderRun['results'] = {};
  const sinkErrors: string[] = [];
  for (const jur of jurisdictions) {
    const caller: Caller = { role: 'PROVINCE_ADMIN', subject: 'reminders-job', jurisdictions: [jur], agencyId: null };
    const ctx: ServiceContext = { store, loaders: createLoaders(store), caller, scope: scopeFor(caller), jurisdictions };
    const outcome = await runReminders(ctx, jur, { asOf, dueWithinDays: options.dueWithinDays ?? null });
    if (!outcome.ok) {
      results[jur] = { error: outcome.errors.map((e) => e.message).join('; ') };
      continue;
    }
    results[jur] = outcome.value;
    if (outcome.value.created === 0) continue;
    const { DUE_SOON, OVERDUE } = outcome.value.createdByKind;
    for (const sink of options.sinks ?? []) {
      try {
        await sink.send({
          jurisdiction: jur,
          subject: `Nhắc báo cáo ${asOf}: ${OVERDUE} quá hạn, ${DUE_SOON} sắp đến hạn (${jur})`,
          text: `Ngày ${asOf}, tỉnh ${jur}: ${OVERDUE} báo cáo/số liệu quá hạn và ${DUE_SOON} sắp đến hạn đã được ghi thành thông báo cho các cơ quan (notifications).`,
          counts: { DUE_SOON, OVERDUE },
        });
      } catch (error) {
        sinkErrors.push(`${sink.name}: ${(error as Error).message}`);
      }
    }
  }
  return { asOf, results, sinkErrors };
};

/** The scheduled Lambda's entry. */
export const handler = async (): Promise<ReminderRun> => {
  const env = process.env;
  const store = new Store(dataConfigFromEnv(env));
  const jurisdictions = (env.JURISDICTIONS ?? '04,24').split(',').map((j) => j.trim()).filter(Boolean);
  const run = await runDailyReminders(store, jurisdictions, { sinks: reminderSinksFromEnv(env) });
  console.log(JSON.stringify({ level: 'INFO', message: 'reminders', ...run }));
  return run;
};
