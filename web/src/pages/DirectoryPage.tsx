import { useQuery } from '@apollo/client';
import { useEffect, useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { graphql } from '../gql';
import { downloadCsv } from '../components/download';
import type { SearchType } from '../gql/graphql';
import { ErrorNote, Loading } from '../components/Feedback';
import { enumKey, useI18n } from '../i18n/i18n';
import { fold, formatDate } from '../i18n/format';

const KINDS: readonly SearchType[] = ['STARTUP', 'MENTOR', 'INCUBATOR', 'INVESTOR', 'COMPETITION', 'EVENT'];

const SearchQuery = graphql(`
  query ConsoleDirectorySearch($query: String!, $types: [SearchType!], $after: String) {
    search(query: $query, types: $types, first: 20, after: $after) {
      nodes {
        __typename
        ... on Startup { id name description jurisdiction { name } stage }
        ... on Mentor { id name mentorTitle: title organisation expertise jurisdiction { name } }
        ... on Incubator { id name host jurisdiction { name } }
        ... on Investor { id name organisation jurisdiction { name } }
        ... on Competition { id name description jurisdiction { name } }
        ... on Event { id name place startsOn jurisdiction { name } }
        ... on Plan { id title number jurisdiction { name } }
        ... on Task { id code title plan { id number jurisdiction { name } } }
        ... on Indicator { id code name plan { id number jurisdiction { name } } }
      }
      pageInfo { hasNextPage endCursor }
    }
  }
`);

/** One result as a card: its kind, name, province and one line that says what it is (mentors show no contact details). */
type Result = NonNullable<ReturnType<typeof useSearch>['data']>['search']['nodes'][number];
const useSearch = (query: string, types: SearchType[], after?: string) =>
  useQuery(SearchQuery, { variables: { query, types, after: after ?? null }, skip: query.trim().length === 0 });

const describe = (r: Result): { title: string; line: string; where: string; href?: string } => {
  switch (r.__typename) {
    case 'Startup': return { title: r.name, line: r.description ?? '', where: r.jurisdiction.name };
    case 'Mentor': return { title: r.name, line: [r.mentorTitle, r.organisation, r.expertise.join(', ')].filter(Boolean).join(' · '), where: r.jurisdiction.name };
    case 'Incubator': return { title: r.name, line: r.host ?? '', where: r.jurisdiction.name };
    case 'Investor': return { title: r.name, line: r.organisation ?? '', where: r.jurisdiction.name };
    case 'Competition': return { title: r.name, line: r.description ?? '', where: r.jurisdiction.name };
    case 'Event': return { title: r.name, line: [r.place, formatDate(r.startsOn)].filter(Boolean).join(' · '), where: r.jurisdiction.name };
    case 'Plan': return { title: r.title, line: r.number, where: r.jurisdiction.name, href: `/plans/${encodeURIComponent(r.id)}` };
    case 'Task': return { title: `${r.code}. ${r.title}`, line: r.plan.number, where: r.plan.jurisdiction.name, href: `/plans/${encodeURIComponent(r.plan.id)}` };
    case 'Indicator': return { title: `${r.code}. ${r.name}`, line: r.plan.number, where: r.plan.jurisdiction.name, href: `/plans/${encodeURIComponent(r.plan.id)}` };
  }
};

const kindOf = (typename: string): string => typename.toUpperCase();

/** The public ecosystem directory: diacritic-insensitive search (the API folds both sides), filtered by kind; the URL holds the search so it can be shared. */
const DirectoryPage = () => {
  const { t } = useI18n();
  const [params, setParams] = useSearchParams();
  const query = params.get('q') ?? '';
  const kind = (params.get('kind') ?? '') as SearchType | '';
  const [draft, setDraft] = useState(query);
  useEffect(() => setDraft(query), [query]);
  const types = kind ? [kind] : [...KINDS, 'PLAN', 'TASK', 'INDICATOR'] as SearchType[];
  const { data, loading, error, fetchMore } = useSearch(query, types);
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    const next = new URLSearchParams(params);
    if (draft.trim()) next.set('q', draft.trim()); else next.delete('q');
    setParams(next);
  };
  const setKind = (value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set('kind', value); else next.delete('kind');
    setParams(next);
  };
  const nodes = data?.search.nodes ?? [];
  return (
    <section>
      <h1>{t('directoryTitle')}</h1>
      <p className="lead">{t('directoryIntro')}</p>
      <form role="search" onSubmit={onSubmit} className="search">
        <label>{t('searchLabel')}
          <input type="search" name="q" value={draft} placeholder={t('searchPlaceholder')} onChange={(e) => setDraft(e.target.value)} />
        </label>
        <label>{t('kindLabel')}
          <select value={kind} onChange={(e) => setKind(e.target.value)}>
            <option value="">{t('kindAll')}</option>
            {KINDS.map((k) => <option key={k} value={k}>{t(enumKey('kind', k))}</option>)}
          </select>
        </label>
        <button type="submit">{t('searchLabel')}</button>
      </form>
      {loading && !data && <Loading />}
      <ErrorNote error={error} />
      {data && <p role="status" className="muted">{nodes.length > 0 ? t('results', { count: nodes.length }) : t('noResults')}</p>}
      {nodes.length > 0 && (
        <button type="button" className="secondary" onClick={() => downloadCsv(`danh-ba-${fold(query).replace(/[^a-z0-9]+/g, '-')}.csv`, [
          [t('kindLabel'), t('name'), t('province'), t('details')],
          ...nodes.map((r) => { const d = describe(r); return [t(enumKey('kind', kindOf(r.__typename))), d.title, d.where, d.line]; }),
        ])}>{t('exportCsv')}</button>
      )}
      <ul className="cards results">
        {nodes.map((r) => {
          const d = describe(r);
          return (
            <li key={r.id} className="card" data-kind={kindOf(r.__typename)}>
              <p className="eyebrow">{t(enumKey('kind', kindOf(r.__typename)))} · {d.where}</p>
              <h2>{d.href ? <Link to={d.href}>{d.title}</Link> : d.title}</h2>
              {d.line && <p>{d.line}</p>}
            </li>
          );
        })}
      </ul>
      {data?.search.pageInfo.hasNextPage && (
        <button type="button" onClick={() => void fetchMore({
          variables: { after: data.search.pageInfo.endCursor },
          updateQuery: (prev, { fetchMoreResult }) => ({ search: { ...fetchMoreResult.search, nodes: [...prev.search.nodes, ...fetchMoreResult.search.nodes] } }),
        })}>{t('loadMore')}</button>
      )}
    </section>
  );
};

export default DirectoryPage;
