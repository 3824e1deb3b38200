import { useI18n } from '../i18n/i18n';
import { formatDate, formatPeriod } from '../i18n/format';
import type { usePlanRound } from './usePlanRound';

/** The plan and period selects shared by the agency's and the department's screens. */
export const RoundPicker = ({ round }: { round: ReturnType<typeof usePlanRound> }) => {
  const { t, lang } = useI18n();
  return (
    <div className="search">
      <label>{t('plan')}
        <select value={round.plan?.id ?? ''} onChange={(e) => round.choose({ plan: e.target.value })}>
          {round.plans.map((p) => <option key={p.id} value={p.id}>{p.number} — {p.title.slice(0, 80)}</option>)}
        </select>
      </label>
      <label>{t('period')}
        <select value={round.period ?? ''} onChange={(e) => round.choose({ period: e.target.value })}>
          {round.rounds.map((r) => <option key={r.period} value={r.period}>{formatPeriod(r.period, lang)} · {t('dueOn')} {formatDate(r.dueOn)}</option>)}
        </select>
      </label>
    </div>
  );
};
