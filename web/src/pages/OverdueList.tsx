import { useQuery } from '@apollo/client';
import { graphql } from '../gql';
import { ErrorNote } from '../components/Feedback';
import { downloadCsv } from '../components/download';
import { enumKey, useI18n } from '../i18n/i18n';
import { formatDate, formatPeriod } from '../i18n/format';

const OverdueQuery = graphql(`
  query ConsoleOverdue($plan: ID!) {
    overdue(plan: $plan) {
      kind
      agency { id name }
      task { id code title }
      indicator { id code name }
      period
      dueOn
      daysLate
      state
    }
  }
`);

/** Shown on the screen; the CSV carries every item. */
const SHOWN = 100;

/** The department's overdue list for a plan across agencies, most late first: reports and actuals not in for past rounds, tasks past their end. */
export const OverdueList = ({ plan }: { plan: string }) => {
  const { t, lang } = useI18n();
  const { data, error } = useQuery(OverdueQuery, { variables: { plan } });
  const items = [...(data?.overdue ?? [])].sort((a, b) => b.daysLate - a.daysLate || a.agency.name.localeCompare(b.agency.name, 'vi'));
  const what = (o: (typeof items)[number]) => (o.task ? `${o.task.code}. ${o.task.title}` : o.indicator ? `${o.indicator.code}. ${o.indicator.name}` : '');
  return (
    <section className="block" aria-labelledby="overdue-title">
      <h2 id="overdue-title">{t('overdueTitle')} ({items.length})</h2>
      <ErrorNote error={error} />
      {data && items.length === 0 && <p className="muted">{t('nothingOverdue')}</p>}
      {items.length > 0 && (
        <>
          <button type="button" className="secondary" onClick={() => downloadCsv('qua-han.csv', [
            [t('agency'), t('overdueKind'), t('overdueItem'), t('period'), t('dueOn'), t('overdueDays')],
            ...items.map((o) => [o.agency.name, t(enumKey('overdueKind', o.kind)), what(o), o.period ? formatPeriod(o.period, lang) : '', formatDate(o.dueOn), o.daysLate]),
          ])}>{t('exportCsv')}</button>
          <div className="table-wrap">
            <table>
              <thead><tr><th scope="col">{t('agency')}</th><th scope="col">{t('overdueKind')}</th><th scope="col">{t('overdueItem')}</th><th scope="col">{t('period')}</th><th scope="col">{t('dueOn')}</th><th scope="col" className="num">{t('overdueDays')}</th></tr></thead>
              <tbody>
                {items.slice(0, SHOWN).map((o, i) => (
                  <tr key={i} data-overdue={o.kind}>
                    <th scope="row">{o.agency.name}</th>
                    <td>{t(enumKey('overdueKind', o.kind))}</td>
                    <td>{what(o)}</td>
                    <td>{o.period ? formatPeriod(o.period, lang) : '—'}</td>
                    <td>{formatDate(o.dueOn)}</td>
                    <td className="num">{o.daysLate}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {items.length > SHOWN && <p className="muted">{t('overdueMore', { shown: SHOWN, count: items.length })}</p>}
        </>
      )}
    </section>
  );
};
