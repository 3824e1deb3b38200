/**
 * The demo ecosystem for `npm start`: invented startups, mentors, incubators, investors,
 * a competition, events and grants for Cao Bằng (04) and Bắc Ninh (24). Every name ends
 * in " (demo)" and every record carries `demo: true`; founders and mentors are numbered
 * placeholders with reserved contacts (example.invalid, 0000…), never a real person.
 * Generated from fixed lists with a fixed arithmetic spread, so every run is identical.
 */
import type { CompetitionPhaseKind, EventKind, IncubatorKind, InvestorKind, Sector, StartupStage } from '../../../functions/domain/ecosystem/model';

export interface DemoProvince {
  readonly jur: string;
  readonly planNumber: string;
  readonly communes: readonly string[];
  readonly startupNames: readonly string[];
  readonly sectors: readonly Sector[];
  readonly incubators: readonly { name: string; kind: IncubatorKind; host: string; recognised: boolean; meets: boolean }[];
  readonly investors: readonly { name: string; kind: InvestorKind; min: string; max: string }[];
  readonly competition: {
    readonly name: string;
    readonly taskCode: string;
    readonly phases: readonly { kind: CompetitionPhaseKind; name: string; from: string; to: string; text: string }[];
  } | null;
  readonly events: readonly { name: string; kind: EventKind; on: string; taskCode: string | null; organiser: string }[];
}

const CAO_BANG: DemoProvince = {
  jur: '04',
  planNumber: '523/KH-UBND',
  communes: ['Phường Thục Phán', 'Xã Hà Quảng', 'Xã Trùng Khánh', 'Xã Quảng Uyên', 'Xã Bảo Lạc', 'Xã Hòa An'],
  startupNames: [
    'Khởi nghiệp nông nghiệp xanh Hà Quảng',
    'Trà giảo cổ lam Bảo Lạc',
    'Hạt dẻ Trùng Khánh số',
    'Du lịch cộng đồng Bản Giốc',
    'Dược liệu Phia Oắc',
    'Miến dong Nguyên Bình',
    'Khởi nghiệp OCOP Quảng Uyên',
    'Chợ số cửa khẩu Tà Lùng',
    'Mật ong bạc hà Cao Bằng',
    'Nông sản sạch Hòa An',
    'Homestay Pác Bó',
    'Khởi nghiệp tuần hoàn phụ phẩm nông nghiệp',
    'Thổ cẩm Tày Nùng số',
    'Gạo nếp cẩm Thạch An',
    'Vận tải xanh biên giới',
    'Khởi nghiệp thanh niên nông thôn Hạ Lang',
  ],
  sectors: ['HIGH_TECH_AGRICULTURE', 'AGRO_PROCESSING', 'TOURISM', 'MEDICINAL_HERBS', 'OCOP_PRODUCTS', 'BORDER_ECONOMY', 'DIGITAL_TRANSFORMATION', 'GREEN_CIRCULAR_ECONOMY'],
  incubators: [
    { name: 'Vườn ươm khởi nghiệp Cao Bằng', kind: 'INCUBATOR', host: 'Sở Khoa học và Công nghệ', recognised: true, meets: true },
    { name: 'Không gian sáng tạo Thanh niên Cao Bằng', kind: 'COWORKING', host: 'Tỉnh Đoàn Thanh niên', recognised: false, meets: false },
    { name: 'Open Lab Nông nghiệp miền núi', kind: 'OPEN_LAB', host: 'Trường Cao đẳng Cao Bằng', recognised: true, meets: false },
  ],
  investors: [
    { name: 'Quỹ đầu tư khởi nghiệp Non Nước', kind: 'VENTURE_FUND', min: '500000000', max: '5000000000' },
    { name: 'Nhà đầu tư thiên thần Bản Giốc', kind: 'ANGEL', min: '100000000', max: '1000000000' },
    { name: 'Quỹ hỗ trợ phụ nữ kinh doanh xanh', kind: 'DONOR', min: '50000000', max: '300000000' },
  ],
  competition: {
    name: 'Cuộc thi Khởi nghiệp đổi mới sáng tạo tỉnh Cao Bằng lần thứ hai, năm 2026 - 2027',
    taskCode: '3.1',
    phases: [
      { kind: 'PLANNING', name: 'Xây dựng kế hoạch tổ chức cuộc thi và truyền thông về cuộc thi', from: '2026-07-01', to: '2026-12-31', text: 'Bắt đầu từ quý III/2026' },
      { kind: 'APPLICATIONS', name: 'Tiếp nhận hồ sơ tham dự cuộc thi', from: '2027-01-01', to: '2027-03-31', text: 'Từ tháng 01 - 03, năm 2027' },
      { kind: 'SUPPORT', name: 'Tổ chức các hoạt động hỗ trợ cuộc thi', from: '2027-01-01', to: '2027-03-31', text: 'Quý I, năm 2027' },
      { kind: 'JUDGING', name: 'Thẩm định đánh giá các dự án dự thi', from: '2027-04-01', to: '2027-10-31', text: 'Năm 2027' },
      { kind: 'AWARDS', name: 'Trao giải cuộc thi', from: '2027-11-01', to: '2027-12-31', text: 'Năm 2027' },
    ],
  },
  events: [
    { name: 'Lớp tập huấn khởi nghiệp sáng tạo cho cán bộ Hội Phụ nữ', kind: 'TRAINING', on: '2026-05-14', taskCode: '2', organiser: 'Hội Liên hiệp Phụ nữ tỉnh' },
    { name: 'Lớp tập huấn xây dựng mô hình kinh doanh cho hội viên nông dân', kind: 'TRAINING', on: '2026-09-10', taskCode: '2', organiser: 'Hội Nông dân tỉnh' },
    { name: 'Hội nghị tuyên truyền đổi mới sáng tạo cho hội viên nông dân', kind: 'CONFERENCE', on: '2026-08-20', taskCode: '4.1', organiser: 'Hội Nông dân tỉnh' },
    { name: 'Khảo sát mô hình khởi nghiệp tiêu biểu tỉnh lân cận', kind: 'STUDY_TOUR', on: '2026-10-05', taskCode: '2', organiser: 'Sở Khoa học và Công nghệ' },
  ],
};

const BAC_NINH: DemoProvince = {
  jur: '24',
  planNumber: '151/KH-UBND',
  communes: ['Phường Kinh Bắc', 'Phường Từ Sơn', 'Phường Bắc Giang', 'Xã Yên Dũng', 'Xã Lục Nam', 'Phường Quế Võ'],
  startupNames: [
    'Khởi nghiệp bán dẫn Kinh Bắc',
    'Vải thiều số Lục Ngạn',
    'Nền tảng đầu tư cộng đồng Từ Sơn',
    'Gốm Phù Lãng sáng tạo',
    'Robot nông nghiệp Yên Dũng',
    'Khởi nghiệp AI cho nhà máy thông minh',
    'Tranh Đông Hồ trực tuyến',
    'Khởi nghiệp năng lượng xanh Quế Võ',
    'Chuỗi cung ứng linh kiện điện tử Việt',
    'Du lịch văn hóa Quan họ số',
    'Dược liệu Tây Yên Tử',
    'Khởi nghiệp sinh viên công nghệ Bắc Giang',
    'Vật liệu tái chế Phong Khê',
    'Nông nghiệp thông minh Hiệp Hòa',
  ],
  sectors: ['ELECTRONICS_SEMICONDUCTORS', 'DIGITAL_TRANSFORMATION', 'HIGH_TECH_AGRICULTURE', 'GREEN_CIRCULAR_ECONOMY', 'TOURISM', 'AGRO_PROCESSING', 'MEDICINAL_HERBS', 'OCOP_PRODUCTS'],
  incubators: [
    { name: 'Trung tâm Đổi mới sáng tạo Bắc Ninh', kind: 'INNOVATION_CENTRE', host: 'UBND tỉnh Bắc Ninh', recognised: true, meets: true },
    { name: 'Vườn ươm Founder Academy Bắc Ninh', kind: 'ACCELERATOR', host: 'Hiệp hội Doanh nghiệp tỉnh', recognised: true, meets: true },
    { name: 'Không gian sáng tạo Đại học Kinh Bắc', kind: 'UNIVERSITY_SPACE', host: 'Trường Đại học (demo)', recognised: false, meets: true },
    { name: 'Co-working Từ Sơn', kind: 'COWORKING', host: 'Doanh nghiệp tư nhân', recognised: false, meets: false },
  ],
  investors: [
    { name: 'Quỹ đầu tư mạo hiểm Kinh Bắc', kind: 'VENTURE_FUND', min: '2000000000', max: '20000000000' },
    { name: 'Quỹ đầu tư doanh nghiệp điện tử', kind: 'CORPORATE_VENTURE', min: '5000000000', max: '50000000000' },
    { name: 'Quỹ Phát triển KH&CN tỉnh Bắc Ninh', kind: 'PUBLIC_FUND', min: '200000000', max: '2000000000' },
    { name: 'Nhà đầu tư thiên thần Quan họ', kind: 'ANGEL', min: '100000000', max: '1500000000' },
  ],
  competition: null,
  events: [
    { name: 'Techfest Bắc Ninh', kind: 'FESTIVAL', on: '2026-10-15', taskCode: null, organiser: 'Sở Khoa học và Công nghệ' },
    { name: 'Tập huấn quản lý nhà nước về khởi nghiệp đổi mới sáng tạo', kind: 'TRAINING', on: '2026-04-22', taskCode: '3.4', organiser: 'Sở Khoa học và Công nghệ' },
    { name: 'Hội thảo kết nối đầu tư cho startup', kind: 'WORKSHOP', on: '2026-06-18', taskCode: null, organiser: 'Sở Khoa học và Công nghệ' },
  ],
};

export const demoProvinces: readonly DemoProvince[] = [CAO_BANG, BAC_NINH];

export const MENTOR_EXPERTISE = [
  'Thương mại điện tử',
  'Xây dựng thương hiệu',
  'Sở hữu trí tuệ',
  'Gọi vốn đầu tư',
  'Quản trị tài chính',
  'Chuyển đổi số',
  'Marketing số',
  'Tiêu chuẩn chất lượng, truy xuất nguồn gốc',
  'Chế biến sâu nông sản',
  'Du lịch cộng đồng',
] as const;

export const STAGES: readonly StartupStage[] = ['STARTUP', 'STARTUP', 'SCALEUP', 'PROJECT', 'STARTUP', 'GRADUATED', 'STARTUP', 'INACTIVE'];

/** First registration dates spread over 2019–2026, with 2021-01-15 (the eligibility example) first. */
export const registrationDate = (i: number): string => {
  if (i === 0) return '2021-01-15';
  const year = 2019 + (i * 3) % 8;
  const month = 1 + (i * 5) % 12;
  const day = 1 + (i * 7) % 28;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
};

export const demo = (name: string): string => `${name} (demo)`;
