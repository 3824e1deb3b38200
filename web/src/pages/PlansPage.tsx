import { useQuery } from '@apollo/client';
import { Link } from 'react-router-dom';
import { graphql } from '../gql';
import { ErrorNote, Loading } from '../components/Feedback';
import { enumKey, useI18n } from '../i18n/i18n';
import { periodLabel } from './period-label';
import { formatDate } from '../i18n/format';

const PlansQuery = graphql(`
  query ConsolePlans {
    plans(first: 50) {
      nodes {
        id
        number
        title
        status
        issuedOn
        issuer
        period { from to orientationYear }
        jurisdiction { code name }
      }
    }
  }
`);

/** The public landing page: every plan this API holds, by province. */
export const PlansPage = () => {
  const { t } = useI18n();
  const { data, loading, error } = useQuery(PlansQuery);
  return (
    <section>
      <h1>{t('plansTitle')}</h1>
      <p className="lead">{t('plansIntro')}</p>
      {loading && !data && <Loading />}
      <ErrorNote error={error} />
      <ul className="cards">
        {data?.plans.nodes.map((plan) => (
          <li key={plan.id} className="card">
            <p className="eyebrow">{plan.jurisdiction.name} · {plan.number}</p>
            <h2><Link to={`/plans/${encodeURIComponent(plan.id)}`}>{plan.title}</Link></h2>
            <p className="muted">
              {periodLabel(t, plan.period)}
              {plan.issuedOn && <> · {t('planIssued', { date: formatDate(plan.issuedOn) })}</>}
              {' · '}<span className={`badge status-${plan.status}`}>{t(enumKey('planStatus', plan.status))}</span>
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
};
