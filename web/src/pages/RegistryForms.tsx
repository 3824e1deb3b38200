import { useState, type FormEvent } from 'react';
import { useFocusFirst } from '../components/useFocusFirst';
import type { Sector, StartupStage } from '../gql/graphql';
import { FieldErrors, type UserErrorLike } from '../components/Feedback';
import { enumKey, useI18n } from '../i18n/i18n';
import { formatDate, parseDate } from '../i18n/format';

export const STAGES: readonly StartupStage[] = ['PROJECT', 'STARTUP', 'SCALEUP', 'GRADUATED', 'INACTIVE'];
const SECTORS: readonly Sector[] = [
  'HIGH_TECH_AGRICULTURE', 'AGRO_PROCESSING', 'TOURISM', 'MEDICINAL_HERBS', 'OCOP_PRODUCTS', 'BORDER_ECONOMY',
  'DIGITAL_TRANSFORMATION', 'GREEN_CIRCULAR_ECONOMY', 'ELECTRONICS_SEMICONDUCTORS', 'OTHER',
];

export interface StartupFields {
  name: string;
  enterpriseCode: string | null;
  stage: StartupStage;
  firstRegisteredOn: string | null;
  description: string | null;
  sectors: readonly Sector[];
  commune: string | null;
}

export interface MentorFields {
  name: string;
  title: string | null;
  organisation: string | null;
  expertise: readonly string[];
  sectors: readonly Sector[];
  capacity: number;
  available: boolean;
  phone: string | null;
  email: string | null;
}

const SectorBoxes = ({ value, onChange }: { value: readonly Sector[]; onChange: (sectors: Sector[]) => void }) => {
  const { t } = useI18n();
  return (
    <fieldset className="checks">
      <legend>{t('sectors')}</legend>
      {SECTORS.map((s) => (
        <label key={s} className="check">
          <input type="checkbox" checked={value.includes(s)} onChange={(e) => onChange(e.target.checked ? [...value, s] : value.filter((x) => x !== s))} /> {t(enumKey('sector', s))}
        </label>
      ))}
    </fieldset>
  );
};

const blank = (s: string): string | null => (s.trim() ? s.trim() : null);

/** A startup's register entry: name, enterprise code (mã số doanh nghiệp), stage, first registration date typed dd/mm/yyyy, sectors, commune, description. */
export const StartupForm = ({ initial, errors, saveLabel, onSave, onCancel }: {
  initial: StartupFields | null;
  errors: readonly UserErrorLike[];
  saveLabel: string;
  onSave: (fields: StartupFields) => void | Promise<void>;
  onCancel: () => void;
}) => {
  const { t } = useI18n();
  const form = useFocusFirst();
  const [f, setF] = useState({
    name: initial?.name ?? '',
    enterpriseCode: initial?.enterpriseCode ?? '',
    stage: initial?.stage ?? ('PROJECT' as StartupStage),
    firstRegisteredOn: initial?.firstRegisteredOn ? formatDate(initial.firstRegisteredOn) : '',
    description: initial?.description ?? '',
    sectors: [...(initial?.sectors ?? [])],
    commune: initial?.commune ?? '',
  });
  const [local, setLocal] = useState<readonly UserErrorLike[]>([]);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const date = f.firstRegisteredOn.trim() ? parseDate(f.firstRegisteredOn) : null;
    const problems: UserErrorLike[] = [];
    if (!f.name.trim()) problems.push({ field: ['input', 'name'], message: t('required'), code: 'INVALID' });
    if (f.firstRegisteredOn.trim() && !date) problems.push({ field: ['input', 'firstRegisteredOn'], message: t('dateInvalid'), code: 'INVALID' });
    setLocal(problems);
    if (problems.length) return;
    void onSave({ name: f.name.trim(), enterpriseCode: blank(f.enterpriseCode), stage: f.stage, firstRegisteredOn: date, description: blank(f.description), sectors: f.sectors, commune: blank(f.commune) });
  };
  const all = [...local, ...errors];
  const known = ['name', 'enterpriseCode', 'firstRegisteredOn', 'description', 'commune', 'sectors'];
  return (
    <form className="report-form" onSubmit={submit} ref={form}>
      <label>{t('name')}<input name="name" value={f.name} onChange={(e) => setF({ ...f, name: e.target.value })} /></label>
      <FieldErrors errors={all} field="name" />
      <label>{t('enterpriseCode')} <span className="muted">{t('enterpriseCodeHint')}</span><input name="enterpriseCode" inputMode="numeric" value={f.enterpriseCode} onChange={(e) => setF({ ...f, enterpriseCode: e.target.value })} /></label>
      <FieldErrors errors={all} field="enterpriseCode" />
      <label htmlFor="startup-stage">{t('stage')}</label>
      <select id="startup-stage" value={f.stage} onChange={(e) => setF({ ...f, stage: e.target.value as StartupStage })}>
        {STAGES.map((s) => <option key={s} value={s}>{t(enumKey('stage', s))}</option>)}
      </select>
      <label>{t('firstRegisteredOn')} <span className="muted">dd/mm/yyyy</span><input name="firstRegisteredOn" value={f.firstRegisteredOn} onChange={(e) => setF({ ...f, firstRegisteredOn: e.target.value })} /></label>
      <FieldErrors errors={all} field="firstRegisteredOn" />
      <SectorBoxes value={f.sectors} onChange={(sectors) => setF({ ...f, sectors })} />
      <label>{t('commune')}<input name="commune" value={f.commune} onChange={(e) => setF({ ...f, commune: e.target.value })} /></label>
      <label>{t('description')}<textarea name="description" rows={3} value={f.description} onChange={(e) => setF({ ...f, description: e.target.value })} /></label>
      <FieldErrors errors={all} field="description" />
      <FieldErrors errors={all.filter((e) => !known.some((k) => e.field?.includes(k)))} />
      <div className="row-actions"><button type="submit">{saveLabel}</button><button type="button" className="secondary" onClick={onCancel}>{t('cancel')}</button></div>
    </form>
  );
};

/** A mentor's register entry: who, expertise (one per line), sectors, how many startups at once, availability and contacts (shown to the department only). */
export const MentorForm = ({ initial, errors, saveLabel, onSave, onCancel }: {
  initial: MentorFields | null;
  errors: readonly UserErrorLike[];
  saveLabel: string;
  onSave: (fields: MentorFields) => void | Promise<void>;
  onCancel: () => void;
}) => {
  const { t } = useI18n();
  const form = useFocusFirst();
  const [f, setF] = useState({
    name: initial?.name ?? '',
    title: initial?.title ?? '',
    organisation: initial?.organisation ?? '',
    expertise: (initial?.expertise ?? []).join('\n'),
    sectors: [...(initial?.sectors ?? [])],
    capacity: String(initial?.capacity ?? 3),
    available: initial?.available ?? true,
    phone: initial?.phone ?? '',
    email: initial?.email ?? '',
  });
  const [local, setLocal] = useState<readonly UserErrorLike[]>([]);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const capacity = Number(f.capacity.trim());
    const problems: UserErrorLike[] = [];
    if (!f.name.trim()) problems.push({ field: ['input', 'name'], message: t('required'), code: 'INVALID' });
    if (!Number.isInteger(capacity) || capacity < 0) problems.push({ field: ['input', 'capacity'], message: t('capacityInvalid'), code: 'INVALID' });
    setLocal(problems);
    if (problems.length) return;
    void onSave({
      name: f.name.trim(), title: blank(f.title), organisation: blank(f.organisation),
      expertise: f.expertise.split('\n').map((x) => x.trim()).filter(Boolean), sectors: f.sectors, capacity, available: f.available,
      phone: blank(f.phone), email: blank(f.email),
    });
  };
  const all = [...local, ...errors];
  const known = ['name', 'title', 'organisation', 'expertise', 'capacity', 'phone', 'email'];
  return (
    <form className="report-form" onSubmit={submit} ref={form}>
      <label>{t('name')}<input name="name" value={f.name} onChange={(e) => setF({ ...f, name: e.target.value })} /></label>
      <FieldErrors errors={all} field="name" />
      <label>{t('mentorTitle')}<input name="title" value={f.title} onChange={(e) => setF({ ...f, title: e.target.value })} /></label>
      <label>{t('organisation')}<input name="organisation" value={f.organisation} onChange={(e) => setF({ ...f, organisation: e.target.value })} /></label>
      <label>{t('expertise')} <span className="muted">{t('onePerLine')}</span><textarea name="expertise" rows={3} value={f.expertise} onChange={(e) => setF({ ...f, expertise: e.target.value })} /></label>
      <FieldErrors errors={all} field="expertise" />
      <SectorBoxes value={f.sectors} onChange={(sectors) => setF({ ...f, sectors })} />
      <label>{t('capacity')}<input name="capacity" inputMode="numeric" value={f.capacity} onChange={(e) => setF({ ...f, capacity: e.target.value })} /></label>
      <FieldErrors errors={all} field="capacity" />
      <label className="check"><input type="checkbox" checked={f.available} onChange={(e) => setF({ ...f, available: e.target.checked })} /> {t('mentorAvailable')}</label>
      <label>{t('phone')}<input name="phone" type="tel" value={f.phone} onChange={(e) => setF({ ...f, phone: e.target.value })} /></label>
      <FieldErrors errors={all} field="phone" />
      <label>{t('userEmail')}<input name="email" type="email" value={f.email} onChange={(e) => setF({ ...f, email: e.target.value })} /></label>
      <FieldErrors errors={all} field="email" />
      <FieldErrors errors={all.filter((e) => !known.some((k) => e.field?.includes(k)))} />
      <div className="row-actions"><button type="submit">{saveLabel}</button><button type="button" className="secondary" onClick={onCancel}>{t('cancel')}</button></div>
    </form>
  );
};
