/**
 * Cao Bằng, Kế hoạch 523/KH-UBND ngày 02/3/2026: the province's 2026 plan to support its
 * innovation-startup ecosystem. Source: /work/shared/plans/cao-bang-523-KH-UBND-2026.txt.
 *
 * Text is copied from the source (NFC) and kept as written, typos included ("cho cho",
 * "truyền truyền", "chuyên đổi số"). Only layout is undone: bullet dashes and "a)" labels are
 * dropped, markdown emphasis (**02**, *Nội dung*) is removed, and paragraphs split by a page
 * break (task 2, task 5.2) are joined.
 *
 * Canonical agency names (one per body; the loader matches them diacritic-insensitively):
 * - 'Tỉnh Đoàn Thanh niên' — the plan also writes "Tỉnh đoàn Thanh niên" (task 2) and
 *   "Tỉnh đoàn Cao Bằng" (task 3.2) for the same body.
 * - 'Hội Nông dân tỉnh' — task 1 writes "Hội nông dân tỉnh".
 * - 'Ủy ban nhân dân tỉnh' — also written "UBND tỉnh".
 * - 'Hiệp hội Doanh nghiệp tỉnh' — task 3.1 writes "Hiệp hội doanh nghiệp tỉnh".
 * - 'Các sở, ban, ngành' covers "các sở, ngành" (task 5.1); 'Các đoàn thể tỉnh' covers
 *   "đoàn thể" (3.1) and "đoàn thể tỉnh" (5.1); 'Các tổ chức chính trị - xã hội tỉnh' covers
 *   "các tổ chức chính trị - xã hội" (5.2); 'Các cơ quan, đơn vị liên quan' covers
 *   "các cơ quan, đơn vị, địa phương liên quan" (4.1); 'Các cơ quan, tổ chức, doanh nghiệp,
 *   hợp tác xã có liên quan' covers "các tổ chức, doanh nghiệp liên quan" (6). Where the
 *   wording differs, the task's agency entry keeps it in `note`.
 */
import type { IndicatorFixture, PlanFixture } from '../../../functions/domain/plan/fixture';

const SKHCN = 'Sở Khoa học và Công nghệ';
const UBND_TINH = 'Ủy ban nhân dân tỉnh';
const TINH_DOAN = 'Tỉnh Đoàn Thanh niên';
const HOI_PHU_NU = 'Hội Liên hiệp Phụ nữ tỉnh';
const HOI_NONG_DAN = 'Hội Nông dân tỉnh';
const LIEN_MINH_HTX = 'Liên minh Hợp tác xã tỉnh';
const SO_NN_MT = 'Sở Nông nghiệp và Môi trường';
const BAO_PTTH = 'Báo và Phát thanh, Truyền hình Cao Bằng';
const HIEP_HOI_DN = 'Hiệp hội Doanh nghiệp tỉnh';
const HOI_DN_TRE = 'Hội Doanh nhân trẻ tỉnh';
const LH_HOI_KHKT = 'Liên hiệp các Hội Khoa học Kỹ thuật tỉnh';
const BO_KHCN = 'Bộ Khoa học và Công nghệ';
const CAC_SO = 'Các sở, ban, ngành';
const CAC_DOAN_THE = 'Các đoàn thể tỉnh';
const CAC_TC_CTXH = 'Các tổ chức chính trị - xã hội tỉnh';
const UBND_XA = 'UBND các xã, phường';
const CQ_DV_LQ = 'Các cơ quan, đơn vị liên quan';
const CQ_TC_DN_HTX = 'Các cơ quan, tổ chức, doanh nghiệp, hợp tác xã có liên quan';

/** The note the plan attaches to the lead agencies of tasks 1 and 2. */
const CHU_DONG =
  'chủ động tổ chức theo chủ đề, nội dung, đối tượng thuộc chức năng nhiệm vụ, phạm vi quản lý của đơn vị';

/** Section IV.2's duty, shared by every body of its group. */
const DUTY_GROUP =
  'Căn cứ chức năng, nhiệm vụ được phân công tại Kế hoạch này, chủ động xây dựng Kế hoạch tổ chức triển khai thực hiện bảo đảm kịp thời, hiệu quả, phù hợp với tình hình và điều kiện thực tế của cơ quan, đơn vị, địa phương; định kỳ báo cáo kết quả thực hiện, các kiến nghị, đề xuất (nếu có) qua Sở Khoa học và Công nghệ để tổng hợp, báo cáo UBND tỉnh.';

export const caoBang523: PlanFixture = {
  jurisdiction: '04',
  // Written "Số: 523 /KH-UBND"; the space before the slash is layout.
  number: '523/KH-UBND',
  title:
    'Triển khai hỗ trợ phát triển hệ sinh thái khởi nghiệp sáng tạo trên địa bàn tỉnh Cao Bằng năm 2026',
  issuer: 'Ủy ban nhân dân tỉnh Cao Bằng',
  place: 'Cao Bằng',
  issuedOn: '2026-03-02',
  // The plan states no effective date.
  effectiveOn: null,
  signer: 'Lê Hải Hòa',
  // Signature block: "TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH".
  signerTitle: 'Chủ tịch',
  periodFrom: 2026,
  periodTo: 2026,
  orientationYear: null,

  // Only the preamble's "Căn cứ …" documents. Quyết định 1544/QĐ-UBND (task 5.1), Nghị định
  // 80/2020/NĐ-CP and Nghị quyết 93/2021/NQ-HĐND (task 6, funding) are cited inside the body,
  // not as bases of the plan; they stay in the task content and funding notes.
  legalBases: [
    {
      kind: 'LAW',
      number: '93/2025/QH15',
      // The plan cites the law without its date.
      issuedOn: null,
      issuer: 'Quốc hội',
      title: 'Luật Khoa học, Công nghệ và Đổi mới sáng tạo',
    },
    {
      kind: 'DECREE',
      number: '268/2025/NĐ-CP',
      issuedOn: '2025-10-14',
      issuer: 'Chính phủ',
      title:
        'Quy định chi tiết và hướng dẫn một số điều của Luật Khoa học, công nghệ và đổi mới sáng tạo về đổi mới sáng tạo; khuyến khích hoạt động khoa học, công nghệ và đổi mới sáng tạo trong doanh nghiệp; công nhận trung tâm đổi mới sáng tạo, hỗ trợ khởi nghiệp sáng tạo; công nhận cá nhân, doanh nghiệp khởi nghiệp sáng tạo; hạ tầng, mạng lưới và hệ sinh thái khởi nghiệp sáng tạo',
    },
  ],

  purposes: [
    'Tiếp tục thúc đẩy, hỗ trợ phát triển hệ sinh thái khởi nghiệp đổi mới sáng tạo tỉnh Cao Bằng theo hướng bền vững, trên cơ sở khai thác ưu thế của địa phương, phát triển kinh tế tuần hoàn, kinh tế xanh, thích ứng với biến đổi khí hậu, gắn với chuyển đổi số; hỗ trợ hình thành, ươm tạo và phát triển doanh nghiệp khoa học và công nghệ, doanh nghiệp khởi nghiệp sáng tạo.',
  ],
  requirements: [
    'Các nhiệm vụ triển khai thuộc Kế hoạch được bám sát quy định của Luật Khoa học, Công nghệ và Đổi mới sáng tạo, các Nghị định hướng dẫn thi hành Luật và định hướng, mục tiêu phát triển kinh tế - xã hội của tỉnh Cao Bằng. Nội dung nhiệm vụ phải có trọng tâm, trọng điểm, phù hợp điều kiện phát triển địa phương, tập trung đối với các lĩnh vực có lợi thế của tỉnh như nông nghiệp ứng dụng công nghệ, du lịch, kinh tế cửa khẩu, sản phẩm OCOP, chuyển đổi số.',
    'Bảo đảm sự phân công rõ đối với từng nhiệm vụ (rõ thời gian, rõ trách nhiệm, rõ kết quả); và sự phối hợp chặt chẽ, đồng bộ giữa các sở, ban, ngành, địa phương, tổ chức chính trị - xã hội, doanh nghiệp và cộng đồng khởi nghiệp trong quá trình tổ chức thực hiện.',
  ],
  // Cao Bằng's plan has no separate "Mục tiêu" section: its aim is stated under "Mục đích".
  objectives: [],

  agencies: [
    { name: UBND_TINH, shortName: 'UBND tỉnh', kind: 'PEOPLES_COMMITTEE' },
    { name: SKHCN, shortName: 'Sở KH&CN', kind: 'DEPARTMENT' },
    { name: SO_NN_MT, shortName: 'Sở NN&MT', kind: 'DEPARTMENT' },
    { name: TINH_DOAN, shortName: 'Tỉnh đoàn', kind: 'MASS_ORGANISATION' },
    { name: HOI_PHU_NU, shortName: 'Hội LHPN tỉnh', kind: 'MASS_ORGANISATION' },
    { name: HOI_NONG_DAN, shortName: null, kind: 'MASS_ORGANISATION' },
    { name: LIEN_MINH_HTX, shortName: 'Liên minh HTX tỉnh', kind: 'ASSOCIATION' },
    { name: LH_HOI_KHKT, shortName: null, kind: 'ASSOCIATION' },
    { name: HIEP_HOI_DN, shortName: null, kind: 'ASSOCIATION' },
    { name: HOI_DN_TRE, shortName: null, kind: 'ASSOCIATION' },
    { name: BAO_PTTH, shortName: null, kind: 'MEDIA' },
    { name: BO_KHCN, shortName: 'Bộ KH&CN', kind: 'MINISTRY' },
    { name: CAC_SO, shortName: null, kind: 'OTHER' },
    { name: CAC_DOAN_THE, shortName: null, kind: 'OTHER' },
    { name: CAC_TC_CTXH, shortName: null, kind: 'OTHER' },
    { name: UBND_XA, shortName: null, kind: 'COMMUNE_COMMITTEE' },
    { name: CQ_DV_LQ, shortName: null, kind: 'OTHER' },
    { name: CQ_TC_DN_HTX, shortName: null, kind: 'OTHER' },
  ],

  tasks: [
    {
      code: '1',
      title:
        'Tiếp tục tuyên truyền, phổ biến nâng cao nhận thức về đổi mới sáng tạo và khởi nghiệp sáng tạo',
      content: [
        'Tiếp tục đẩy mạnh truyền thông về chủ trương, chính sách của Đảng, Nhà nước và của tỉnh về khởi nghiệp đổi mới sáng tạo; Đa dạng hóa hình thức tuyên truyền trên các phương tiện thông tin đại chúng, nền tảng số, mạng xã hội; lồng ghép nội dung khởi nghiệp, đổi mới sáng tạo trong trường học, tổ chức đoàn thể và cộng đồng dân cư; Nhân rộng các mô hình, điển hình khởi nghiệp hiệu quả để lan tỏa tinh thần đổi mới sáng tạo trong xã hội.',
        'Duy trì hoạt động của Công thông tin Khởi nghiệp đổi mới sáng tạo tỉnh Cao Bằng: cập nhật tin tức, sự kiện, hoạt động liên quan về khởi nghiệp đổi mới sáng tạo; cung cấp thông tin về công nghệ, sáng chế, tiêu chuẩn, đo lường chất lượng, sở hữu trí tuệ, sản phẩm dịch vụ, mô hình kinh doanh mới đến cộng đồng doanh nghiệp, các tổ chức, cá nhân tham gia hoạt động khởi nghiệp đổi mới sáng tạo; tăng cường cung cấp, tuyên truyền, phổ biến, chia sẻ các thông tin, kết nối các nguồn lực, chuyên gia, các quỹ hỗ trợ... về khởi nghiệp sáng tạo nhằm phát triển hệ sinh thái khởi nghiệp đổi mới sáng tạo trên địa bàn tỉnh Cao Bằng.',
        'Xây dựng các chuyên đề, phóng sự truyền thông, ấn phẩm về hoạt động đổi mới sáng tạo, khởi nghiệp sáng tạo, hỗ trợ khởi nghiệp, hỗ trợ đầu tư cho khởi nghiệp và phổ biến, tuyên truyền về các điển hình khởi nghiệp thành công, tiêu biểu.',
        'Hình thức tuyên truyền: Thực hiện công tác tuyên truyền dưới các hình thức đa dạng, phong phú, phù hợp với các đối tượng và địa bàn, như: tuyên truyền trên các phương tiện thông tin đại chúng (báo chí, truyền hình); truyền truyền trên các phương tiện truyền thông hiện đại, nền tảng số (mạng xã hội); website, cổng thông tin điện tử các cơ quan thuộc tỉnh, đơn vị và tuyên truyền thông qua các hội nghị, hội thảo, các hoạt động sự kiện liên quan khác.',
      ],
      agencies: [
        { role: 'LEAD', name: SKHCN, note: CHU_DONG },
        { role: 'LEAD', name: TINH_DOAN, note: CHU_DONG },
        { role: 'LEAD', name: HOI_PHU_NU, note: CHU_DONG },
        { role: 'LEAD', name: HOI_NONG_DAN, note: `Hội nông dân tỉnh; ${CHU_DONG}` },
        { role: 'COORDINATING', name: CAC_SO },
        { role: 'COORDINATING', name: UBND_XA },
        { role: 'COORDINATING', name: BAO_PTTH },
        { role: 'COORDINATING', name: CQ_DV_LQ },
      ],
      timeline: 'Thường xuyên trong năm 2026',
      phases: [],
      outputs: [],
    },
    {
      code: '2',
      title:
        'Tăng cường tổ chức các hoạt động đào tạo, bồi dưỡng nâng cao năng lực cho các chủ thể hệ sinh thái khởi nghiệp sáng tạo của tỉnh',
      content: [
        // One paragraph in the plan, split by a page break in the source text.
        'Tổ chức 02 lớp tập huấn nâng cao năng lực cho cho đội ngũ nhân lực về khởi nghiệp sáng tạo trong các cấp của Hội Liên hiệp Phụ nữ, Hội Nông dân, Liên minh Hợp tác xã, Tỉnh đoàn Thanh niên và các đối tượng chủ thể trong hệ sinh thái (các cá nhân, nhóm cá nhân khởi nghiệp; các cơ sở sản xuất, kinh doanh; các doanh nghiệp nhỏ và vừa, hợp tác xã). Nội dung trọng tâm: đào tạo, bồi dưỡng kiến thức cơ bản, nâng cao nhận thức về hoạt động đổi mới sáng tạo, khởi nghiệp đổi mới sáng tạo và việc xây dựng, phát triển các doanh nghiệp khởi nghiệp, hệ sinh thái khởi nghiệp đổi mới sáng tạo; tập huấn về xây dựng mô hình kinh doanh, quản trị doanh nghiệp, ứng dụng chuyên đổi số, thương mại điện tử, sở hữu trí tuệ, xây dựng thương hiệu; nâng cao tiêu chuẩn chất lượng sản phẩm hàng hóa, truy xuất nguồn gốc.',
        'Gắn hoạt động đào tạo, tập huấn với hoạt động khảo sát, trao đổi, tham quan mô hình khởi nghiệp đổi mới sáng tạo tiêu biểu tại một số tỉnh lân cận cho các chủ thể dự án khởi nghiệp, các cố vấn, tư vấn viên của địa phương (nhóm tư vấn viên địa phương đã được đào tạo TOT). Gắn kết việc đào tạo, bồi dưỡng với việc tư vấn, cố vấn (mentoring), huấn luyện, hỗ trợ trong và sau quá trình đào tạo nhằm nâng cao hiệu quả, năng lực triển khai hiện thực hóa các ý tưởng, dự án khởi nghiệp.',
        'Tăng cường tổ chức các hội nghị, hội thảo, tọa đàm về kiến thức, kỹ năng khởi nghiệp, khởi nghiệp đổi mới sáng tạo cho các tổ chức, nhóm cá nhân, cá nhân liên quan.',
      ],
      agencies: [
        { role: 'LEAD', name: SKHCN, note: CHU_DONG },
        { role: 'LEAD', name: TINH_DOAN, note: CHU_DONG },
        { role: 'LEAD', name: HOI_PHU_NU, note: CHU_DONG },
        { role: 'LEAD', name: HOI_NONG_DAN, note: CHU_DONG },
        { role: 'LEAD', name: LIEN_MINH_HTX, note: CHU_DONG },
        { role: 'COORDINATING', name: CAC_SO },
        { role: 'COORDINATING', name: UBND_XA },
        { role: 'COORDINATING', name: HIEP_HOI_DN },
        { role: 'COORDINATING', name: HOI_DN_TRE },
        { role: 'COORDINATING', name: CQ_TC_DN_HTX },
      ],
      timeline: 'Trong năm 2026',
      phases: [],
      outputs: [
        {
          text: '02 lớp tập huấn nâng cao năng lực cho cho đội ngũ nhân lực về khởi nghiệp sáng tạo',
          quantity: 2,
          unit: 'lớp',
        },
      ],
    },
    {
      code: '3',
      title: 'Tổ chức các Cuộc thi ý tưởng khởi nghiệp đổi mới sáng tạo',
      content: [],
      agencies: [],
      timeline: null,
      phases: [],
      outputs: [],
    },
    {
      code: '3.1',
      title: 'Tổ chức Cuộc thi Khởi nghiệp đổi mới sáng tạo tỉnh Cao Bằng lần thứ hai, năm 2026 - 2027',
      content: [
        'Tổ chức cuộc thi nhằm tìm kiếm các ý tưởng khởi nghiệp đổi mới sáng tạo; khuyến khích và thúc đẩy xây dựng tinh thần khởi nghiệp sáng tạo cho tất cả các đối tượng khởi nghiệp trên địa bàn tỉnh, tạo sự lan tỏa tinh thần khởi nghiệp trong cộng đồng. Thông qua cuộc thi sẽ tìm kiếm, lựa chọn, chọn lọc, ươm tạo, hỗ trợ các ý tưởng, dự án khởi nghiệp sáng tạo tiềm năng, góp phần hỗ trợ hiện thực hóa các ý tưởng, dự án khởi nghiệp trong các lĩnh vực và thành phần kinh tế - xã hội.',
      ],
      agencies: [
        { role: 'LEAD', name: UBND_TINH, note: 'Cơ quan chủ trì tổ chức' },
        { role: 'ADVISORY', name: SKHCN, note: 'Cơ quan tham mưu thực hiện; Sở Khoa học và Công nghệ chủ trì' },
        // "Sở Khoa học và Công nghệ chủ trì, phối hợp với các sở, ban, ngành, đoàn thể; UBND các
        // xã, phường; Hiệp hội doanh nghiệp tỉnh": they coordinate with Sở KH&CN's advisory work.
        { role: 'COORDINATING', name: CAC_SO, note: 'phối hợp với Sở Khoa học và Công nghệ trong công tác tham mưu' },
        { role: 'COORDINATING', name: CAC_DOAN_THE, note: 'đoàn thể; phối hợp với Sở Khoa học và Công nghệ trong công tác tham mưu' },
        { role: 'COORDINATING', name: UBND_XA, note: 'phối hợp với Sở Khoa học và Công nghệ trong công tác tham mưu' },
        { role: 'COORDINATING', name: HIEP_HOI_DN, note: 'Hiệp hội doanh nghiệp tỉnh; phối hợp với Sở Khoa học và Công nghệ trong công tác tham mưu' },
      ],
      // The plan gives no single timeline for 3.1: "Thời gian thực hiện" lists four phases,
      // each with its own text (below). The task's span is the union of its phases.
      timeline: null,
      phases: [
        {
          name: 'Xây dựng kế hoạch tổ chức cuộc thi và truyền thông về cuộc thi',
          timeline: 'Bắt đầu từ quý III/2026',
        },
        { name: 'Tiếp nhận hồ sơ tham dự cuộc thi', timeline: 'Từ tháng 01 - 03, năm 2027' },
        { name: 'Tổ chức các hoạt động hỗ trợ cuộc thi', timeline: 'Quý I, năm 2027' },
        { name: 'Thẩm định đánh giá các dự án dự thi và trao giải cuộc thi', timeline: 'Năm 2027' },
      ],
      outputs: [],
    },
    {
      code: '3.2',
      title: 'Tổ chức cuộc thi “Dự án khởi nghiệp sáng tạo thanh niên nông thôn tỉnh Cao Bằng”',
      content: [
        'Tìm ra các ý tưởng khởi nghiệp thiết thực, khả thi; tìm các nhà đầu tư, hỗ trợ thực hiện ý tưởng; khuyến khích, động viên, thúc đẩy phong trào khởi nghiệp sáng tạo trong thanh niên.',
      ],
      agencies: [
        { role: 'LEAD', name: TINH_DOAN, note: 'Tỉnh đoàn Cao Bằng' },
        { role: 'COORDINATING', name: SKHCN },
        { role: 'COORDINATING', name: LH_HOI_KHKT },
        { role: 'COORDINATING', name: HIEP_HOI_DN },
        { role: 'COORDINATING', name: CQ_DV_LQ },
      ],
      timeline: 'Trong năm 2026',
      phases: [],
      outputs: [],
    },
    {
      code: '4',
      title: 'Tổ chức, tham gia các sự kiện đổi mới sáng tạo',
      content: [
        'Đẩy mạnh kết nối với Mạng lưới khởi nghiệp đổi mới sáng tạo quốc gia, các trung tâm ươm tạo, trường đại học, viện nghiên cứu, doanh nghiệp, nhà đầu tư trong và ngoài tỉnh; tổ chức các diễn đàn, hội thảo, ngày hội khởi nghiệp, hoạt động kết nối cung - cầu, kết nối đầu tư và thị trường tiêu thụ sản phẩm.',
      ],
      agencies: [],
      timeline: null,
      phases: [],
      outputs: [],
    },
    {
      code: '4.1',
      title:
        'Hội nghị tuyên truyền về hoạt động đổi mới sáng tạo và khởi nghiệp sáng tạo cho các hội viên nông dân',
      content: [
        'Tổ chức hội nghị tuyên truyền sâu rộng tới đông đảo hội viên, nông dân về tầm quan trọng của hoạt động khởi nghiệp đổi mới sáng tạo; tuyên truyền các mô hình, các điển hình tiên tiến của nông dân trong hoạt động khởi nghiệp sáng tạo cũng như ứng dụng các tiến bộ KH&CN vào thực tiễn sản xuất. Truyền thông, khơi dậy tinh thần khởi nghiệp cho hội viên hội nông dân.',
      ],
      agencies: [
        { role: 'LEAD', name: HOI_NONG_DAN },
        { role: 'COORDINATING', name: SKHCN },
        { role: 'COORDINATING', name: CQ_DV_LQ, note: 'các cơ quan, đơn vị, địa phương liên quan' },
      ],
      timeline: 'Trong năm 2026',
      phases: [],
      outputs: [],
    },
    {
      code: '4.2',
      title: 'Tham gia các hoạt động về khởi nghiệp đổi mới sáng tạo do Bộ Khoa học và Công nghệ tổ chức',
      content: [],
      agencies: [{ role: 'LEAD', name: SKHCN }],
      timeline: 'Trong năm 2026',
      phases: [],
      outputs: [],
    },
    {
      code: '5',
      title:
        'Tăng cường kết nối, hợp tác, huy động nguồn lực phục vụ hỗ trợ hoạt động phát triển hệ sinh thái khởi nghiệp sáng tạo của tỉnh',
      content: [],
      agencies: [],
      timeline: null,
      phases: [],
      outputs: [],
    },
    {
      code: '5.1',
      title:
        'Tiếp tục phối hợp tổ chức thực hiện Dự án: Thúc đẩy mô hình kinh doanh xanh của Phụ nữ - Vì nền nông nghiệp Việt Nam bền vững',
      content: [
        'Mục tiêu: Góp phần xây dựng nền nông nghiệp Việt Nam bền vững và thân thiện với môi trường thông qua việc thúc đẩy các mô hình kinh doanh xanh do phụ nữ làm chủ.',
        'Nội dung: Tổ chức đào tạo nâng cao năng lực về sản xuất nông nghiệp xanh/giảm phát thải/tuần hoàn; nâng cao kiến thức năng lực tiếp cận thị trường; hỗ trợ xây dựng các mô hình trình diễn về nông nghiệp xanh/hữu cơ cho các doanh nghiệp, tổ chức kinh tế do doanh nhân nữ làm chủ; Hỗ trợ kết nối tiêu thụ cho các sản phẩm được chứng nhận sản xuất theo quy trình an toàn/thực hành nông nghiệp bền vững thông qua các hoạt động tiếp thị trên các kênh trực tuyến của nền tảng số và các kênh trực tuyến phổ biến khác như tiếp thị liên kết và trải nghiệm của người tiêu dùng (KOC), với truy xuất nguồn gốc sản phẩm, hàng hóa.',
        'Kết quả, sản phẩm dự kiến: (1) Các doanh nhân nữ trong lĩnh vực nông nghiệp được nâng cao năng lực áp dụng các thực hành sản xuất nông nghiệp bền vững/phát thải thấp/hữu cơ/sản xuất xanh; (2) Các doanh nghiệp do nữ giới làm chủ trong lĩnh vực nông nghiệp có thể áp dụng công nghệ để giảm thiểu chất thải trong sản xuất, chế biến và gia tăng giá trị sản phẩm nông nghiệp; đồng thời được đào tạo, tập huấn nâng cao năng lực, khả năng tiếp cận thị trường và tiếp cận nguồn tài chính vì mục tiêu phát triển xanh; (3) Các mô hình sản xuất, trình diễn về nông nghiệp xanh/hữu cơ của doanh nghiệp, tổ chức kinh tế do doanh nhân nữ làm chủ.',
        // Quyết định 1544/QĐ-UBND is the project's approval, not a legal basis of the plan.
        'Nguồn tài trợ: Tổ chức CARE Quốc tế tại Việt Nam (đã được phê duyệt tại Quyết định số 1544/QĐ-UBND ngày 10/9/2025).',
      ],
      agencies: [
        { role: 'LEAD', name: SKHCN },
        { role: 'COORDINATING', name: SO_NN_MT },
        { role: 'COORDINATING', name: HOI_PHU_NU },
        { role: 'COORDINATING', name: CAC_SO, note: 'các sở, ngành' },
        { role: 'COORDINATING', name: CAC_DOAN_THE, note: 'đoàn thể tỉnh' },
        { role: 'COORDINATING', name: UBND_XA, note: '39 xã, phường liên quan' },
      ],
      timeline: 'Trong năm 2026 (Dự án kéo dài thực hiện từ 2025 - 2027)',
      phases: [],
      // The expected results (1)–(3), as written; the plan does not quantify them.
      outputs: [
        {
          text: 'Các doanh nhân nữ trong lĩnh vực nông nghiệp được nâng cao năng lực áp dụng các thực hành sản xuất nông nghiệp bền vững/phát thải thấp/hữu cơ/sản xuất xanh',
          quantity: null,
          unit: null,
        },
        {
          text: 'Các doanh nghiệp do nữ giới làm chủ trong lĩnh vực nông nghiệp có thể áp dụng công nghệ để giảm thiểu chất thải trong sản xuất, chế biến và gia tăng giá trị sản phẩm nông nghiệp; đồng thời được đào tạo, tập huấn nâng cao năng lực, khả năng tiếp cận thị trường và tiếp cận nguồn tài chính vì mục tiêu phát triển xanh',
          quantity: null,
          unit: null,
        },
        {
          text: 'Các mô hình sản xuất, trình diễn về nông nghiệp xanh/hữu cơ của doanh nghiệp, tổ chức kinh tế do doanh nhân nữ làm chủ',
          quantity: null,
          unit: null,
        },
      ],
    },
    {
      code: '5.2',
      title:
        'Phối hợp với các cơ quan, tổ chức, các làng công nghệ - Techfest quốc gia hỗ trợ thúc đẩy các hoạt động đổi mới sáng tạo, hình thành và phát triển các dự án khởi nghiệp sáng tạo trên địa bàn tỉnh',
      content: [
        // One paragraph in the plan, split by a page break in the source text ("sản / phẩm").
        'Hỗ trợ phát triển các ý tưởng, dự án khởi nghiệp gắn với lợi thế của tỉnh như: nông nghiệp công nghệ cao, chế biến nông sản, du lịch, dược liệu, sản phẩm OCOP, kinh tế xanh, kinh tế tuần hoàn; Ưu tiên hỗ trợ các dự án ứng dụng khoa học công nghệ, chuyển đổi số, nâng cao giá trị gia tăng cho sản phẩm địa phương; Tăng cường hỗ trợ hoàn thiện sản phẩm, tiêu chuẩn chất lượng, bao bì, nhãn hiệu, sở hữu trí tuệ cho các mô hình khởi nghiệp.',
      ],
      agencies: [
        { role: 'LEAD', name: SKHCN },
        { role: 'COORDINATING', name: CAC_SO },
        { role: 'COORDINATING', name: UBND_XA },
        { role: 'COORDINATING', name: CAC_TC_CTXH, note: 'các tổ chức chính trị - xã hội' },
        { role: 'COORDINATING', name: HIEP_HOI_DN },
        { role: 'COORDINATING', name: HOI_DN_TRE },
        { role: 'COORDINATING', name: CQ_TC_DN_HTX },
      ],
      timeline: 'Trong năm 2026',
      phases: [],
      outputs: [],
    },
    {
      code: '6',
      title:
        'Triển khai hiệu quả các cơ chế, chính sách hỗ trợ doanh nghiệp nâng cao năng lực đổi mới sáng tạo và khởi nghiệp sáng tạo',
      content: [
        // Nghị định 80/2020/NĐ-CP and Nghị quyết 93/2021/NQ-HĐND are the support policies this
        // task applies, not legal bases of the plan.
        'Tổ chức thực hiện tốt các cơ chế, chính sách của Trung ương và của tỉnh (Nghị định số 80/2020/NĐ-CP và Nghị quyết số 93/2021/NQ-HĐND) để hỗ trợ các doanh nghiệp nhỏ và vừa, các hợp tác xã, các dự án khởi nghiệp đổi mới sáng tạo; Hỗ trợ trực tiếp cho các ý tưởng, dự án khởi nghiệp sáng tạo đạt giải tại các cuộc thi; hỗ trợ thúc đẩy hình thành doanh nghiệp khởi nghiệp đổi mới sáng tạo; Tăng cường hỗ trợ doanh nghiệp đổi mới công nghệ, nâng cao năng suất, chất lượng, năng lực cạnh tranh của sản phẩm, hàng hóa.',
      ],
      agencies: [
        { role: 'LEAD', name: SKHCN },
        { role: 'COORDINATING', name: CAC_SO },
        { role: 'COORDINATING', name: CAC_TC_CTXH },
        { role: 'COORDINATING', name: UBND_XA },
        { role: 'COORDINATING', name: HIEP_HOI_DN },
        { role: 'COORDINATING', name: HOI_DN_TRE },
        { role: 'COORDINATING', name: CQ_TC_DN_HTX, note: 'các tổ chức, doanh nghiệp liên quan' },
      ],
      timeline: 'Trong năm 2026',
      phases: [],
      outputs: [],
    },
  ],

  fundingSources: [
    {
      kind: 'STATE_BUDGET',
      name: 'Nguồn kinh phí sự nghiệp khoa học và công nghệ được giao trong dự toán ngân sách nhà nước năm 2026 của Sở Khoa học và Công nghệ tỉnh Cao Bằng',
      note: 'bao gồm cả kinh phí hỗ trợ thực hiện chính sách theo Nghị quyết số 93/2021/NQ-HĐND ngày 10/12/2021 của Hội đồng nhân dân tỉnh Cao Bằng',
    },
    {
      kind: 'DONOR',
      name: 'Tổ chức CARE Quốc tế tại Việt Nam',
      note: 'Nguồn tài trợ của Tổ chức CARE Quốc tế tại Việt Nam; tài trợ Dự án của nhiệm vụ 5.1 (đã được phê duyệt tại Quyết định số 1544/QĐ-UBND ngày 10/9/2025)',
    },
    {
      kind: 'OTHER',
      name: 'Các nguồn kinh phí hợp pháp khác của các cơ quan, tổ chức, cá nhân và các nguồn huy động tài trợ, quỹ đầu tư (nếu có)',
      note: null,
    },
  ],

  responsibilities: [
    {
      agency: SKHCN,
      duties: [
        'Chủ trì, phối hợp với các cơ quan, đơn vị liên quan tổ chức triển khai các nhiệm vụ tại Kế hoạch này; chịu trách nhiệm chính tổ chức thực hiện kế hoạch và theo dõi, đôn đốc các đơn vị thực hiện kế hoạch hỗ trợ khởi nghiệp đổi mới sáng tạo tỉnh năm 2026.',
        'Tham mưu, tổng hợp báo cáo UBND tỉnh kết quả triển khai Kế hoạch năm 2026.',
      ],
    },
    // Section IV.2 is one heading for a group: "Các sở, ban, ngành, các tổ chức chính trị - xã
    // hội tỉnh, UBND các xã, phường và các cơ quan, đơn vị liên quan". Each body of the group
    // gets the group's duty, so that each can find its own.
    { agency: CAC_SO, duties: [DUTY_GROUP] },
    { agency: CAC_TC_CTXH, duties: [DUTY_GROUP] },
    { agency: UBND_XA, duties: [DUTY_GROUP] },
    { agency: CQ_DV_LQ, duties: [DUTY_GROUP] },
  ],
};

/**
 * Cao Bằng has no indicator annex: these are the plan's quantified outputs and dated
 * milestones, as indicators. Codes `O1` … (objectives outside an annex). The plan writes no
 * target cells for them: names and cells are composed from the tasks' text, and milestones
 * are written "Hoàn thành" (done by the year) so the target parser reads them as DONE_BY.
 */
export const caoBang523Indicators: IndicatorFixture[] = [
  {
    code: 'O1',
    name: 'Số lớp tập huấn nâng cao năng lực cho đội ngũ nhân lực về khởi nghiệp sáng tạo được tổ chức',
    unit: 'lớp',
    accumulation: 'FLOW',
    targets: [{ year: 2026, text: '02', note: 'Nhiệm vụ 2: "Tổ chức 02 lớp tập huấn nâng cao năng lực …"' }],
    leadAgencies: [SKHCN, TINH_DOAN, HOI_PHU_NU, HOI_NONG_DAN, LIEN_MINH_HTX],
    coordinatingAgencies: [CAC_SO, UBND_XA, HIEP_HOI_DN, HOI_DN_TRE, CQ_TC_DN_HTX],
    tasks: ['2'],
  },
  {
    code: 'O2',
    name: 'Hoàn thành Cuộc thi Khởi nghiệp đổi mới sáng tạo tỉnh Cao Bằng lần thứ hai, năm 2026 - 2027 (thẩm định đánh giá các dự án dự thi và trao giải cuộc thi)',
    unit: null,
    accumulation: 'STOCK',
    targets: [
      {
        year: 2027,
        text: 'Hoàn thành',
        note: 'Nhiệm vụ 3.1, giai đoạn "Thẩm định đánh giá các dự án dự thi và trao giải cuộc thi: Năm 2027"',
      },
    ],
    leadAgencies: [UBND_TINH],
    coordinatingAgencies: [SKHCN, CAC_SO, CAC_DOAN_THE, UBND_XA, HIEP_HOI_DN],
    tasks: ['3.1'],
    note: 'Ủy ban nhân dân tỉnh chủ trì tổ chức; Sở Khoa học và Công nghệ là cơ quan tham mưu thực hiện (an indicator has no advisory role, so it is listed as coordinating).',
  },
  {
    code: 'O3',
    name: 'Hoàn thành tổ chức cuộc thi “Dự án khởi nghiệp sáng tạo thanh niên nông thôn tỉnh Cao Bằng”',
    unit: null,
    accumulation: 'STOCK',
    targets: [{ year: 2026, text: 'Hoàn thành', note: 'Nhiệm vụ 3.2, thời gian thực hiện "Trong năm 2026"' }],
    leadAgencies: [TINH_DOAN],
    coordinatingAgencies: [SKHCN, LH_HOI_KHKT, HIEP_HOI_DN, CQ_DV_LQ],
    tasks: ['3.2'],
  },
  {
    code: 'O4',
    name: 'Hoàn thành tổ chức Hội nghị tuyên truyền về hoạt động đổi mới sáng tạo và khởi nghiệp sáng tạo cho các hội viên nông dân',
    unit: null,
    accumulation: 'STOCK',
    targets: [{ year: 2026, text: 'Hoàn thành', note: 'Nhiệm vụ 4.1, thời gian thực hiện "Trong năm 2026"' }],
    leadAgencies: [HOI_NONG_DAN],
    coordinatingAgencies: [SKHCN, CQ_DV_LQ],
    tasks: ['4.1'],
  },
];
