/**
 * Bắc Ninh, Kế hoạch 151/KH-UBND ngày 02/12/2025: support for the province's
 * innovation-startup ecosystem, 2025–2030 with an orientation to 2045, and its annex of 15
 * indicators. Source: /work/shared/plans/bac-ninh-151-KH-UBND-2025.txt.
 *
 * The source is a scraped web page: its header block (legal bases, purposes, requirements,
 * objectives up to "2.1") is repeated, and the section headings were lost. The structure
 * below is reconstructed from content:
 *   I. Mục đích, yêu cầu (1. Mục đích, 2. Yêu cầu) → purposes, requirements
 *   II. Mục tiêu (1. Mục tiêu chung, 2. Mục tiêu cụ thể: 2.1, 2.2) → objectives
 *   III. Đối tượng (the two paragraphs after 2.2) → `bacNinh151Beneficiaries` (no field)
 *   IV. Nhiệm vụ và giải pháp (1–8, 3.1–3.5) → tasks
 *   V. Kinh phí → fundingSources
 *   VI. Tổ chức thực hiện (1–7) → responsibilities
 * Each fact is given once. Text is copied from the source (NFC) and kept as written; only
 * layout is undone (bullet dashes, "a)" labels and list-final semicolons are dropped).
 *
 * Canonical agency names: 'Ủy ban nhân dân tỉnh' ("UBND tỉnh"); 'UBND các xã, phường'
 * ("UBND xã, phường" in VI.6); 'Các sở, ban, ngành' ("Các sở, ban ngành", "các sở, ngành");
 * 'Các cơ quan, đơn vị liên quan' ("các đơn vị liên quan" in the annex). The annex's
 * "Các sở, ngành, đơn vị liên quan" is the pair 'Các sở, ban, ngành' + 'Các cơ quan, đơn vị
 * liên quan'; its "các viện trường" is VI.7.3's 'Viện nghiên cứu, trường đại học, cao đẳng,
 * cơ sở đào tạo'.
 */
import type { IndicatorFixture, PlanFixture } from '../../../functions/domain/plan/fixture';

const SKHCN = 'Sở Khoa học và Công nghệ';
const SO_TAI_CHINH = 'Sở Tài chính';
const SO_CONG_THUONG = 'Sở Công Thương';
const SO_NN_MT = 'Sở Nông nghiệp và Môi trường';
const BAO_PTTH = 'Báo và Phát thanh, Truyền hình tỉnh Bắc Ninh';
const UBND_TINH = 'Ủy ban nhân dân tỉnh';
const BO_KHCN = 'Bộ Khoa học và Công nghệ';
const CAC_SO = 'Các sở, ban, ngành';
const UBND_XA = 'UBND các xã, phường';
const CQ_DV_LQ = 'Các cơ quan, đơn vị liên quan';
const CQ_TRUYEN_THONG = 'Các cơ quan truyền thông';
const HIEP_HOI_DNVVN = 'Hiệp hội Doanh nghiệp vừa và nhỏ tỉnh';
const CA_NHAN_NHOM = 'Cá nhân, nhóm khởi nghiệp';
const DOANH_NGHIEP = 'Doanh nghiệp';
const VIEN_TRUONG = 'Viện nghiên cứu, trường đại học, cao đẳng, cơ sở đào tạo';
const TO_CHUC_XH = 'Các tổ chức xã hội, hiệp hội ngành nghề';

/** VI.6's duties, given to both bodies of its heading "Các sở, ban, ngành; UBND xã, phường". */
const DUTIES_SO_XA = [
  'Căn cứ chức năng nhiệm vụ, quyền hạn phối hợp với Sở Khoa học và Công nghệ tổ chức thực hiện Kế hoạch này; phối hợp với Sở Khoa học và Công nghệ vận động, hình thành các hệ sinh thái đổi mới sáng tạo chuyên ngành, nhất là các ngành trọng điểm và nhóm sản phẩm chủ lực.',
  'Chủ động xác định nhu cầu đổi mới sáng tạo của doanh nghiệp để phối hợp với Sở Khoa học và Công nghệ kết nối với cộng đồng hệ sinh thái đổi mới sáng tạo.',
] as const;

const P2030 = 'Giai đoạn 2025 - 2030: ';
const P2045 = 'Định hướng đến 2045: ';

export const bacNinh151: PlanFixture = {
  jurisdiction: '24',
  number: '151/KH-UBND',
  title:
    'Hỗ trợ hệ sinh thái khởi nghiệp đổi mới sáng tạo tỉnh Bắc Ninh giai đoạn 2025 - 2030, định hướng đến năm 2045',
  issuer: 'Ủy ban nhân dân tỉnh Bắc Ninh',
  place: 'Bắc Ninh',
  issuedOn: '2025-12-02',
  // "Ngày có hiệu lực | 02/12/2025" in the page's header table.
  effectiveOn: '2025-12-02',
  signer: 'Mai Sơn',
  // The scraped signature block keeps only "TM. ỦY BAN NHÂN DÂN"; the signer's own title line
  // was lost, so it is not given here rather than guessed.
  signerTitle: null,
  periodFrom: 2025,
  periodTo: 2030,
  orientationYear: 2045,

  // The header is repeated in the source; each basis once, in the order cited.
  legalBases: [
    {
      kind: 'PARTY_RESOLUTION',
      number: '57-NQ/TW',
      issuedOn: '2024-12-22',
      issuer: 'Bộ Chính trị',
      title: 'về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia',
    },
    {
      kind: 'RESOLUTION',
      number: '71/NQ-CP',
      issuedOn: '2025-04-01',
      issuer: 'Chính phủ',
      title:
        'sửa đổi, bổ sung cập nhật Chương trình hành động của Chính phủ thực hiện Nghị quyết số 57- NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia',
    },
    {
      kind: 'DECREE',
      number: '268/2025/NĐ-CP',
      issuedOn: '2025-10-14',
      issuer: 'Chính phủ',
      title:
        'quy định chi tiết và hướng dẫn một số điều của Luật Khoa học, công nghệ và đổi mới sáng tạo về đổi mới sáng tạo; khuyến khích hoạt động khoa học, công nghệ và đổi mới sáng tạo trong doanh nghiệp; công nhận cá nhân, doanh nghiệp sáng tạo; hạ tầng, mạng lưới và hệ sinh thái khởi nghiệp sáng tạo',
    },
    {
      kind: 'DECISION',
      number: '844/QĐ-TTg',
      issuedOn: '2016-05-18',
      issuer: 'Thủ tướng Chính phủ',
      title:
        'về việc phê duyệt Đề án “Hỗ trợ hệ sinh thái khởi nghiệp đổi mới sáng tạo quốc gia đến năm 2025”',
    },
    {
      kind: 'DECISION',
      number: '188/QĐ-TTg',
      issuedOn: '2021-02-09',
      issuer: 'Thủ tướng Chính phủ',
      title:
        'về sửa đổi, bổ sung một số điều của Quyết định số 844/QĐ-TTg ngày 18/5/2016 của Thủ tướng Chính phủ về việc phê duyệt Đề án “Hỗ trợ hệ sinh thái khởi nghiệp đổi mới sáng tạo quốc gia đến năm 2025”',
    },
  ],

  purposes: [
    'Tạo lập môi trường thuận lợi để thúc đẩy, hỗ trợ quá trình hình thành và phát triển loại hình doanh nghiệp có khả năng tăng trưởng nhanh dựa trên khai thác tài sản trí tuệ, công nghệ, mô hình kinh doanh mới.',
    'Phát huy tối đa sự vào cuộc của các cấp chính quyền, các trường Đại học, Cao đẳng, viện nghiên cứu, tổ chức kinh tế, xã hội, nghề nghiệp, chuyên gia, nhà đầu tư để hỗ trợ phát triển hoạt động khởi nghiệp đổi mới sáng tạo trên địa bàn tỉnh Bắc Ninh; các doanh nghiệp khởi nghiệp đổi mới sáng tạo phải là động lực nâng cao sức cạnh tranh và tính tự chủ của nền kinh tế tỉnh Bắc Ninh.',
    'Hoàn thiện hệ thống pháp lý hỗ trợ hoạt động khởi nghiệp đổi mới sáng tạo.',
    'Phấn đấu duy trì xếp hạng Chỉ số đổi mới sáng tạo cấp địa phương (PII) trong nhóm 10 tỉnh, thành phố dẫn đầu cả nước.',
  ],
  requirements: [
    'Các sở, ban ngành, UBND các xã, phường và các cơ quan, tổ chức, đơn vị, cá nhân có liên quan triển khai các hoạt động hỗ trợ hệ sinh thái khởi nghiệp đổi mới sáng tạo bảo đảm chất lượng, hiệu quả, tiết kiệm.',
  ],
  // General objectives as written; specific objectives prefixed with their sub-heading, since
  // "Có từ 40% tỷ lệ doanh nghiệp có hoạt động đổi mới sáng tạo" is written for both 2.1 and 2.2.
  objectives: [
    'Hỗ trợ phát triển hệ sinh thái khởi nghiệp đổi mới sáng tạo của tỉnh phát triển ngang tầm khu vực, từng bước trở thành nền tảng vững chắc hỗ trợ hoạt động đổi mới sáng tạo, nâng cao năng suất, chất lượng, năng lực cạnh tranh của doanh nghiệp, phát triển sản phẩm chủ lực của tỉnh, góp phần nâng cao tỷ trọng đóng góp của năng suất các nhân tố tổng hợp (TFP) vào GRDP đến năm 2030 đạt từ 45%.',
    'Tạo lập môi trường thuận lợi để thúc đẩy, hỗ trợ quá trình hình thành và phát triển loại hình doanh nghiệp có khả năng tăng trưởng nhanh dựa trên khai thác tài sản trí tuệ, công nghệ, mô hình kinh doanh mới.',
    'Hoàn thiện hệ thống pháp lý hỗ trợ hoạt động khởi nghiệp đổi mới sáng tạo.',
    // 2.1. Giai đoạn 2025 - 2030
    `${P2030}Hình thành Trung tâm Đổi mới sáng tạo tỉnh Bắc Ninh (BNIC)`,
    `${P2030}Thành lập Quỹ đầu tư mạo hiểm hỗ trợ khởi nghiệp đổi mới sáng tạo`,
    `${P2030}Có từ 150 doanh nghiệp khởi nghiệp sáng tạo`,
    `${P2030}Có từ 7 vườn ươm/trung tâm đổi mới sáng tạo`,
    `${P2030}Có từ 40% tỷ lệ doanh nghiệp có hoạt động đổi mới sáng tạo`,
    `${P2030}Có từ 30% doanh nghiệp có hoạt động đổi mới quy trình, mô hình kinh doanh`,
    `${P2030}Có từ 60 sản phẩm thuộc dự án khởi nghiệp đổi mới sáng tạo được thương mại hoá`,
    `${P2030}Có từ 30 dự án đổi mới sáng tạo được hỗ trợ từ ngân sách của tỉnh`,
    `${P2030}Có từ 20 sáng chế, giải pháp hữu ích có địa chỉ tại tỉnh`,
    `${P2030}Có từ 300 bài báo khoa học ứng dụng liên quan đổi mới sáng tạo`,
    `${P2030}Có từ 25% doanh nghiệp vừa và nhỏ có hợp tác nghiên cứu, phát triển với các viện/trường`,
    `${P2030}Có từ 70 sáng kiến trong khu vực công được công nhận`,
    `${P2030}Chỉ số phát triển con người (HDI) trên 0.7`,
    `${P2030}Số lượng đơn đăng ký sáng chế, văn bằng bảo hộ sáng chế tăng trung bình đạt 16%/năm`,
    `${P2030}Tỉ lệ đơn đăng ký sáng chế, văn bằng bảo hộ sáng chế khai thác thương mại đạt 8%.`,
    // 2.2. Định hướng đến 2045
    `${P2045}Có từ 800 doanh nghiệp khởi nghiệp sáng tạo`,
    `${P2045}Có từ 25 vườn ươm/trung tâm đổi mới sáng tạo`,
    `${P2045}Có từ 50 - 70 dự án khởi nghiệp sáng tạo`,
    `${P2045}Có từ 40% tỷ lệ doanh nghiệp có hoạt động đổi mới sáng tạo`,
    `${P2045}Có từ 90% doanh nghiệp có hoạt động đổi mới quy trình, mô hình kinh doanh`,
    `${P2045}Có từ 500 sản phẩm thuộc dự án khởi nghiệp đổi mới sáng tạo được thương mại hoá`,
    `${P2045}Có từ 150 dự án đổi mới sáng tạo được hỗ trợ từ ngân sách của tỉnh`,
    `${P2045}Có từ 200 sáng chế, giải pháp hữu ích có địa chỉ tại tỉnh`,
    `${P2045}Có từ 1.800 bài báo khoa học ứng dụng liên quan đổi mới sáng tạo`,
    `${P2045}Có từ 80% doanh nghiệp vừa và nhỏ có hợp tác nghiên cứu, phát triển với các viện/trường`,
    `${P2045}Có từ 250 sáng kiến trong khu vực công được công nhận`,
    `${P2045}Chỉ số phát triển con người (HDI) tăng dần theo mỗi năm`,
    `${P2045}Số lượng đơn đăng ký sáng chế, văn bằng bảo hộ sáng chế tăng trung bình đạt 18%/năm`,
    `${P2045}Tỉ lệ đơn đăng ký sáng chế, văn bằng bảo hộ sáng chế khai thác thương mại đạt 10%.`,
  ],

  agencies: [
    { name: UBND_TINH, shortName: 'UBND tỉnh', kind: 'PEOPLES_COMMITTEE' },
    { name: SKHCN, shortName: 'Sở KH&CN', kind: 'DEPARTMENT' },
    { name: SO_TAI_CHINH, shortName: null, kind: 'DEPARTMENT' },
    { name: SO_CONG_THUONG, shortName: null, kind: 'DEPARTMENT' },
    { name: SO_NN_MT, shortName: 'Sở NN&MT', kind: 'DEPARTMENT' },
    { name: BAO_PTTH, shortName: null, kind: 'MEDIA' },
    { name: CQ_TRUYEN_THONG, shortName: null, kind: 'MEDIA' },
    { name: HIEP_HOI_DNVVN, shortName: null, kind: 'ASSOCIATION' },
    { name: TO_CHUC_XH, shortName: null, kind: 'ASSOCIATION' },
    { name: VIEN_TRUONG, shortName: null, kind: 'UNIVERSITY' },
    { name: DOANH_NGHIEP, shortName: null, kind: 'ENTERPRISE' },
    { name: CA_NHAN_NHOM, shortName: null, kind: 'OTHER' },
    { name: BO_KHCN, shortName: 'Bộ KH&CN', kind: 'MINISTRY' },
    { name: CAC_SO, shortName: null, kind: 'OTHER' },
    { name: UBND_XA, shortName: null, kind: 'COMMUNE_COMMITTEE' },
    { name: CQ_DV_LQ, shortName: null, kind: 'OTHER' },
  ],

  // "Nhiệm vụ và giải pháp": the tasks name no agencies; only item 2 states a timeline.
  tasks: [
    {
      code: '1',
      title: 'Hoạt động truyền thông khởi nghiệp đổi mới sáng tạo',
      content: [
        'Tuyên truyền, phổ biến về chính sách, cơ chế hỗ trợ, các hoạt động khởi nghiệp đổi mới sáng tạo của tỉnh Bắc Ninh và quốc gia đến các cá nhân, nhóm cá nhân, doanh nghiệp khởi nghiệp trên địa bàn tỉnh Bắc Ninh; phát triển hoạt động truyền thông trên các phương tiện thông tin đại chúng nhằm tăng cường hiệu quả quảng bá thông tin và kết nối trong cộng đồng khởi nghiệp sáng tạo.',
        'Xây dựng các phóng sự, chuyên mục, chuyên đề về hoạt động khởi nghiệp đổi mới sáng tạo của tỉnh Bắc Ninh tuyên truyền trên Báo và phát thanh truyền hình tỉnh Bắc Ninh, Đài Phát thanh và Truyền hình các xã, phường, Cổng Thông tin điện tử tỉnh Bắc Ninh.',
      ],
      agencies: [],
      timeline: null,
      phases: [],
      outputs: [],
    },
    {
      code: '2',
      title: 'Phát triển hạ tầng, dịch vụ hỗ trợ Hệ sinh thái khởi nghiệp đổi mới sáng tạo của tỉnh Bắc Ninh',
      content: [
        'Hoàn thiện thể chế, cơ chế, chính sách thúc đẩy khởi nghiệp đổi mới sáng tạo: Hoàn thiện thể chế, khơi thông các điểm nghẽn đang cản trở khởi nghiệp đổi mới sáng tạo, khuyến khích được mọi nguồn lực xã hội đầu tư cho khởi nghiệp đổi mới sáng tạo, đưa kết quả của sáng tạo vào cuộc sống một cách thuận lợi, nhanh chóng.',
        'Tăng cường đầu tư, hoàn thiện hạ tầng cho khởi nghiệp đổi mới sáng tạo: Huy động tối đa và sử dụng hiệu quả mọi nguồn lực tài chính, cơ sở vật chất, hạ tầng cho hoạt động khởi nghiệp đổi mới sáng tạo. Bảo đảm đầu tư xứng đáng từ ngân sách nhà nước, đồng thời thu hút mạnh mẽ nguồn lực từ khu vực tư nhân và quốc tế.',
        'Nâng cấp, mở rộng Trung tâm Hỗ trợ khởi nghiệp đổi mới sáng tạo của tỉnh Bắc Ninh trên cơ sở hạ tầng sẵn có để triển khai các hoạt động hỗ trợ khởi nghiệp đổi mới sáng tạo, bao gồm khu làm việc chung, khu làm việc riêng, khu ươm tạo doanh nghiệp, hệ thống phòng họp, khu thí nghiệm khởi nghiệp sáng tạo… Tiến tới xây dựng Khu hỗ trợ dịch vụ khởi nghiệp tập trung của tỉnh Bắc Ninh.',
        'Phát huy vai trò của các trường đại học, cao đẳng (đặc biệt là các cơ sở có năng lực đào tạo công nghệ cao) xây dựng không gian sáng tạo mở (Innovation Space), phòng thí nghiệm công nghệ (Open Lab) và vườn ươm khởi nghiệp.',
        'Hỗ trợ một phần kinh phí nâng cấp cơ sở vật chất - kỹ thuật của một số cơ sở ươm tạo, tổ chức thúc đẩy kinh doanh, tổ chức cung cấp thiết bị dùng chung cho các nhóm khởi nghiệp, doanh nghiệp khởi nghiệp đổi mới sáng tạo.',
        'Hỗ trợ kinh phí đối với nhiệm vụ tư vấn thành lập cơ sở ươm tạo doanh nghiệp khoa học công nghệ, ươm tạo công nghệ.',
        'Hỗ trợ nâng cao năng lực cho công tác quản lý, vận hành các tổ chức hỗ trợ khởi nghiệp.',
      ],
      agencies: [],
      timeline: 'đến năm 2030, định hướng đến năm 2045',
      phases: [],
      outputs: [],
    },
    {
      code: '3',
      // The heading of item 3 was lost in scraping (only 3.1–3.5 survive). This title is
      // reconstructed from its sub-tasks (training, mentors, schools, officials, international
      // learning); it is not the plan's own wording.
      title: 'Đào tạo, bồi dưỡng, phát triển nguồn nhân lực khởi nghiệp đổi mới sáng tạo',
      titleSource: 'EDITOR',
      content: [],
      agencies: [],
      timeline: null,
      phases: [],
      outputs: [],
    },
    {
      code: '3.1',
      title: 'Đào tạo - bồi dưỡng kỹ năng khởi nghiệp',
      content: [
        'Tổ chức các khóa học ngắn hạn về khởi sự kinh doanh, quản trị doanh nghiệp, gọi vốn, marketing số.',
        'Xây dựng chương trình đào tạo Nhà sáng lập “Founder Academy Bắc Ninh” hợp tác với các trường đại học, viện nghiên cứu và doanh nghiệp lớn.',
      ],
      agencies: [],
      timeline: null,
      phases: [],
      outputs: [],
    },
    {
      code: '3.2',
      title: 'Phát triển đội ngũ cố vấn, huấn luyện viên',
      content: [
        'Xây dựng mạng lưới chuyên gia cố vấn từ các doanh nghiệp thành công, nhà đầu tư, giảng viên đại học.',
        'Mỗi dự án khởi nghiệp tiềm năng được ghép đôi với ít nhất 01 cố vấn trong suốt quá trình ươm tạo.',
      ],
      agencies: [],
      timeline: null,
      phases: [],
      outputs: [],
    },
    {
      code: '3.3',
      title: 'Phát triển kỹ năng đổi mới sáng tạo trong trường học',
      content: [
        'Đưa nội dung khởi nghiệp - đổi mới sáng tạo vào hoạt động ngoại khóa tại các trường phổ thông, đại học.',
        'Tổ chức cuộc thi ý tưởng sáng tạo cho học sinh, sinh viên; gắn kết với Techfest Bắc Ninh hằng năm.',
        'Mở rộng cho sinh viên các trường Cao đẳng kỹ thuật, học sinh trung học nghề là lực lượng có kỹ năng thực hành và tư duy công nghệ để tham gia vào các chương trình: Founder Academy Bắc Ninh; Đào tạo huấn luyện và cố vấn khởi nghiệp (ToT); Cuộc thi ý tưởng đổi mới sáng tạo học sinh, sinh viên (liên kết Techfest).',
        'Xây dựng Module đào tạo khởi nghiệp công nghệ (Techbased Startup) thí điểm tại các trường nghề công nghệ, kỹ thuật trên địa bàn tỉnh Bắc Ninh do các trường đảm nhiệm.',
      ],
      agencies: [],
      timeline: null,
      phases: [],
      outputs: [],
    },
    {
      code: '3.4',
      title: 'Chương trình tập huấn cho cán bộ quản lý nhà nước và hiệp hội',
      content: [
        'Nâng cao năng lực cho cán bộ các sở/ngành, chính quyền địa phương về chính sách hỗ trợ khởi nghiệp, quản lý hệ sinh thái.',
        'Hình thành “tổ công tác hỗ trợ khởi nghiệp” tại các sở, ngành, hiệp hội.',
      ],
      agencies: [],
      timeline: null,
      phases: [],
      outputs: [],
    },
    {
      code: '3.5',
      title: 'Học tập quốc tế và kết nối chuyên gia',
      content: [
        'Tổ chức đoàn công tác, chương trình trao đổi học tập kinh nghiệm khởi nghiệp tại các trung tâm đổi mới sáng tạo trong và ngoài nước (NIC, Hòa Lạc, Singapore, Hàn Quốc...).',
        'Mời chuyên gia quốc tế tham gia huấn luyện, hội thảo, hướng dẫn trực tuyến (mentoring online) cho startup Bắc Ninh.',
      ],
      agencies: [],
      timeline: null,
      phases: [],
      outputs: [],
    },
    {
      code: '4',
      title: 'Hỗ trợ ươm tạo các ý tưởng khởi nghiệp đổi mới sáng tạo',
      content: [
        'Hỗ trợ kinh phí cho các đơn vị tuyển chọn, triển khai ươm tạo các ý tưởng khởi nghiệp đổi mới sáng tạo hàng năm.',
        'Hỗ trợ kinh phí tổ chức các cuộc thi về khởi nghiệp đổi mới sáng tạo hàng năm.',
        'Hỗ trợ kinh phí cho việc tiếp nhận, chuyển giao và vận hành chương trình ươm tạo có cấu trúc theo quy trình quốc tế.',
        'Hỗ trợ kinh phí triển khai hoạt động ươm tạo doanh nghiệp có cấu trúc theo quy trình quốc tế.',
        'Hỗ trợ thông tin, xúc tiến thương mại, thương mại hóa, hỗ trợ sử dụng cơ sở kỹ thuật, cơ sở ươm tạo, khu làm việc chung.',
        'Hỗ trợ kinh phí thuê chuyên gia trong nước và nước ngoài huấn luyện các kỹ năng chuyên sâu, tư vấn phát triển ý tưởng thành sản phẩm, hoàn thiện mô hình kinh doanh, kiểm chứng khách hàng...',
        'Hỗ trợ kinh phí thuê chuyên gia trong nước và ngoài nước đào tạo các giảng viên khởi nghiệp nguồn (ToT), huấn luyện viên, chuyên gia cố vấn.',
      ],
      agencies: [],
      timeline: null,
      phases: [],
      outputs: [],
    },
    {
      code: '5',
      title: 'Hỗ trợ phát triển tăng tốc các doanh nghiệp khởi nghiệp đổi mới sáng tạo',
      content: [
        'Hỗ trợ tuyển chọn, huấn luyện, đào tạo, tư vấn: các dịch vụ pháp lý, sở hữu trí tuệ, quản trị doanh nghiệp, xây dựng chiến lược phát triển, cơ sở vật chất và các điều kiện cần thiết cho các doanh nghiệp khởi nghiệp đổi mới sáng tạo tiềm năng được tiếp tục phát triển tăng tốc, tiếp cận thị trường và quỹ đầu tư mạo hiểm trong và ngoài nước.',
        'Hỗ trợ về cơ chế xét duyệt các nhiệm vụ về khoa học và phát triển công nghệ của tỉnh Bắc Ninh nhằm đưa các dự án khởi nghiệp đổi mới sáng tạo có tiềm năng được tham gia.',
        'Hỗ trợ các doanh nghiệp khởi nghiệp đổi mới sáng tạo tiếp cận đưa các sản phẩm ra thị trường.',
        'Hỗ trợ doanh nghiệp khởi nghiệp đổi mới sáng tạo hướng tới mua, bán, sáp nhập, chào bán chứng khoán ra công chúng.',
      ],
      agencies: [],
      timeline: null,
      phases: [],
      outputs: [],
    },
    {
      code: '6',
      title: 'Hỗ trợ doanh nghiệp khởi nghiệp đổi mới sáng tạo phát triển sản phẩm và thị trường',
      content: [
        'Tổ chức ngày hội Khởi nghiệp đổi mới sáng tạo (Techfest Bắc Ninh).',
        'Hỗ trợ một phần kinh phí cho các doanh nghiệp khởi nghiệp đổi mới sáng tạo của tỉnh tham gia các hội nghị, hội thảo, hội chợ triển lãm, Ngày hội khởi nghiệp, các cuộc thi về khởi nghiệp đổi mới sáng tạo trong và ngoài nước.',
        'Hỗ trợ cho các doanh nghiệp sau khởi nghiệp đổi mới sáng tạo tham gia các chương trình, dự án hỗ trợ của tỉnh.',
        'Hỗ trợ các doanh nghiệp khởi nghiệp đổi mới sáng tạo của tỉnh được tiếp cận và tham gia các buổi tọa đàm, đối thoại giữa cơ quan quản lý với doanh nghiệp khởi nghiệp; các sự kiện khởi nghiệp, chương trình kết nối, xúc tiến đầu tư và kinh doanh trong và ngoài nước với quy mô cấp vùng và quốc tế.',
        'Hỗ trợ kinh phí tổ chức các sự kiện, hội thảo, tọa đàm, kết nối, tập huấn liên quan đến khởi nghiệp đổi mới sáng tạo trong và ngoài nước.',
      ],
      agencies: [],
      timeline: null,
      phases: [],
      outputs: [],
    },
    {
      code: '7',
      title: 'Thúc đẩy hoạt động hợp tác quốc tế về khởi nghiệp đổi mới sáng tạo',
      content: [
        'Hỗ trợ một phần kinh phí cho việc tiếp nhận chuyển giao và vận hành chương trình ươm tạo có cấu trúc theo quy trình quốc tế.',
        'Hỗ trợ kết nối, trao đổi, hợp tác với các hệ sinh thái khởi nghiệp đổi mới sáng tạo của các nước phát triển.',
        'Kết nối mạng lưới, mở rộng quan hệ hợp tác với nước ngoài.',
        'Hỗ trợ việc kết nối, giao lưu, học tập kinh nghiệm xây dựng hệ sinh thái khởi nghiệp của các nước phát triển.',
        'Kết nối với các nhà đầu tư thiên thần, quỹ đầu tư mạo hiểm, các tổ chức hỗ trợ khởi nghiệp để tiếp cận nguồn vốn và thị trường nước ngoài.',
      ],
      agencies: [],
      timeline: null,
      phases: [],
      outputs: [],
    },
    {
      code: '8',
      title: 'Đào tạo, nâng cao năng lực khởi nghiệp đổi mới sáng tạo',
      content: [
        'Xây dựng văn hóa khởi nghiệp, tinh thần doanh nhân, tư duy đổi mới sáng tạo ngay tại các trường đại học; tạo nền tảng để hình thành và nâng cao chất lượng các ý tưởng khởi nghiệp tiềm năng; giảm tỷ lệ thất bại của các công ty khởi nghiệp trong giai đoạn đầu.',
        'Triển khai các chương trình huấn luyện, bồi dưỡng các kiến thức chuyên sâu về khởi nghiệp.',
        'Hỗ trợ các khóa đào tạo tư duy đổi mới sáng tạo, nghiên cứu khoa học, tinh thần doanh nhân trong các trường cao đẳng, đại học, các tổ chức hỗ trợ khởi nghiệp.',
      ],
      agencies: [],
      timeline: null,
      phases: [],
      outputs: [],
    },
  ],

  fundingSources: [
    {
      kind: 'STATE_BUDGET',
      name: 'Ngân sách Nhà nước cho sự nghiệp khoa học, công nghệ đổi mới sáng tạo và chuyển đổi số',
      note: 'theo phân cấp ngân sách hiện hành',
    },
    {
      kind: 'DONOR',
      name: 'Vốn tài trợ của các tổ chức, cá nhân, doanh nghiệp trong nước và nước ngoài',
      note: null,
    },
    {
      kind: 'OTHER',
      name: 'Nguồn kinh phí hợp pháp khác theo quy định của pháp luật',
      note: null,
    },
  ],

  // "Tổ chức thực hiện". The scraped text lost the headings of items 1–3 ("1. Sở Khoa học và
  // Công nghệ", "2. Sở Tài chính", "3. Sở Công Thương"); they are inferred from the duties:
  // the first list makes its agency the plan's focal point ("cơ quan đầu mối") reporting to the
  // Ministry of S&T; the second budgets the plan's funds ("chủ trì tham mưu UBND tỉnh bố trí
  // nguồn kinh phí"); the third runs trade promotion, industrial production and e-commerce.
  // Headings 4–7 survive.
  responsibilities: [
    {
      agency: SKHCN,
      duties: [
        'Là cơ quan đầu mối, tham mưu giúp UBND tỉnh chỉ đạo thực hiện Kế hoạch này; căn cứ tình hình thực tế và nguồn kinh phí giao hàng năm, tổng hợp nội dung kinh phí các nhiệm vụ của hoạt động khởi nghiệp đổi mới sáng tạo vào Kế hoạch hoạt động khoa học và công nghệ để triển khai theo quy định.',
        'Chủ trì, phối hợp với các sở, ngành, địa phương và các đơn vị có liên quan tổ chức kiểm tra, giám sát việc thực hiện; tổng hợp, báo cáo UBND tỉnh và Bộ Khoa học và Công nghệ theo quy định.',
        'Hỗ trợ xây dựng thương hiệu, nhãn hiệu, chỉ dẫn địa lý cho sản phẩm khởi nghiệp.',
        'Hướng dẫn các thủ tục pháp lý liên quan đến công bố sản phẩm, mã vạch, mã QR, xây dựng tiêu chuẩn cơ sở cho các sản phẩm, các dự án khởi nghiệp.',
        'Chủ trì phối hợp với các sở, ngành, chuyên gia về hỗ trợ, đào tạo tập huấn cho các dự án khởi nghiệp.',
        'Tổng hợp, đề xuất khen thưởng, tôn vinh các tổ chức, cá nhân có thành tích xuất sắc trong hoạt động khởi nghiệp đổi mới sáng tạo của tỉnh Bắc Ninh.',
      ],
    },
    {
      agency: SO_TAI_CHINH,
      duties: [
        'Phối hợp với Sở Khoa học và Công nghệ, các sở, ngành liên quan rà soát, tổng hợp kinh phí thực hiện các nội dung của Kế hoạch; chủ trì tham mưu UBND tỉnh bố trí nguồn kinh phí theo quy định.',
        'Đẩy mạnh thu hút, sử dụng hiệu quả các nguồn lực từ nước ngoài và các đối tác quốc tế cho khởi nghiệp đổi mới sáng tạo, phát triển các mô hình kinh tế mới dựa trên nền tảng chuyển đổi số, kinh tế số.',
      ],
    },
    {
      agency: SO_CONG_THUONG,
      duties: [
        'Phối hợp với Sở Khoa học và Công nghệ thực hiện gắn kết, xúc tiến hoạt động của thị trường hàng hóa, dịch vụ và thị trường khoa học và công nghệ, lồng ghép các nhiệm vụ trong Kế hoạch khởi nghiệp đổi mới sáng tạo trong Chương trình xúc tiến thương mại hàng năm.',
        'Hỗ trợ khởi nghiệp trong lĩnh vực sản xuất công nghiệp, thương mại và xuất khẩu.',
        'Kết nối doanh nghiệp khởi nghiệp với chuỗi cung ứng, chuỗi giá trị toàn cầu.',
        'Triển khai các chương trình xúc tiến thương mại, hội chợ, triển lãm, tạo cơ hội đưa sản phẩm khởi nghiệp ra thị trường.',
        'Tham mưu chính sách về thương mại điện tử, chuyển đổi số trong lĩnh vực sản xuất và phân phối.',
        'Hướng dẫn thủ tục công bố sản phẩm theo quy định của lĩnh vực quản lý của đơn vị mình.',
      ],
    },
    {
      agency: SO_NN_MT,
      duties: [
        'Hỗ trợ khởi nghiệp nông nghiệp công nghệ cao, nông nghiệp sạch, nông nghiệp số. Kết nối các mô hình hợp tác xã, tổ hợp tác với doanh nghiệp khởi nghiệp.',
        'Hướng dẫn, chuyển giao công nghệ bảo quản, chế biến sau thu hoạch cho các startup nông nghiệp.',
        'Phối hợp với Sở Khoa học và Công nghệ trong việc xây dựng tiêu chuẩn, quy chuẩn, chứng nhận OCOP, VietGAP, hữu cơ cho sản phẩm nông nghiệp khởi nghiệp.',
        'Thúc đẩy kinh tế tuần hoàn trong nông nghiệp (tái chế phụ phẩm, năng lượng sinh khối…).',
      ],
    },
    {
      agency: BAO_PTTH,
      duties: [
        'Phối hợp với Sở Khoa học và Công nghệ và các cơ quan, đơn vị liên quan triển khai thực hiện công tác thông tin tuyên truyền, phổ biến các chủ trương, chính sách, pháp luật về hoạt động khởi nghiệp đổi mới sáng tạo của tỉnh; tình hình triển khai, kết quả thực hiện Kế hoạch phù hợp với từng nhóm đối tượng. Phổ biến nhân rộng các mô hình, điển hình tiên tiến trong thực hiện Kế hoạch này.',
      ],
    },
    // VI.6 "Các sở, ban, ngành; UBND xã, phường": one heading for two bodies, each given its duties.
    { agency: CAC_SO, duties: [...DUTIES_SO_XA] },
    { agency: UBND_XA, duties: [...DUTIES_SO_XA] },
    // VI.7 "Các cá nhân, tổ chức, doanh nghiệp, viện, trường, cơ sở nghiên cứu có trụ sở trên
    // địa bàn tỉnh" has no duties of its own; its sub-items 7.1–7.4 do.
    {
      agency: CA_NHAN_NHOM,
      duties: [
        'Chủ động nghiên cứu, hình thành ý tưởng sáng tạo, mô hình kinh doanh mới.',
        'Tham gia các cuộc thi, chương trình ươm tạo, tăng tốc khởi nghiệp.',
        'Tuân thủ quy định pháp luật về sở hữu trí tuệ, môi trường, lao động, an toàn thực phẩm... khi triển khai dự án.',
        'Hợp tác, kết nối với các quỹ đầu tư, nhà tư vấn, hiệp hội để hoàn thiện và mở rộng quy mô dự án.',
        'Xây dựng cơ chế đặt hàng đào tạo - nghiên cứu - ươm tạo khởi nghiệp cho các cơ sở giáo dục nghề nghiệp có năng lực kỹ thuật.',
        'Nghiên cứu thành lập mô hình Quỹ hỗ trợ khởi nghiệp công nghệ học sinh, sinh viên (Startup Fund for Students) phối hợp giữa nhà trường, viện và doanh nghiệp FDI trên địa bàn.',
      ],
    },
    {
      agency: DOANH_NGHIEP,
      duties: [
        'Tham gia chương trình đỡ đầu - đồng hành - đầu tư cho các startup (Corporate Venture, Mentor).',
        'Đầu tư và thương mại hóa kết quả nghiên cứu của các viện, trường và startup.',
        'Thực hiện trách nhiệm xã hội doanh nghiệp (CSR) bằng việc tài trợ, ươm tạo các dự án khởi nghiệp.',
        'Hình thành các Câu lạc bộ, Mạng lưới doanh nghiệp khởi nghiệp theo ngành nghề, lĩnh vực.',
      ],
    },
    {
      agency: VIEN_TRUONG,
      duties: [
        'Đưa nội dung khởi nghiệp, đổi mới sáng tạo vào chương trình đào tạo, bồi dưỡng học sinh, sinh viên.',
        'Thành lập các trung tâm ươm tạo, không gian sáng tạo, phòng thí nghiệm mở (lab mở) phục vụ nghiên cứu, thử nghiệm.',
        'Khuyến khích hình thành liên minh trường - viện - doanh nghiệp để chuyển giao công nghệ, thử nghiệm sản phẩm và thương mại hoá kết quả nghiên cứu.',
        'Các cơ sở giáo dục nghề nghiệp có năng lực nghiên cứu ứng dụng có thể trở thành đơn vị đồng hành kỹ thuật (Technical Partner) trong các chương trình tăng tốc khởi nghiệp.',
        'Tham gia tư vấn, phản biện, cung cấp chuyên gia, cố vấn khởi nghiệp.',
      ],
    },
    {
      agency: TO_CHUC_XH,
      duties: [
        'Tuyên truyền, vận động hội viên tham gia khởi nghiệp sáng tạo.',
        'Cung cấp dịch vụ hỗ trợ pháp lý, tài chính, xúc tiến thương mại cho startup.',
        'Đóng vai trò cầu nối giữa doanh nghiệp - nhà nước - nhà khoa học.',
      ],
    },
  ],
};

/** Annex "Các sở, ngành, đơn vị liên quan". */
const SO_NGANH_DV_LQ = [CAC_SO, CQ_DV_LQ];
/** Annex "Sở Tài chính; các đơn vị liên quan". */
const TAI_CHINH_DV_LQ = [SO_TAI_CHINH, CQ_DV_LQ];

const FLOW_VS_TEXT =
  'The annex says "mỗi năm" (FLOW, per year); the objectives text ("Có từ …") and the rising values read like a cumulative count. Kept as the annex writes it.';

/**
 * The annex "Danh mục các chỉ tiêu phát triển hệ sinh thái đổi mới sáng tạo giai đoạn
 * 2025 - 2030, định hướng đến năm 2045": 15 rows, milestone columns "Đến hết năm"
 * 2025/2030/2035/2040/2045, empty cells omitted. Every row's lead is Sở Khoa học và Công nghệ.
 * The annex does not link rows to tasks. Then O1–O3: objectives stated only in the text.
 */
export const bacNinh151Indicators: IndicatorFixture[] = [
  {
    code: '1',
    name: 'Xếp hạng PII các địa phương trong cả nước',
    unit: 'Thứ bậc',
    accumulation: 'STOCK',
    targets: [
      { year: 2025, text: 'Top 10' },
      { year: 2030, text: 'Top 10' },
      { year: 2035, text: 'Top 10' },
      { year: 2040, text: 'Top 10' },
      { year: 2045, text: 'Top 6' },
    ],
    leadAgencies: [SKHCN],
    coordinatingAgencies: SO_NGANH_DV_LQ,
    tasks: [],
  },
  {
    code: '2',
    name: 'Số doanh nghiệp khởi nghiệp sáng tạo',
    unit: 'Doanh nghiệp',
    accumulation: 'STOCK',
    targets: [
      { year: 2025, text: '≥ 50' },
      { year: 2030, text: '≥ 150' },
      { year: 2035, text: '≥ 300' },
      { year: 2040, text: '≥ 500' },
      { year: 2045, text: '≥ 800' },
    ],
    leadAgencies: [SKHCN],
    coordinatingAgencies: TAI_CHINH_DV_LQ,
    tasks: [],
  },
  {
    code: '3',
    name: 'Số vườn ươm/trung tâm đổi mới sáng tạo',
    unit: 'Vườn ươm/ trung tâm',
    accumulation: 'STOCK',
    targets: [
      { year: 2025, text: '≥ 3' },
      { year: 2030, text: '≥ 7' },
      { year: 2035, text: '≥ 12' },
      { year: 2040, text: '≥ 18' },
      { year: 2045, text: '≥ 25' },
    ],
    leadAgencies: [SKHCN],
    coordinatingAgencies: SO_NGANH_DV_LQ,
    tasks: [],
  },
  {
    code: '4',
    name: 'Số dự án khởi nghiệp sáng tạo',
    unit: 'Dự án',
    accumulation: 'STOCK',
    targets: [
      {
        year: 2040,
        text: '50 - 60',
        note: 'Annex only: the objectives text states this indicator for 2045 alone. The annex wins.',
      },
      {
        year: 2045,
        text: '50 - 70',
        note: 'Objectives 2.2 write "Có từ 50 - 70 dự án khởi nghiệp sáng tạo" ("from", an at-least reading); the annex writes the range "50 - 70". The annex wins.',
      },
    ],
    leadAgencies: [SKHCN],
    coordinatingAgencies: SO_NGANH_DV_LQ,
    tasks: [],
    note: 'The annex leaves 2025, 2030 and 2035 empty.',
  },
  {
    code: '5',
    name: 'Tỷ lệ doanh nghiệp có hoạt động đổi mới sáng tạo',
    unit: '%',
    accumulation: 'STOCK',
    targets: [
      { year: 2030, text: '≥ 40%' },
      { year: 2035, text: '≥ 40%' },
      { year: 2040, text: '≥ 40%' },
      { year: 2045, text: '≥ 40%' },
    ],
    leadAgencies: [SKHCN],
    coordinatingAgencies: TAI_CHINH_DV_LQ,
    tasks: [],
  },
  {
    code: '6',
    name: 'Tỷ lệ doanh nghiệp có hoạt động đổi mới quy trình, mô hình kinh doanh',
    unit: '%',
    accumulation: 'STOCK',
    targets: [
      { year: 2025, text: '≥ 15%' },
      { year: 2030, text: '≥ 30%' },
      { year: 2035, text: '≥ 50%' },
      { year: 2040, text: '≥ 70%' },
      { year: 2045, text: '≥ 90%' },
    ],
    leadAgencies: [SKHCN],
    coordinatingAgencies: TAI_CHINH_DV_LQ,
    tasks: [],
  },
  {
    code: '7',
    name: 'Số sản phẩm đổi mới sáng tạo được thương mại hóa mỗi năm',
    unit: 'Sản phẩm',
    accumulation: 'FLOW',
    targets: [
      { year: 2025, text: '≥ 20' },
      { year: 2030, text: '≥ 60' },
      { year: 2035, text: '≥ 150' },
      { year: 2040, text: '≥ 300' },
      { year: 2045, text: '≥ 500' },
    ],
    leadAgencies: [SKHCN],
    coordinatingAgencies: SO_NGANH_DV_LQ,
    tasks: [],
    note: FLOW_VS_TEXT,
  },
  {
    code: '8',
    name: 'Số dự án đổi mới sáng tạo được hỗ trợ từ ngân sách tỉnh mỗi năm',
    unit: 'Dự án',
    accumulation: 'FLOW',
    targets: [
      { year: 2025, text: '≥ 10' },
      { year: 2030, text: '≥ 30' },
      { year: 2035, text: '≥ 60' },
      { year: 2040, text: '≥ 100' },
      { year: 2045, text: '≥ 150' },
    ],
    leadAgencies: [SKHCN],
    coordinatingAgencies: TAI_CHINH_DV_LQ,
    tasks: [],
    note: FLOW_VS_TEXT,
  },
  {
    code: '9',
    name: 'Số sáng chế, giải pháp hữu ích có địa chỉ tại tỉnh mỗi năm',
    unit: 'Sáng chế, giải pháp',
    accumulation: 'FLOW',
    targets: [
      { year: 2025, text: '≥ 5' },
      { year: 2030, text: '≥ 20' },
      { year: 2035, text: '≥ 50' },
      { year: 2040, text: '≥ 100' },
      { year: 2045, text: '≥ 200' },
    ],
    leadAgencies: [SKHCN],
    coordinatingAgencies: SO_NGANH_DV_LQ,
    tasks: [],
    note: FLOW_VS_TEXT,
  },
  {
    code: '10',
    name: 'Số bài báo khoa học ứng dụng liên quan đổi mới sáng tạo',
    unit: 'Bài báo',
    accumulation: 'STOCK',
    targets: [
      { year: 2025, text: '≥ 100' },
      { year: 2030, text: '≥ 300' },
      { year: 2035, text: '≥ 700' },
      { year: 2040, text: '≥ 1.200' },
      { year: 2045, text: '≥ 1.800' },
    ],
    leadAgencies: [SKHCN],
    coordinatingAgencies: [CQ_TRUYEN_THONG],
    tasks: [],
  },
  {
    code: '11',
    name: 'Tỷ lệ doanh nghiệp vừa và nhỏ có hợp tác nghiên cứu, phát triển với các viện/trường',
    unit: 'Doanh nghiệp',
    accumulation: 'STOCK',
    targets: [
      { year: 2025, text: '≥ 10%' },
      { year: 2030, text: '≥ 25%' },
      { year: 2035, text: '≥ 40%' },
      { year: 2040, text: '≥ 60%' },
      { year: 2045, text: '≥ 80%' },
    ],
    leadAgencies: [SKHCN],
    // Annex: "Sở Tài chính; Hiệp hội Doanh nghiệp vừa và nhỏ tỉnh; các viện trường".
    coordinatingAgencies: [SO_TAI_CHINH, HIEP_HOI_DNVVN, VIEN_TRUONG],
    tasks: [],
    note: 'The unit column says "Doanh nghiệp" but the name ("Tỷ lệ …") and every target are percentages. The annex\'s targets win: read them as percent of SMEs.',
  },
  {
    code: '12',
    name: 'Số sáng kiến trong khu vực công được công nhận mỗi năm',
    unit: 'Sáng kiến',
    accumulation: 'FLOW',
    targets: [
      { year: 2025, text: '≥ 30' },
      { year: 2030, text: '≥ 70' },
      { year: 2035, text: '≥ 120' },
      { year: 2040, text: '≥ 180' },
      { year: 2045, text: '≥ 250' },
    ],
    leadAgencies: [SKHCN],
    coordinatingAgencies: SO_NGANH_DV_LQ,
    tasks: [],
    note: FLOW_VS_TEXT,
  },
  {
    code: '13',
    name: 'Chỉ số phát triển con người (HDI)',
    unit: null,
    accumulation: 'STOCK',
    targets: [
      {
        year: 2030,
        text: '0,7',
        direction: 'AT_LEAST',
        note: 'Objectives 2.1 write "Chỉ số phát triển con người (HDI) trên 0.7": above 0.7.',
      },
      { year: 2035, text: 'Tăng dần theo mỗi năm' },
      { year: 2040, text: 'Tăng dần theo mỗi năm' },
      { year: 2045, text: 'Tăng dần theo mỗi năm' },
    ],
    leadAgencies: [SKHCN],
    coordinatingAgencies: SO_NGANH_DV_LQ,
    tasks: [],
    note: 'The annex leaves the unit and 2025 empty.',
  },
  {
    code: '14',
    name: 'Số lượng đơn đăng ký sáng chế, văn bằng bảo hộ sáng chế tăng trung bình mỗi năm (%/năm)',
    unit: '%',
    accumulation: 'FLOW',
    targets: [
      { year: 2030, text: '16%' },
      { year: 2035, text: '16,5%' },
      { year: 2040, text: '17%' },
      { year: 2045, text: '18%' },
    ],
    leadAgencies: [SKHCN],
    coordinatingAgencies: SO_NGANH_DV_LQ,
    tasks: [],
    note: 'A growth rate: the average yearly increase over the previous year ("tăng trung bình … %/năm"), so FLOW; the target is the rate, not a count.',
  },
  {
    code: '15',
    name: 'Tỉ lệ đơn đăng ký sáng chế, văn bằng bảo hộ sáng chế khai thác thương mại',
    unit: '%',
    accumulation: 'STOCK',
    targets: [
      { year: 2030, text: '8%' },
      { year: 2035, text: '8,5%' },
      { year: 2040, text: '9%' },
      { year: 2045, text: '10%' },
    ],
    leadAgencies: [SKHCN],
    coordinatingAgencies: SO_NGANH_DV_LQ,
    tasks: [],
    note: 'The objectives write "đạt 8%" (2030) and "đạt 10%" (2045), "reach"; the cells are bare percentages and are kept as written, with no direction added.',
  },
  {
    code: 'O1',
    name: 'Hình thành Trung tâm Đổi mới sáng tạo tỉnh Bắc Ninh (BNIC)',
    unit: null,
    accumulation: 'STOCK',
    targets: [{ year: 2030, text: 'Hình thành', note: 'Mục tiêu cụ thể 2.1 (giai đoạn 2025 - 2030).' }],
    leadAgencies: [SKHCN],
    coordinatingAgencies: [],
    tasks: [],
    note: 'Stated only in the objectives text, not in the annex. The plan names no lead; Sở Khoa học và Công nghệ is its focal agency (Tổ chức thực hiện 1.a).',
  },
  {
    code: 'O2',
    name: 'Thành lập Quỹ đầu tư mạo hiểm hỗ trợ khởi nghiệp đổi mới sáng tạo',
    unit: null,
    accumulation: 'STOCK',
    targets: [{ year: 2030, text: 'Thành lập', note: 'Mục tiêu cụ thể 2.1 (giai đoạn 2025 - 2030).' }],
    leadAgencies: [SKHCN],
    coordinatingAgencies: [],
    tasks: [],
    note: 'Stated only in the objectives text, not in the annex. The plan names no lead; Sở Khoa học và Công nghệ is its focal agency (Tổ chức thực hiện 1.a).',
  },
  {
    code: 'O3',
    name: 'Tỷ trọng đóng góp của năng suất các nhân tố tổng hợp (TFP) vào GRDP',
    unit: '%',
    accumulation: 'STOCK',
    targets: [
      {
        year: 2030,
        text: 'từ 45%',
        direction: 'AT_LEAST',
        note: 'Mục tiêu chung: "… (TFP) vào GRDP đến năm 2030 đạt từ 45%".',
      },
    ],
    leadAgencies: [SKHCN],
    coordinatingAgencies: [],
    tasks: [],
    note: 'Stated only in the general objectives, not in the annex. The plan names no lead; Sở Khoa học và Công nghệ is its focal agency (Tổ chức thực hiện 1.a).',
  },
];
