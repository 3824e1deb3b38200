/**
 * Agency names: splitting a list as the plans write it ("Các sở, ban, ngành, UBND các
 * xã, phường, Báo và Phát thanh, Truyền hình Cao Bằng và các cơ quan, đơn vị liên quan"),
 * reading roles, and matching names to existing agencies diacritic- and case-insensitively.
 */
import type { AgencyRole } from '../plan/model';
import { fold } from '../text/vietnamese';

export interface NamedAgency {
  readonly name: string;
  readonly note?: string;
}

/** Words that start an agency's name; anything else after a comma continues the previous name. */
const HEAD =
  /^(sở|các sở|ủy ban|uỷ ban|ubnd|hđnd|hội|các hội|tỉnh đoàn|tỉnh đoàn|thành đoàn|đoàn thanh niên|báo|đài|công an|bộ chỉ huy|bộ|các bộ|ban|văn phòng|liên minh|liên hiệp|hiệp hội|trường|các trường|viện|các viện|trung tâm|quỹ|cục|chi cục|kho bạc|ngân hàng|cơ quan|các cơ quan|đơn vị|các đơn vị|các tổ chức|tổ chức|các doanh nghiệp|doanh nghiệp|đại học|mặt trận|ủy ban mttq|cổng|hợp tác xã|các hợp tác xã|cơ sở|các cơ sở|viện|phòng|chính phủ|thủ tướng|tập đoàn|tổng công ty|công ty|cộng đồng|mạng lưới|các địa phương|địa phương|các xã|xã|phường)(?![\p{L}\p{N}])/iu;

/** Lower-case words after a comma that continue a collective name ("các sở, ban, ngành"). */
const CONTINUES = /^(ban|ngành|đoàn thể|phường|xã|đặc khu|thị trấn|địa phương|đơn vị|tổ chức|cá nhân|doanh nghiệp|hợp tác xã|truyền hình|phát thanh|viện|trường|cơ quan)(?![\p{L}\p{N}])/u;

/** "Các sở", "UBND các xã", "các cơ quan": a name for several bodies, which lower-case words extend. */
function isCollective(s: string): boolean {
  const f = fold(s);
  if (/^\p{Ll}/u.test(s.trim())) return true;
  return /^(cac |ubnd cac |uy ban nhan dan cac )/.test(f) || / cac /.test(f);
}

function splitNote(s: string): NamedAgency {
  const m = /^(.*?)\s*\(([^()]*)\)\s*$/.exec(s);
  if (m && (m[1] ?? '').length > 0) return { name: (m[1] ?? '').trim(), note: (m[2] ?? '').trim() };
  return { name: s.trim() };
}

function tidy(s: string): string {
  return s
    .replace(/^(và|với|cùng)\s+/iu, '')
    .replace(/\s+(thực hiện|triển khai|tổ chức thực hiện)$/iu, '')
    .replace(/[\s.,;:]+$/u, '')
    .trim();
}

/** Splits a list of agencies; notes in brackets go to `note`. */
export function splitAgencies(list: string): NamedAgency[] {
  let s = list.replace(/\s+/g, ' ').trim().replace(/[.;,]+$/, '');
  // Take bracketed notes out first, so their commas do not split.
  const notes: string[] = [];
  s = s.replace(/\(([^()]*)\)/g, (_m, inner: string) => {
    notes.push(inner);
    return `\u0000${notes.length - 1}\u0000`;
  });
  const parts: string[] = [];
  for (const chunk of s.split(/\s*;\s*/)) {
    const pieces = chunk.split(/\s*,\s*/);
    let cur = '';
    for (const p of pieces) {
      if (cur === '') {
        cur = p;
        continue;
      }
      const merge = !HEAD.test(p) || (CONTINUES.test(p) && isCollective(cur));
      if (merge) cur = `${cur}, ${p}`;
      else {
        parts.push(cur);
        cur = p;
      }
    }
    if (cur) parts.push(cur);
  }
  // "X và các cơ quan, đơn vị liên quan": split on "và" before a head word.
  const out: NamedAgency[] = [];
  for (const part of parts) {
    const pieces = part.split(/\s+và\s+(?=(?:các\s+)?(?:sở|cơ quan|đơn vị|tổ chức|địa phương|UBND|Ủy ban|Hội|Tỉnh đoàn|Hiệp hội|doanh nghiệp|sở, ngành)(?![\p{L}\p{N}]))/u);
    for (const piece of pieces) {
      const restored = piece.replace(/\u0000(\d+)\u0000/g, (_m, i: string) => `(${notes[Number(i)] ?? ''})`);
      const a = splitNote(tidy(restored));
      const name = tidy(a.name);
      if (name.length < 3) continue;
      out.push(a.note !== undefined ? { name, note: a.note } : { name });
    }
  }
  return out;
}

export interface RoleAssignment {
  readonly role: AgencyRole;
  readonly name: string;
  readonly note?: string;
}

const ROLE_LABEL =
  /^(?:cơ quan|đơn vị|cơ quan, đơn vị)?\s*(chủ trì|phối hợp|tham mưu|thực hiện|đầu mối)(?:\s+(?:tổ chức|thực hiện|triển khai))*\s*:\s*(.*)$/iu;

/** Reads "Cơ quan chủ trì: …", "Đơn vị phối hợp: …", "Cơ quan tham mưu thực hiện: X chủ trì, phối hợp với …". */
export function readRoleLine(line: string): RoleAssignment[] | null {
  const m = ROLE_LABEL.exec(line.trim());
  if (!m) return null;
  const label = fold(m[1] ?? '');
  let role: AgencyRole = label === 'phoi hop' ? 'COORDINATING' : label === 'tham muu' ? 'ADVISORY' : 'LEAD';
  let value = (m[2] ?? '').trim();
  const out: RoleAssignment[] = [];
  // "Sở X; phối hợp: Sở Y" — a second role in the same line
  const inline = /[;,.]\s*(?:cơ quan |đơn vị )?(phối hợp|chủ trì|tham mưu)(?:\s+thực hiện)?\s*:\s*/iu.exec(value);
  if (inline) {
    const second = readRoleLine(`${inline[1]}: ${value.slice(inline.index + inline[0].length)}`) ?? [];
    value = value.slice(0, inline.index);
    for (const a of splitAgencies(value)) out.push({ role, ...a });
    out.push(...second);
    return out;
  }
  const split = /\s+chủ trì(?:\s+thực hiện)?\s*,?\s*(?:và\s+)?phối hợp(?:\s+với)?\s+/iu.exec(value);
  if (split) {
    for (const a of splitAgencies(value.slice(0, split.index))) out.push({ role, ...a });
    role = 'COORDINATING';
    for (const a of splitAgencies(value.slice(split.index + split[0].length))) out.push({ role, ...a });
    return out;
  }
  for (const a of splitAgencies(value)) out.push({ role, ...a });
  return out;
}

/** The key two spellings of an agency share: folded, abbreviations spelt out, no "tỉnh …" tail. */
export function agencyKey(name: string): string {
  let f = ` ${fold(name).replace(/&/g, ' va ').replace(/[.,;:()"“”]/g, ' ').replace(/\s+/g, ' ')} `;
  const ABBR: readonly [RegExp, string][] = [
    [/ ubnd /g, ' uy ban nhan dan '],
    [/ hdnd /g, ' hoi dong nhan dan '],
    [/ kh va cn | khcn /g, ' khoa hoc va cong nghe '],
    [/ lhpn /g, ' lien hiep phu nu '],
    [/ htx /g, ' hop tac xa '],
    [/ nn va mt /g, ' nong nghiep va moi truong '],
    [/ mttq /g, ' mat tran to quoc '],
    [/ tp /g, ' thanh pho '],
  ];
  for (const [re, to] of ABBR) f = f.replace(re, to);
  // The province's Youth Union is "Tỉnh đoàn", "Tỉnh Đoàn Thanh niên" or "Tỉnh đoàn Cao Bằng".
  if (/^ tinh doan( |$)/.test(f)) return 'tinh doan';
  // "… tỉnh Cao Bằng", "… tỉnh" after a name is the province, not the name; a name that
  // starts with "Tỉnh" ("Tỉnh ủy") keeps it, so it never folds to an empty key.
  f = f.replace(/(\S) (tinh|thanh pho) [a-z ]+$/, '$1 ').replace(/(\S) tinh $/, '$1 ');
  return f.replace(/\s+/g, ' ').trim();
}

export interface AgencyMatch {
  /** Ids of existing agencies, one per matched name, in the order of `names`. */
  readonly matched: readonly { readonly name: string; readonly id: string }[];
  /** Names no existing agency has: agencies to create. Each once. */
  readonly proposed: readonly string[];
}

/** Matches names to existing agencies by `agencyKey`; unmatched names are proposed, each once. */
export function matchAgencies(names: readonly string[], existing: readonly { readonly id: string; readonly name: string }[]): AgencyMatch {
  const byKey = new Map<string, string>();
  for (const e of existing) if (!byKey.has(agencyKey(e.name))) byKey.set(agencyKey(e.name), e.id);
  const matched: { name: string; id: string }[] = [];
  const proposed: string[] = [];
  const proposedKeys = new Set<string>();
  for (const n of names) {
    const k = agencyKey(n);
    const id = byKey.get(k);
    if (id !== undefined) {
      matched.push({ name: n, id });
      continue;
    }
    if (!proposedKeys.has(k)) {
      proposedKeys.add(k);
      proposed.push(n);
    }
  }
  return { matched, proposed };
}
