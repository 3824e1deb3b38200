/**
 * The catalogue of reasons the API gives (why a milestone or a task stands as it does, why a
 * mentor is suggested), one sentence per code in Vietnamese and English. Rules return an
 * Explanation (a code and its parameters in machine form); whoever shows it renders it here
 * or from the code in its own catalogue, so no client has to parse English prose. The report's
 * status labels live here too, so a label and its reason never come from two lists.
 */
import { formatVnNumber } from './vietnamese';

export type Language = 'VI' | 'EN';

/** How a parameter's value is written: machine form, rendered per language. */
type ParamKind = 'NUMBER' | 'DATE' | 'YEAR' | 'PERIOD' | 'TEXT' | 'CODE';

interface ExplanationParam {
  readonly name: string;
  readonly kind: ParamKind;
  /** Plain decimal (`0.7`), ISO date, a year, a period (`2026-Q3`), words, or an enum value. */
  readonly value: string;
}

export interface Explanation {
  readonly code: ExplanationCode;
  /** In order; a name repeats for a list (each shared sector, each late period). */
  readonly params: readonly ExplanationParam[];
}

type Param = { readonly kind: ParamKind; readonly value: string | number };

/** Builds an explanation; a param given as an array becomes one entry per element, and null ones are left out. */
export const explanation = (
  code: ExplanationCode,
  params: Record<string, Param | readonly Param[] | null | undefined> = {},
): Explanation => ({
  code,
  params: Object.entries(params).flatMap(([name, p]) =>
    p === null || p === undefined ? [] : (Array.isArray(p) ? p : [p]).map((one: Param) => ({ name, kind: one.kind, value: String(one.value) })),
  ),
});

export const num = (value: number): Param => ({ kind: 'NUMBER', value: String(Math.round(value * 1e6) / 1e6) });
export const date = (value: string): Param => ({ kind: 'DATE', value });
export const year = (value: number): Param => ({ kind: 'YEAR', value: String(value) });
export const period = (value: string): Param => ({ kind: 'PERIOD', value });
export const text = (value: string): Param => ({ kind: 'TEXT', value });
export const code = (value: string): Param => ({ kind: 'CODE', value });

/** Enum values a parameter may carry, in words. */
const CODE_WORDS: Record<string, { readonly VI: string; readonly EN: string }> = {
  HIGHER: { VI: 'càng cao càng tốt', EN: 'higher is better' },
  LOWER: { VI: 'càng thấp càng tốt', EN: 'lower is better' },
  HIGH_TECH_AGRICULTURE: { VI: 'nông nghiệp công nghệ cao', EN: 'HIGH_TECH_AGRICULTURE' },
  AGRO_PROCESSING: { VI: 'chế biến nông sản', EN: 'AGRO_PROCESSING' },
  TOURISM: { VI: 'du lịch', EN: 'TOURISM' },
  MEDICINAL_HERBS: { VI: 'dược liệu', EN: 'MEDICINAL_HERBS' },
  OCOP_PRODUCTS: { VI: 'sản phẩm OCOP', EN: 'OCOP_PRODUCTS' },
  BORDER_ECONOMY: { VI: 'kinh tế cửa khẩu', EN: 'BORDER_ECONOMY' },
  DIGITAL_TRANSFORMATION: { VI: 'chuyển đổi số', EN: 'DIGITAL_TRANSFORMATION' },
  GREEN_CIRCULAR_ECONOMY: { VI: 'kinh tế xanh, kinh tế tuần hoàn', EN: 'GREEN_CIRCULAR_ECONOMY' },
  ELECTRONICS_SEMICONDUCTORS: { VI: 'điện tử, bán dẫn', EN: 'ELECTRONICS_SEMICONDUCTORS' },
  OTHER: { VI: 'lĩnh vực khác', EN: 'OTHER' },
};

const ROMAN = ['I', 'II', 'III', 'IV'];

/** A parameter in a language: Vietnamese numbers (1.800; 0,7), dates (dd/mm/yyyy) and periods (quý III/2026). */
const render = (p: ExplanationParam, lang: Language): string => {
  switch (p.kind) {
    case 'NUMBER':
      return lang === 'VI' ? formatVnNumber(Number(p.value)) : p.value;
    case 'DATE': {
      if (lang === 'EN') return p.value;
      const [y, m, d] = p.value.split('-');
      return `${d}/${m}/${y}`;
    }
    case 'YEAR':
      return p.value;
    case 'PERIOD': {
      if (lang === 'EN') return p.value;
      const [y, part] = p.value.split('-');
      if (!part) return `năm ${y}`;
      if (part === 'H1') return `6 tháng đầu năm ${y}`;
      if (part === 'H2') return `6 tháng cuối năm ${y}`;
      if (part.startsWith('Q')) return `quý ${ROMAN[Number(part.slice(1)) - 1] ?? part}/${y}`;
      return `tháng ${Number(part)}/${y}`;
    }
    case 'CODE':
      return CODE_WORDS[p.value]?.[lang] ?? p.value;
    default:
      return p.value;
  }
};

/** Reads an explanation's parameters, rendered: `one` the first of a name, `all` every one. */
interface Args {
  one(name: string): string;
  has(name: string): boolean;
  all(name: string): string[];
}

type Sentence = (a: Args) => string;

/**
 * One sentence per code and language. The English sentences are the API's `reason` and
 * `reasons` strings, word for word, so clients of those fields see no change.
 */
const CATALOGUE = {
  // Indicator milestones (domain/indicator/progress.ts).
  TARGET_NOT_NUMERIC: {
    EN: (a) => `The target "${a.one('target')}" has no number to compare with.`,
    VI: (a) => `Chỉ tiêu "${a.one('target')}" không có con số để so sánh.`,
  },
  TARGET_HAS_NO_RATE: {
    EN: (a) => `The target "${a.one('target')}" has no rate.`,
    VI: (a) => `Chỉ tiêu "${a.one('target')}" không có tỷ lệ tăng trưởng.`,
  },
  YEAR_ENDED_NO_VALUE: {
    EN: (a) => `${a.one('year')} has ended with no approved value for it.`,
    VI: (a) => `Năm ${a.one('year')} đã kết thúc mà chưa có số liệu được duyệt.`,
  },
  YEAR_ENDED_MEETS: {
    EN: (a) => `${a.one('year')} has ended: ${a.one('actual')}${a.has('reportedTo') ? ` (reported to ${a.one('reportedTo')})` : ''} meets "${a.one('target')}".`,
    VI: (a) => `Năm ${a.one('year')} đã kết thúc: ${a.one('actual')}${a.has('reportedTo') ? ` (số liệu đến ${a.one('reportedTo')})` : ''} đạt "${a.one('target')}".`,
  },
  YEAR_ENDED_MISSES: {
    EN: (a) => `${a.one('year')} has ended: ${a.one('actual')}${a.has('reportedTo') ? ` (reported to ${a.one('reportedTo')})` : ''} does not meet "${a.one('target')}".`,
    VI: (a) => `Năm ${a.one('year')} đã kết thúc: ${a.one('actual')}${a.has('reportedTo') ? ` (số liệu đến ${a.one('reportedTo')})` : ''} không đạt "${a.one('target')}".`,
  },
  NO_VALUE_YET: {
    EN: (a) => `No approved value up to ${a.one('asOf')}.`,
    VI: (a) => `Chưa có số liệu được duyệt đến ngày ${a.one('asOf')}.`,
  },
  NO_FULL_YEAR_VALUE_YET: {
    EN: (a) => `No approved value for a full year up to ${a.one('asOf')}.`,
    VI: (a) => `Chưa có số liệu cả năm được duyệt đến ngày ${a.one('asOf')}.`,
  },
  ALREADY_MET: {
    EN: (a) => `Already ${a.one('actual')} (${a.one('actualYear')}) ≥ ${a.one('target')} before ${a.one('year')} ends.`,
    VI: (a) => `Đã đạt ${a.one('actual')} (năm ${a.one('actualYear')}) ≥ ${a.one('target')} trước khi hết năm ${a.one('year')}.`,
  },
  NO_TRAJECTORY: {
    EN: (a) => `No trajectory reaches ${a.has('date') ? a.one('date') : `the year ${a.one('inYear')}`}: enter a baseline so ${a.one('actual')} can be compared; until then a person judges.`,
    VI: (a) => `Chưa có lộ trình đến ${a.has('date') ? `ngày ${a.one('date')}` : `năm ${a.one('inYear')}`}: hãy nhập giá trị cơ sở để so sánh ${a.one('actual')}; trong khi chờ, cán bộ đánh giá.`,
  },
  INSIDE_RANGE: {
    EN: (a) => `${a.one('actual')} is already inside "${a.one('target')}".`,
    VI: (a) => `${a.one('actual')} đã nằm trong khoảng "${a.one('target')}".`,
  },
  ABOVE_RANGE: {
    EN: (a) => `${a.one('actual')} is above the range "${a.one('target')}".`,
    VI: (a) => `${a.one('actual')} vượt quá khoảng "${a.one('target')}".`,
  },
  AGAINST_TRAJECTORY: {
    EN: (a) =>
      `Expected ${a.one('expected')} at ${a.has('date') ? a.one('date') : `the year ${a.one('inYear')}`} on the plan's line through its milestones (toward "${a.one('target')}" by the end of ${a.one('year')}); actual ${a.one('actual')} (${a.one('better')}; AT_RISK within ${a.one('tolerance')}%).`,
    VI: (a) =>
      `Theo lộ trình qua các mốc của kế hoạch, ${a.has('date') ? `ngày ${a.one('date')}` : `năm ${a.one('inYear')}`} cần đạt ${a.one('expected')} (hướng tới "${a.one('target')}" vào cuối năm ${a.one('year')}); thực tế ${a.one('actual')} (${a.one('better')}; thiếu trong phạm vi ${a.one('tolerance')}% là có nguy cơ chậm).`,
  },
  GROWTH_TOO_FEW_YEARS: {
    EN: (a) => `A growth rate needs two years; only ${a.one('year')} is approved.`,
    VI: (a) => `Tính tốc độ tăng trưởng cần số liệu hai năm; mới có năm ${a.one('year')} được duyệt.`,
  },
  GROWTH_FROM_ZERO: {
    EN: (a) => `Growth from ${a.one('from')} (${a.one('fromYear')}) has no rate.`,
    VI: (a) => `Không tính được tốc độ tăng trưởng từ ${a.one('from')} (năm ${a.one('fromYear')}).`,
  },
  GROWTH_AT_TARGET: {
    EN: (a) => `${growthEn(a)}.`,
    VI: (a) => `${growthVi(a)}.`,
  },
  GROWTH_BELOW_TARGET_ENDED: {
    EN: (a) => `${growthEn(a)}; ${a.one('year')} has ended.`,
    VI: (a) => `${growthVi(a)}; năm ${a.one('year')} đã kết thúc.`,
  },
  GROWTH_BELOW_TARGET: {
    EN: (a) => `${growthEn(a)} (${a.one('tolerance')}% tolerance).`,
    VI: (a) => `${growthVi(a)} (dung sai ${a.one('tolerance')}%).`,
  },
  RISING_TOO_FEW_YEARS: {
    EN: () => 'Rising each year needs two approved yearly values.',
    VI: () => 'Đánh giá tăng hằng năm cần số liệu được duyệt của ít nhất hai năm.',
  },
  NOT_RISING: {
    EN: (a) => `${a.one('value')} (${a.one('valueYear')}) is not above ${a.one('previous')} (${a.one('previousYear')}).`,
    VI: (a) => `${a.one('value')} (năm ${a.one('valueYear')}) không cao hơn ${a.one('previous')} (năm ${a.one('previousYear')}).`,
  },
  ROSE_EVERY_YEAR: {
    EN: (a) => `Rose every year from ${a.one('from')} to ${a.one('to')}.`,
    VI: (a) => `Tăng đều hằng năm từ năm ${a.one('from')} đến năm ${a.one('to')}.`,
  },
  ROSE_SO_FAR: {
    EN: (a) => `Rose every year from ${a.one('from')} to ${a.one('to')} so far.`,
    VI: (a) => `Đến nay tăng đều hằng năm từ năm ${a.one('from')} đến năm ${a.one('to')}.`,
  },
  DONE_IN_TIME: {
    EN: (a) => `Done on ${a.one('doneOn')}, by ${a.one('deadline')}.`,
    VI: (a) => `Hoàn thành ngày ${a.one('doneOn')}, đúng hạn ${a.one('deadline')}.`,
  },
  DONE_LATE: {
    EN: (a) => `Done on ${a.one('doneOn')}, after ${a.one('deadline')}.`,
    VI: (a) => `Hoàn thành ngày ${a.one('doneOn')}, sau hạn ${a.one('deadline')}.`,
  },
  NOT_DONE_BY_DEADLINE: {
    EN: (a) => `Not done by ${a.one('deadline')}.`,
    VI: (a) => `Chưa hoàn thành khi hết hạn ${a.one('deadline')}.`,
  },
  NOT_DONE_YET: {
    EN: (a) => `Not done yet; due by ${a.one('deadline')}.`,
    VI: (a) => `Chưa hoàn thành; hạn đến ${a.one('deadline')}.`,
  },
  NO_OBSERVATION: {
    EN: () => 'No approved observation to judge.',
    VI: () => 'Chưa có số liệu được duyệt để đánh giá.',
  },
  JUDGED_BY_PERSON: {
    EN: (a) => `"${a.one('target')}" is judged by a person; latest observation ${a.one('latest')}.`,
    VI: (a) => `"${a.one('target')}" do cán bộ đánh giá; số liệu gần nhất ngày ${a.one('latest')}.`,
  },
  MILESTONE_NOT_DUE: {
    EN: (a) => `Not due: the ${a.one('next')} milestone comes first; ${a.one('year')} is judged once ${a.one('next')} has ended.`,
    VI: (a) => `Chưa đến hạn: mốc năm ${a.one('next')} đến trước; mốc năm ${a.one('year')} được đánh giá sau khi hết năm ${a.one('next')}.`,
  },

  // Task status (domain/operations/status.ts).
  LATEST_REPORT: {
    EN: (a) => `Latest approved report: ${a.one('period')}${a.has('percent') ? `, ${a.one('percent')}% complete` : ', no percentage given'}`,
    VI: (a) => `Báo cáo được duyệt gần nhất: ${a.one('period')}${a.has('percent') ? `, hoàn thành ${a.one('percent')}%` : ', không nêu tỷ lệ hoàn thành'}`,
  },
  NO_APPROVED_REPORT: {
    EN: () => 'No approved report yet',
    VI: () => 'Chưa có báo cáo được duyệt',
  },
  OUTPUT_DELIVERED: {
    EN: (a) => `Output "${a.one('output')}": ${a.one('delivered')} of ${a.one('quantity')}${a.has('unit') ? ` ${a.one('unit')}` : ''} delivered`,
    VI: (a) => `Sản phẩm "${a.one('output')}": đã thực hiện ${a.one('delivered')}/${a.one('quantity')}${a.has('unit') ? ` ${a.one('unit')}` : ''}`,
  },
  FULL_BUT_OUTPUTS_MISSING: {
    EN: () => 'Reported 100% but not every output is delivered',
    VI: () => 'Báo cáo hoàn thành 100% nhưng chưa thực hiện đủ các sản phẩm',
  },
  NO_LEAD_AGENCY: {
    EN: () => 'No lead agency is assigned to it or its sub-tasks, so no round expects a report: assign one (taskAssignAgencies)',
    VI: () => 'Chưa giao cơ quan chủ trì cho nhiệm vụ hoặc nhiệm vụ con nên không kỳ báo cáo nào chờ báo cáo: cần phân công cơ quan chủ trì',
  },
  PAST_LAST_DAY: {
    EN: (a) => `Its last day was ${a.one('end')}; it is not done`,
    VI: (a) => `Đã hết hạn ngày ${a.one('end')} mà chưa hoàn thành`,
  },
  STARTS_LATER: {
    EN: (a) => `It starts on ${a.one('start')}`,
    VI: (a) => `Bắt đầu từ ngày ${a.one('start')}`,
  },
  TIME_ELAPSED: {
    EN: (a) => `${a.one('elapsed')}% of its time (${a.one('start')} – ${a.one('end')}) has passed; progress ${a.one('progress')}%`,
    VI: (a) => `Đã qua ${a.one('elapsed')}% thời gian (${a.one('start')} – ${a.one('end')}); tiến độ ${a.one('progress')}%`,
  },
  REPORTS_PAST_DUE: {
    EN: (a) => `Report${a.all('period').length > 1 ? 's' : ''} past due: ${zipDue(a, (p, d) => `${p} (due ${d})`)}`,
    VI: (a) => `Quá hạn báo cáo: ${zipDue(a, (p, d) => `${p} (hạn ${d})`)}`,
  },
  PROGRESS_TRAILS_TIME: {
    EN: (a) => `Progress trails the time elapsed by more than ${a.one('tolerance')} points`,
    VI: (a) => `Tiến độ chậm hơn thời gian đã qua trên ${a.one('tolerance')} điểm phần trăm`,
  },

  // Mentor suggestions (domain/ecosystem/matching.ts).
  SHARES_SECTORS: {
    EN: (a) => `Shares sector(s): ${a.all('sector').join(', ')}`,
    VI: (a) => `Cùng lĩnh vực: ${a.all('sector').join(', ')}`,
  },
  NO_SHARED_SECTOR: {
    EN: () => 'No shared sector',
    VI: () => 'Không cùng lĩnh vực',
  },
  EXPERTISE_MATCHES: {
    EN: (a) => `Expertise matches: ${a.all('expertise').join(', ')}`,
    VI: (a) => `Chuyên môn phù hợp: ${a.all('expertise').join(', ')}`,
  },
  PLACES_FREE: {
    EN: (a) => `${a.one('free')} of ${a.one('capacity')} place(s) free`,
    VI: (a) => `Còn ${a.one('free')}/${a.one('capacity')} chỗ trống`,
  },
  TOT_TRAINED: {
    EN: () => 'TOT-trained (đã được đào tạo TOT)',
    VI: () => 'Đã được đào tạo TOT',
  },
} satisfies Record<string, Record<Language, Sentence>>;

export type ExplanationCode = keyof typeof CATALOGUE;

export const EXPLANATION_CODES = Object.keys(CATALOGUE) as ExplanationCode[];

function growthEn(a: Args): string {
  return `Average growth ${a.one('rate')}%/year from ${a.one('from')} (${a.one('fromYear')}) to ${a.one('to')} (${a.one('toYear')}) against ${a.one('target')}%`;
}

function growthVi(a: Args): string {
  return `Tăng trưởng bình quân ${a.one('rate')}%/năm từ ${a.one('from')} (năm ${a.one('fromYear')}) đến ${a.one('to')} (năm ${a.one('toYear')}), chỉ tiêu ${a.one('target')}%`;
}

function zipDue(a: Args, each: (period: string, dueOn: string) => string): string {
  const due = a.all('dueOn');
  return a.all('period').map((p, i) => each(p, due[i] ?? '')).join(', ');
}

/** The sentence for an explanation in a language. */
export const explain = (e: Explanation, lang: Language): string => {
  const rendered = (name: string) => e.params.filter((p) => p.name === name).map((p) => render(p, lang));
  const args: Args = {
    one: (name) => rendered(name)[0] ?? '',
    has: (name) => e.params.some((p) => p.name === name),
    all: rendered,
  };
  return CATALOGUE[e.code][lang](args);
};

/**
 * A code's sentence with each parameter as `{name}` and optional parts shown, as
 * docs/explanations.md lists it (scripts/explanations-doc.ts writes that page from here).
 */
export const sentenceTemplate = (c: ExplanationCode, lang: Language): string =>
  CATALOGUE[c][lang]({ one: (name) => `{${name}}`, has: () => true, all: (name) => [`{${name}…}`] });

/** What the yearly report and the console call each progress status. */
export const PROGRESS_LABELS: Record<string, Record<Language, string>> = {
  MET: { VI: 'Đạt', EN: 'Met' },
  ON_TRACK: { VI: 'Đúng tiến độ', EN: 'On track' },
  AT_RISK: { VI: 'Có nguy cơ chậm', EN: 'At risk' },
  OFF_TRACK: { VI: 'Chậm / không đạt', EN: 'Off track' },
  NO_DATA: { VI: 'Chưa có số liệu', EN: 'No data' },
  NEEDS_REVIEW: { VI: 'Cần đánh giá', EN: 'Needs review' },
  NOT_DUE: { VI: 'Chưa đến hạn', EN: 'Not due' },
};

/** What the yearly report and the console call each task status. */
export const TASK_STATUS_LABELS: Record<string, Record<Language, string>> = {
  NOT_STARTED: { VI: 'Chưa triển khai', EN: 'Not started' },
  IN_PROGRESS: { VI: 'Đang thực hiện', EN: 'In progress' },
  DONE: { VI: 'Hoàn thành', EN: 'Done' },
  OVERDUE: { VI: 'Quá hạn', EN: 'Overdue' },
  AT_RISK: { VI: 'Có nguy cơ chậm', EN: 'At risk' },
  UNASSIGNED: { VI: 'Chưa phân công', EN: 'Unassigned' },
};
