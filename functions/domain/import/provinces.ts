/**
 * Provinces and centrally-run cities after the 2025 merger (34 units), coded as in
 * Decision 19/2025/QĐ-TTg; national bodies map to `VN`.
 */
import { fold } from '../text/vietnamese';

export interface Province {
  readonly code: string;
  readonly name: string;
  /** A centrally-run city ("thành phố"), otherwise a province ("tỉnh"). */
  readonly city: boolean;
}

const PROVINCES: readonly Province[] = [
  { code: '01', name: 'Hà Nội', city: true },
  { code: '04', name: 'Cao Bằng', city: false },
  { code: '08', name: 'Tuyên Quang', city: false },
  { code: '11', name: 'Điện Biên', city: false },
  { code: '12', name: 'Lai Châu', city: false },
  { code: '14', name: 'Sơn La', city: false },
  { code: '15', name: 'Lào Cai', city: false },
  { code: '19', name: 'Thái Nguyên', city: false },
  { code: '20', name: 'Lạng Sơn', city: false },
  { code: '22', name: 'Quảng Ninh', city: false },
  { code: '24', name: 'Bắc Ninh', city: false },
  { code: '25', name: 'Phú Thọ', city: false },
  { code: '31', name: 'Hải Phòng', city: true },
  { code: '33', name: 'Hưng Yên', city: false },
  { code: '37', name: 'Ninh Bình', city: false },
  { code: '38', name: 'Thanh Hóa', city: false },
  { code: '40', name: 'Nghệ An', city: false },
  { code: '42', name: 'Hà Tĩnh', city: false },
  { code: '44', name: 'Quảng Trị', city: false },
  { code: '46', name: 'Huế', city: true },
  { code: '48', name: 'Đà Nẵng', city: true },
  { code: '51', name: 'Quảng Ngãi', city: false },
  { code: '52', name: 'Gia Lai', city: false },
  { code: '56', name: 'Khánh Hòa', city: false },
  { code: '66', name: 'Đắk Lắk', city: false },
  { code: '68', name: 'Lâm Đồng', city: false },
  { code: '75', name: 'Đồng Nai', city: false },
  { code: '79', name: 'Hồ Chí Minh', city: true },
  { code: '80', name: 'Tây Ninh', city: false },
  { code: '82', name: 'Đồng Tháp', city: false },
  { code: '86', name: 'Vĩnh Long', city: false },
  { code: '91', name: 'An Giang', city: false },
  { code: '92', name: 'Cần Thơ', city: true },
  { code: '96', name: 'Cà Mau', city: false },
];

/** Folded spellings that differ from the folded name ("Thừa Thiên Huế", "TP. HCM"). */
const ALIASES: Readonly<Record<string, string>> = {
  'thua thien hue': '46',
  'tp hcm': '79',
  'tp. hcm': '79',
  'tphcm': '79',
  'sai gon': '79',
  'dak lak': '66',
  'khanh hoa': '56',
  'thanh hoa': '38',
};

/** Spellings folded, without "tỉnh", "thành phố", "TP.". */
function bare(s: string): string {
  return fold(s)
    .replace(/[.,;:()]/g, ' ')
    .replace(/^(ubnd|uy ban nhan dan)\s+/, '')
    .replace(/^(tinh|thanh pho|tp)\s+/, '')
    .replace(/\s+/g, ' ')
    .trim();
}

const BY_NAME = new Map<string, Province>(PROVINCES.map((p) => [fold(p.name), p]));

/** The province whose name `s` is ("Cao Bằng", "tỉnh Cao Bằng", "THÀNH PHỐ HỒ CHÍ MINH"). */
export function provinceByName(s: string): Province | null {
  const b = bare(s);
  const hit = BY_NAME.get(b);
  if (hit) return hit;
  const alias = ALIASES[b];
  if (alias) return PROVINCES.find((p) => p.code === alias) ?? null;
  if (b.startsWith('ho chi minh')) return BY_NAME.get('ho chi minh') ?? null;
  return null;
}

/** The first province named anywhere in `s`, as a whole word sequence. */
export function provinceIn(s: string): Province | null {
  const f = ` ${fold(s).replace(/[^a-z0-9 ]+/g, ' ').replace(/\s+/g, ' ')} `;
  let best: { p: Province; at: number } | null = null;
  for (const p of PROVINCES) {
    const at = f.indexOf(` ${fold(p.name)} `);
    if (at >= 0 && (!best || at < best.at)) best = { p, at };
  }
  for (const [alias, code] of Object.entries(ALIASES)) {
    const at = f.indexOf(` ${alias} `);
    const p = PROVINCES.find((x) => x.code === code);
    if (p && at >= 0 && (!best || at < best.at)) best = { p, at };
  }
  return best?.p ?? null;
}

/** True for a national body: the Government, the Prime Minister, a ministry, the National Assembly. */
export function isNationalIssuer(s: string): boolean {
  const f = fold(s);
  return /^(chinh phu|thu tuong|bo |bo truong|quoc hoi|uy ban thuong vu quoc hoi|van phong chinh phu|ban chap hanh trung uong|bo chinh tri|ban bi thu)/.test(f);
}

/** The symbol's issuer part says it: `NQ-CP`, `QĐ-TTg`, `/QH15`, `TT-BKHCN` are national. */
export function isNationalSymbol(number: string): boolean {
  const f = fold(number).toUpperCase();
  return /-(CP|TTG)$|\/QH\d*$|-B[A-Z]+$|\/TW$|-TW$|-VPCP$/.test(f) && !/-UBND|-HDND/.test(f);
}
