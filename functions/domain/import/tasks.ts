/**
 * Tasks written as text: a numbered tree (1, 2, 3.1 …) whose items carry field labels
 * ("a) Nội dung", "b) Cơ quan thực hiện", "c) Thời gian thực hiện") or lettered sub-items,
 * role lines ("Cơ quan chủ trì: …"), timelines and phases, and quantified outputs.
 */
import type { Timeline } from '../plan/model';
import { parseTimeline } from '../timeline/parse';
import { fold, parseVnNumber } from '../text/vietnamese';
import { readRoleLine, type RoleAssignment } from './agencies';
import type { Unit } from './outline';
import type { TaskDraft } from './types';

type Field = 'content' | 'agencies' | 'timeline' | 'outputs' | 'funding';

const FIELD_LABELS: readonly [RegExp, Field][] = [
  [/^(co quan|don vi)( thuc hien| chu tri| phoi hop| tham muu|, don vi)?/, 'agencies'],
  [/^(phan cong|to chuc thuc hien|trach nhiem thuc hien)$/, 'agencies'],
  [/^thoi (gian|han)/, 'timeline'],
  [/^tien do/, 'timeline'],
  [/^(ket qua|san pham)/, 'outputs'],
  [/^(kinh phi|nguon kinh phi|nguon tai tro)/, 'funding'],
  [/^(noi dung|muc tieu|muc dich|hinh thuc|doi tuong|quy mo|dia diem|phuong thuc|yeu cau|cach thuc)/, 'content'],
];

/** The field a label names ("Nội dung", "Cơ quan thực hiện", "Thời gian thực hiện"), if it is one. */
function fieldOf(text: string): { field: Field; value: string } | null {
  const m = /^([^:]{2,60}?)\s*(?::\s*(.*))?$/su.exec(text.trim());
  if (!m) return null;
  const label = fold(m[1] ?? '').replace(/[.*]+$/, '').trim();
  if (label.split(' ').length > 7) return null;
  for (const [re, field] of FIELD_LABELS) {
    if (re.test(label)) {
      if (m[2] === undefined && label.split(' ').length > 5) return null;
      return { field, value: (m[2] ?? '').trim() };
    }
  }
  return null;
}

const OUTPUT_UNITS =
  'lớp|khóa|khoá|hội nghị|hội thảo|tọa đàm|toạ đàm|cuộc thi|sự kiện|diễn đàn|doanh nghiệp|dự án|sản phẩm|mô hình|đoàn|phóng sự|chuyên đề|chuyên mục|ấn phẩm|tin|bài|người|lượt|hồ sơ|ý tưởng|vườn ươm|trung tâm|cố vấn|chuyên gia|học viên|đợt|chương trình|nhiệm vụ|video|clip|ngày hội|gian hàng|startup|tổ chức|hợp tác xã|điểm';
const OUTPUT = new RegExp(`(?<![\\p{L}\\d/.,])(\\d{1,4}(?:[.,]\\d+)?)\\s+(${OUTPUT_UNITS})(?![\\p{L}])((?:\\s+[\\p{L}]+){0,2})`, 'giu');
const OUTPUT_STOP = /^(nâng|cho|về|tại|trong|của|để|nhằm|và|với|có|được|trên|từ|theo|thuộc|liên|tham|đạt|mỗi|hằng|hàng)$/iu;

/** "Tổ chức 02 lớp tập huấn nâng cao …" → { text: "02 lớp tập huấn", quantity: 2, unit: "lớp" }. */
export function readOutputs(text: string): { text: string; quantity: number | null; unit: string | null }[] {
  const out: { text: string; quantity: number | null; unit: string | null }[] = [];
  for (const m of text.matchAll(OUTPUT)) {
    const before = text.slice(Math.max(0, (m.index ?? 0) - 12), m.index ?? 0);
    if (/(số|năm|tháng|ngày|quý|giai đoạn|khoản|điều|mục|đến)\s*$/iu.test(before)) continue;
    const q = parseVnNumber(m[1] ?? '');
    if (q === null || q >= 1900) continue;
    const extra: string[] = [];
    for (const w of (m[3] ?? '').trim().split(/\s+/).filter(Boolean)) {
      if (OUTPUT_STOP.test(w)) break;
      extra.push(w);
    }
    out.push({ text: [m[1], m[2], ...extra].join(' '), quantity: q, unit: (m[2] ?? '').toLowerCase() });
  }
  return out;
}

interface Building {
  code: string;
  title: string;
  content: string[];
  agencies: RoleAssignment[];
  timeline: string | null;
  phases: { name: string; timeline: string }[];
  outputs: { text: string; quantity: number | null; unit: string | null }[];
  field: Field;
  /** Lettered items of this task are field labels, not sub-tasks. */
  labelled: boolean;
}

const MAX_TITLE = 220;

function splitTitle(text: string): { title: string; rest: string | null } {
  const t = text.trim();
  // "Đào tạo huấn luyện viên (TOT): lựa chọn giảng viên …" — a title, then its content after a colon.
  const runOn = /^([^:]{8,120}?)\s*:\s+(\p{Ll}.{29,})$/su.exec(t);
  if (runOn && !fieldOf(t)) return { title: (runOn[1] ?? '').trim(), rest: (runOn[2] ?? '').trim() };
  if (t.length <= MAX_TITLE) return { title: t.replace(/[.;:]+$/, '').trim(), rest: null };
  const colon = t.indexOf(':');
  if (colon > 10 && colon < MAX_TITLE) return { title: t.slice(0, colon).trim(), rest: t.slice(colon + 1).trim() };
  const dot = t.search(/\.\s/);
  if (dot > 10 && dot < MAX_TITLE) return { title: t.slice(0, dot).trim(), rest: t.slice(dot + 1).trim() };
  return { title: t, rest: null };
}

const TIMELINE_WORDS = /(năm\s+\d{4}|quý\s+[IV]+|tháng\s+\d|thường xuyên|hằng năm|hàng năm|\d{1,2}\/\d{4}|giai đoạn|đến năm|trước ngày)/iu;

/** Builds the task tree from the units of the tasks section. */
export function readTasks(units: readonly Unit[], warnings: string[], unplaced: string[]): TaskDraft[] {
  const tasks: Building[] = [];
  let cur: Building | null = null;
  let top: Building | null = null;
  const startTask = (code: string, text: string): Building => {
    const [head, ...fields] = splitInlineFields(text);
    const { title, rest } = splitTitle(head ?? text);
    const b: Building = { code, title, content: [], agencies: [], timeline: null, phases: [], outputs: [], field: 'content', labelled: false };
    if (rest) addLine(b, rest);
    for (const f of fields) addLine(b, f);
    if (fields.length > 0) b.field = 'content';
    tasks.push(b);
    return b;
  };
  for (const u of units) {
    if (u.kind === 'table') continue;
    if (u.kind === 'numbered') {
      cur = startTask(u.code, u.text);
      if (!u.code.includes('.')) top = cur;
      continue;
    }
    if (!cur) {
      if (u.text.trim()) unplaced.push(u.text);
      continue;
    }
    if (u.kind === 'lettered') {
      const f = fieldOf(u.text);
      if (f) {
        cur.labelled = true;
        cur.field = f.field;
        if (f.value) addField(cur, f.field, f.value, u.text);
        continue;
      }
      if (!cur.labelled) {
        // a lettered item that is an item of its own: a sub-task of the current numbered task
        const base = (top && cur.code.startsWith(`${top.code}.`) && /[a-zđ]$/.test(cur.code) ? top : cur) as Building;
        const parentCode = /\.[a-zđ]$/u.test(cur.code) ? cur.code.replace(/\.[a-zđ]$/u, '') : base.code;
        cur = startTask(`${parentCode}.${u.code}`, u.text);
        continue;
      }
      addLine(cur, u.text);
      continue;
    }
    addLine(cur, u.text);
  }
  hoistSharedFields(tasks);
  const codes = new Set(tasks.map((t) => t.code));
  return tasks.map((t) => {
    const parent = t.code.includes('.') ? t.code.slice(0, t.code.lastIndexOf('.')) : null;
    if (parent && !codes.has(parent)) warnings.push(`Task ${t.code}: its parent ${parent} has no heading in the text (a lost line?).`);
    const timelineText = t.timeline ?? (t.phases.length > 0 ? t.phases.map((p) => p.timeline).join('; ') : null);
    return {
      code: t.code,
      title: t.title,
      content: t.content,
      agencies: dedupeAgencies(t.agencies),
      timeline: t.timeline,
      phases: t.phases,
      outputs: t.outputs,
      parent,
      parsedTimeline: timelineText ? combine(timelineText, t.phases.length > 0 && !t.timeline ? t.phases.map((p) => p.timeline) : null) : null,
    };
  });
}

/**
 * Role and timeline lines after the last of several lettered sub-items, where the
 * earlier ones have none, belong to the parent ("1. … a) … b) … - Cơ quan chủ trì: …").
 */
function hoistSharedFields(tasks: Building[]): void {
  const byParent = new Map<string, Building[]>();
  for (const t of tasks) {
    const m = /^(.*)\.[a-zđ]$/u.exec(t.code);
    if (!m) continue;
    const list = byParent.get(m[1] ?? '') ?? [];
    list.push(t);
    byParent.set(m[1] ?? '', list);
  }
  for (const [parentCode, kids] of byParent) {
    const parent = tasks.find((t) => t.code === parentCode);
    const last = kids[kids.length - 1] as Building;
    if (!parent || kids.length < 2) continue;
    const others = kids.slice(0, -1);
    if (others.some((k) => k.agencies.length > 0 || k.timeline !== null)) continue;
    if (last.agencies.length === 0 && last.timeline === null) continue;
    if (parent.agencies.length > 0 || parent.timeline !== null) continue;
    parent.agencies = last.agencies;
    parent.timeline = last.timeline;
    parent.phases = last.phases;
    last.agencies = [];
    last.timeline = null;
    last.phases = [];
  }
}

/** A task with phases only runs from its first phase's start to its last phase's end. */
function combine(text: string, phases: readonly string[] | null): Timeline {
  if (!phases) return parseTimeline(text);
  const parsed = phases.map((p) => parseTimeline(p));
  const starts = parsed.map((p) => p.start ?? p.end).filter((x): x is string => x !== null).sort();
  const ends = parsed.map((p) => p.end ?? p.start).filter((x): x is string => x !== null).sort();
  return { text, start: starts[0] ?? null, end: ends[ends.length - 1] ?? null, recurring: null };
}

function dedupeAgencies(list: readonly RoleAssignment[]): TaskDraft['agencies'] {
  const seen = new Set<string>();
  const out: { role: RoleAssignment['role']; name: string; note?: string }[] = [];
  for (const a of list) {
    const k = `${a.role}|${fold(a.name)}`;
    if (seen.has(k)) continue;
    seen.add(k);
    out.push(a.note !== undefined ? { role: a.role, name: a.name, note: a.note } : { role: a.role, name: a.name });
  }
  return out;
}

function addField(t: Building, field: Field, value: string, raw: string): void {
  if (field === 'agencies') {
    const roles = readRoleLine(value) ?? null;
    if (roles && roles.length > 0) t.agencies.push(...roles);
    else if (/^(cơ quan|đơn vị)\s+chủ trì/iu.test(raw)) t.agencies.push(...(readRoleLine(raw) ?? []));
    else t.agencies.push(...(readRoleLine(`chủ trì: ${value}`) ?? []));
    return;
  }
  if (field === 'timeline') {
    t.timeline = value.replace(/[.;]+$/, '').trim();
    return;
  }
  if (field === 'outputs') {
    t.content.push(raw);
    t.outputs.push(...readOutputs(value));
    return;
  }
  if (field === 'funding') {
    t.content.push(raw);
    return;
  }
  t.content.push(value);
  t.outputs.push(...readOutputs(value));
}

/**
 * Field labels written inside a paragraph after its content: "… sản phẩm. Đơn vị chủ trì:
 * Sở X; đơn vị phối hợp: Sở Y. Thời gian thực hiện: Quý II/2026." A label counts only
 * after a sentence's end (". ", "; "), so a name or a phrase in the content is not one.
 */
const INLINE_FIELD =
  /(?<=[.;])\s+(?=(?:(?:cơ quan|đơn vị)(?:,\s*đơn vị)?\s+(?:chủ trì|phối hợp|thực hiện|tham mưu|đầu mối)|chủ trì(?: thực hiện)?|phối hợp|thời gian(?: thực hiện| hoàn thành)?|thời hạn(?: thực hiện| hoàn thành)?|tiến độ(?: thực hiện)?)\s*:)/giu;

/** The content, then each inline field ("Đơn vị chủ trì: …", "Thời gian thực hiện: …"). */
export function splitInlineFields(text: string): string[] {
  const parts = text.split(INLINE_FIELD).map((p) => p.trim()).filter((p) => p !== '');
  if (parts.length < 2) return [text];
  return parts;
}

function addLine(t: Building, text: string): void {
  const inline = splitInlineFields(text);
  if (inline.length > 1) {
    for (const part of inline) addLine(t, part);
    t.field = 'content';
    return;
  }
  const roles = readRoleLine(text);
  if (roles) {
    t.agencies.push(...roles);
    return;
  }
  const f = fieldOf(text);
  if (f && f.field === 'timeline') {
    if (f.value) t.timeline = f.value.replace(/[.;]+$/, '').trim();
    t.field = 'timeline';
    return;
  }
  if (f && f.field === 'agencies') {
    t.field = 'agencies';
    if (f.value) addField(t, 'agencies', f.value, text);
    return;
  }
  if (t.field === 'timeline') {
    // "- Xây dựng kế hoạch …: Bắt đầu từ quý III/2026." — a phase
    const m = /^(.{3,200}?):\s*(.+)$/u.exec(text);
    if (m && TIMELINE_WORDS.test(m[2] ?? '')) {
      t.phases.push({ name: (m[1] ?? '').trim(), timeline: (m[2] ?? '').replace(/[.;]+$/, '').trim() });
      return;
    }
    if (!t.timeline && TIMELINE_WORDS.test(text) && text.length < 120) {
      t.timeline = text.replace(/[.;]+$/, '').trim();
      return;
    }
  }
  if (t.field === 'agencies') {
    const r = readRoleLine(text);
    if (r) {
      t.agencies.push(...r);
      return;
    }
  }
  if (f && f.field === 'outputs') {
    t.content.push(text);
    t.outputs.push(...readOutputs(f.value));
    return;
  }
  t.content.push(text);
  t.outputs.push(...readOutputs(text));
}
