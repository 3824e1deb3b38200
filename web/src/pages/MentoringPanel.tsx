import { useMutation, useQuery } from '@apollo/client';
import { useState } from 'react';
import { ErrorNote, FieldErrors, Loading, type UserErrorLike } from '../components/Feedback';
import { enumKey, useI18n } from '../i18n/i18n';
import { formatDate, formatNumber, parseDate } from '../i18n/format';
import { MentorshipEnd, MentorshipStart, StartupMentoring } from './registry-documents';
import { today } from './rounds';

/**
 * One startup's mentoring: its mentorships (end one on a day typed dd/mm/yyyy) and the mentors
 * the API suggests for it, ranked with their reasons, each matched in one click (from today).
 */
export const MentoringPanel = ({ startup, onChanged }: { startup: string; onChanged: () => void }) => {
  const { t, lang } = useI18n();
  const { data, loading, error, refetch } = useQuery(StartupMentoring, { variables: { startup }, fetchPolicy: 'network-only' });
  const [start] = useMutation(MentorshipStart);
  const [end] = useMutation(MentorshipEnd);
  const [errors, setErrors] = useState<readonly UserErrorLike[]>([]);
  const [ending, setEnding] = useState<{ id: string; on: string } | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const node = data?.node && 'mentorships' in data.node ? data.node : null;

  const after = async (text: string) => {
    setErrors([]);
    setMessage(text);
    await refetch();
    onChanged();
  };
  const match = async (mentor: { id: string; name: string }) => {
    const r = (await start({ variables: { input: { startup, mentor: mentor.id, from: today() } } })).data?.mentorshipStart;
    if (!r?.mentorship) return setErrors(r?.userErrors ?? []);
    await after(t('mentorshipStarted', { mentor: mentor.name }));
  };
  const finish = async (m: { id: string; version: number; mentor: { name: string } }) => {
    const on = parseDate(ending?.on ?? '');
    if (!on) return setErrors([{ field: ['input', 'endedOn'], message: t('dateInvalid'), code: 'INVALID' }]);
    const r = (await end({ variables: { input: { id: m.id, expectedVersion: m.version, endedOn: on } } })).data?.mentorshipEnd;
    if (!r?.mentorship) return setErrors(r?.userErrors ?? []);
    setEnding(null);
    await after(t('mentorshipEnded', { mentor: m.mentor.name }));
  };

  if (loading && !data) return <Loading />;
  return (
    <div className="mentoring" data-mentoring={startup}>
      <ErrorNote error={error} />
      {message && <p className="notice" role="status">{message}</p>}
      <FieldErrors errors={errors} />
      <h3>{t('mentorshipsOf', { name: node?.name ?? '' })}</h3>
      {node && node.mentorships.nodes.length === 0 ? <p className="muted">{t('noMentorships')}</p> : (
        <ul>
          {node?.mentorships.nodes.map((m) => (
            <li key={m.id} data-mentorship={m.mentor.name}>
              <strong>{m.mentor.name}</strong> · {formatDate(m.from)}{m.to && <> – {formatDate(m.to)}</>} · <span className={`badge mentorship-${m.status}`}>{t(enumKey('mentorshipStatus', m.status))}</span>
              {m.status === 'ACTIVE' && (ending?.id === m.id ? (
                <span className="inline-form">
                  <label>{t('endedOn')}<input value={ending.on} onChange={(e) => setEnding({ id: m.id, on: e.target.value })} /></label>
                  <button type="button" onClick={() => void finish(m)}>{t('mentorshipEndConfirm')}</button>
                  <button type="button" className="secondary" onClick={() => setEnding(null)}>{t('cancel')}</button>
                </span>
              ) : <> <button type="button" className="secondary" onClick={() => setEnding({ id: m.id, on: formatDate(today()) })}>{t('mentorshipEnd')}</button></>)}
            </li>
          ))}
        </ul>
      )}
      <h3>{t('suggestedMentors')}</h3>
      {(data?.mentorSuggestions ?? []).length === 0 ? <p className="muted">{t('noSuggestions')}</p> : (
        <ol className="suggestions">
          {data?.mentorSuggestions.map((s) => (
            <li key={s.mentor.id} data-suggestion={s.mentor.name}>
              <strong>{s.mentor.name}</strong>{s.mentor.title && <> · {s.mentor.title}</>}{s.mentor.organisation && <> · {s.mentor.organisation}</>}
              <div className="muted">
                {t('suggestionScore', { score: formatNumber(Math.round(s.score * 100) / 100), places: String(s.freePlaces) })}
                {s.explanations.map((e, i) => <span key={i}> · {e[lang]}</span>)}
              </div>
              <button type="button" onClick={() => void match(s.mentor)}>{t('mentorshipStart', { mentor: s.mentor.name })}</button>
            </li>
          ))}
        </ol>
      )}
    </div>
  );
};
