/**
 * Records named by the November 2024 report of Sở KH&CN Hưng Yên (november-2024.source.txt).
 * Only what the report states; fields the report does not give are left out, never invented.
 */
import type { StTaskInput } from '../records/st-task.schema.ts';
import type { z } from 'zod';
import type {
  inspectionOutcomeSchema,
  outreachEventSchema,
  publicationSchema,
  techAppraisalSchema,
  transferRegistrationSchema,
} from '../records/other-records.schema.ts';
import type { Organisation } from '../organisation/organisation.schema.ts';
import { inspectionPlan2024, ref } from './seed-builders.ts';

const P = '2024-11';
const ntmn = 'Chương trình Nông thôn miền núi do Trung ương quản lý';
const monitored = (id: string) => ({
  id,
  kind: 'monitored' as const,
  period: P,
  note: 'Tiếp tục tổ chức phối hợp triển khai, quản lý',
});

export const seedTasks: StTaskInput[] = [
  {
    id: 'task-ntmn-biofloc',
    title:
      'Ứng dụng tiến bộ KH&CN xây dựng mô hình nuôi cá rô phi đơn tính bằng công nghệ Biofloc và nuôi thương phẩm cá trắm đen tại tỉnh Hưng Yên',
    level: 'national',
    programme: ntmn,
    field: 'Nông nghiệp - thủy sản',
    events: [monitored('ev-biofloc-2024-11')],
  },
  {
    id: 'task-ntmn-dong-trung-ha-thao',
    title:
      'Ứng dụng KH&CN xây dựng mô hình sản xuất giống, nuôi trồng và sơ chế các sản phẩm nấm Đông trùng hạ thảo tại tỉnh Hưng Yên',
    level: 'national',
    programme: ntmn,
    field: 'Nông nghiệp - nấm dược liệu',
    events: [monitored('ev-dtht-2024-11')],
  },
  {
    id: 'task-ntmn-sen-pho-hien',
    title:
      'Xây dựng mô hình nhân giống, sản xuất sen theo chuỗi giá trị gắn với phát triển du lịch và nâng cao thương hiệu sen Phố Hiến tại tỉnh Hưng Yên',
    level: 'national',
    programme: ntmn,
    field: 'Nông nghiệp - du lịch',
    events: [monitored('ev-sen-2024-11')],
  },
];

type In<S extends z.ZodType> = z.input<S>;

export const seedAppraisals: In<typeof techAppraisalSchema>[] = [
  'sản xuất thuốc thú y theo tiêu chuẩn GMP',
  'dịch vụ kho bãi, vận tải hàng hóa',
  'sản xuất sản phẩm nhựa (sản xuất từ hạt nhựa nguyên sinh, không sử dụng nhựa tái chế, không tái chế nhựa)',
  'cho thuê nhà xưởng, kho',
  'sản xuất đồ chơi (sản xuất đồ chơi cho trẻ em bằng nhựa)',
].map((sector, i) => ({ id: `appraisal-2024-11-${i + 1}`, period: P, kind: 'opinion', sector }));

export const seedTransfers: In<typeof transferRegistrationSchema>[] = [
  { id: 'transfer-2024-11-tentac', period: P, organisation: 'Công ty TNHH TENTAC (HÀ NỘI)' },
];

export const seedEvents: In<typeof outreachEventSchema>[] = [
  {
    id: 'event-2024-11-workshop-biotech',
    period: P,
    kind: 'workshop',
    title:
      'Hội thảo định hướng nghiên cứu ứng dụng công nghệ sinh học phục vụ phát triển kinh tế - xã hội tỉnh Hưng Yên',
    sessions: 1,
    attendees: 100,
    attendeesQualifier: 'khoảng',
  },
  {
    id: 'event-2024-11-workshop-models',
    period: P,
    kind: 'workshop',
    title:
      'Hội thảo giới thiệu một số mô hình, kết quả nghiên cứu có tiềm năng nhân rộng trên địa bàn tỉnh Hưng Yên',
    sessions: 2,
    attendees: 200,
    attendeesQualifier: 'gần',
  },
  {
    id: 'event-2024-11-training',
    period: P,
    kind: 'training',
    title: 'Lớp tập huấn, bồi dưỡng kiến thức về hoạt động khoa học và Công nghệ',
    sessions: 1,
    attendees: 100,
    attendeesQualifier: 'gần',
    legalBasis: [ref('plan', '82/KH-SKHCN', '2024-10-07', 'Sở Khoa học và Công nghệ')],
  },
];

export const seedPublications: In<typeof publicationSchema>[] = [
  {
    id: 'publication-bulletin-2024-04',
    period: P,
    kind: 'bulletin',
    title: 'Bản tin KH&CN số 04 năm 2024',
    issueNumber: 4,
    year: 2024,
    printRun: 1000,
    publisher: 'Trung tâm Thông tin, Thống kê, Ứng dụng KH&CN',
  },
  {
    id: 'publication-rice-dh9-thao-cam-9',
    period: P,
    kind: 'manual',
    title: 'Quy trình thâm canh giống lúa chất lượng ĐH9, Thảo Cẩm 9 tại Hưng Yên',
    year: 2024,
    printRun: 2000,
  },
];

export const seedInspections: In<typeof inspectionOutcomeSchema>[] = [
  {
    id: 'inspection-2024-11-st-tasks',
    period: P,
    kind: 'inspection',
    title:
      'Thanh tra việc thực hiện các quy định của pháp luật trong thực hiện nhiệm vụ khoa học và công nghệ',
    subjectArea: 'Nhiệm vụ KH&CN cấp tỉnh sử dụng ngân sách nhà nước',
    legalBasis: [inspectionPlan2024()],
    conductedBy: 'Thanh tra Sở Khoa học và Công nghệ',
    inspectionCount: 2,
    entityCount: 5,
    findings:
      'Các Tổ chức chủ trì thực hiện nhiệm vụ cơ bản đã thực hiện đảm bảo tiến độ nội dung và sử dụng kinh phí của nhiệm vụ đảm bảo tính hợp lý, hợp lệ, phù hợp với khối lượng công việc hoàn thành tại báo cáo và dự toán được duyệt tại thuyết minh nhiệm vụ. Đối tượng: 05 Tổ chức chủ trì thực hiện 05 nhiệm vụ KH&CN cấp tỉnh.',
  },
  {
    id: 'check-2024-11-fuel',
    period: P,
    kind: 'check',
    title: 'Kiểm tra nhà nước về tiêu chuẩn, đo lường và ghi nhãn hàng hóa tại đơn vị kinh doanh xăng, dầu',
    subjectArea: 'Kinh doanh xăng dầu',
    legalBasis: [
      ref(
        'decision',
        '97/QĐ-SKHCN',
        '2024-04-02',
        'UBND tỉnh',
        'Phê duyệt Kế hoạch kiểm tra nhà nước về tiêu chuẩn, đo lường, chất lượng và ghi nhãn hàng hóa năm 2024',
      ),
    ],
    conductedBy: 'Chi cục Tiêu chuẩn Đo lường Chất lượng',
    entityCount: 22,
    findings:
      'Các cột bơm xăng, dầu của các đơn vị được kiểm tra còn hiệu lực kiểm định, trang bị ca đong, bình đong không bị móp méo, kiểm tra phép đo trong thương mại bán lẻ đạt yêu cầu. Cửa hàng có lưu giữ hồ sơ chất lượng đầy đủ theo quy định, kiểm tra nhanh trị số Octan đều đạt yêu cầu; thông tin về sản phẩm hàng hóa trên cột đo xăng và sản phẩm hàng hóa là dầu nhớt đóng chai có ghi nhãn theo đúng quy định.',
  },
  {
    id: 'check-2024-11-eye-clinics',
    period: P,
    kind: 'check',
    title:
      'Kiểm tra nhà nước về tiêu chuẩn, đo lường và ghi nhãn hàng hóa tại cơ sở khám bệnh, chữa bệnh về mắt',
    subjectArea: 'Cơ sở khám, chữa bệnh về mắt',
    legalBasis: [
      ref('decision', '97/QĐ-SKHCN', '2024-04-02', 'UBND tỉnh'),
      ref(
        'circular',
        '23/2013/TT-BKHCN',
        '2013-09-26',
        'Bộ trưởng Bộ Khoa học và Công nghệ',
        'Quy định về đo lường đối với phương tiện đo nhóm 2',
      ),
      ref('circular', '07/2019/TT-BKHCN', '2019-07-26', 'Bộ trưởng Bộ Khoa học và Công nghệ'),
      ref('decree', '43/2017/NĐ-CP', '2017-04-14', 'Chính phủ', 'Ghi nhãn hàng hóa'),
      ref('decree', '111/2021/NĐ-CP', '2021-12-09', 'Chính phủ', 'Ghi nhãn hàng hóa'),
    ],
    conductedBy: 'Chi cục Tiêu chuẩn Đo lường Chất lượng',
    entityCount: 12,
    compliantCount: 8,
    findings:
      '08/12 cơ sở có tổng số 24 phương tiện đo (08 phương tiện đo tiêu cự kính mắt, 08 phương tiện đo độ khúc xạ mắt, 08 thấu kính đo thị lực) đã được kiểm soát về đo lường và còn hiệu lực đến tháng 5/2025; 04/12 cơ sở có trang bị tổng số 12 phương tiện đo (04 phương tiện đo tiêu cự kính mắt, 04 phương tiện đo độ khúc xạ mắt, 04 thấu kính đo thị lực) được quản lý nhưng chưa đưa vào sử dụng khám bệnh về mắt và kinh doanh kính mắt; 12/12 cơ sở thực hiện ghi nhãn hàng hóa đối với các sản phẩm kính mắt, kính thuốc, kính thời trang cơ bản theo quy định.',
    sanctions:
      'Đoàn kiểm tra đã nhắc nhở, tuyên truyền và yêu cầu các cơ sở thực hiện kiểm định phương tiện đo trước khi đưa vào sử dụng.',
  },
  {
    id: 'check-2024-11-iso-9001',
    period: P,
    kind: 'check',
    title:
      'Kiểm tra việc áp dụng, duy trì và cải tiến Hệ thống quản lý chất lượng theo Tiêu chuẩn ISO 9001 (Đợt 2 năm 2024)',
    subjectArea: 'ISO 9001 tại cơ quan hành chính nhà nước',
    legalBasis: [
      ref('plan', '198/KH-UBND', '2023-12-29', 'Ủy ban nhân dân tỉnh'),
      ref(
        'decision',
        '279/QĐ-SKHCN',
        '2024-09-11',
        'Giám đốc Sở KH&CN',
        'Thành lập đoàn kiểm tra về việc áp dụng, duy trì và cải tiến Hệ thống quản lý chất lượng theo Tiêu chuẩn ISO 9001 tại các cơ quan hành chính nhà nước (Đợt 2 năm 2024)',
      ),
      ref('decision', '19/2014/QĐ-TTg', undefined, 'Thủ tướng Chính phủ'),
    ],
    conductedBy: 'Chi cục Tiêu chuẩn Đo lường Chất lượng',
    entityCount: 39,
    compliantCount: 39,
    nonCompliantCount: 0,
    findings:
      '39/39 cơ quan thực hiện đảm bảo việc áp dụng, duy trì và cải tiến HTQLCL theo yêu cầu của Tiêu chuẩn quốc gia TCVN ISO 9001:2015 và Quyết định số 19/2014/QĐ-TTg của Thủ tướng Chính phủ.',
  },
];

/** Organisations the report names. `validFrom` is the earliest date our data attests the name. */
export const seedOrganisations: Organisation[] = [
  {
    id: 'org-skhcn-hung-yen',
    kind: 'government',
    names: [{ name: 'Sở Khoa học và Công nghệ tỉnh Hưng Yên', validFrom: '2024-01-01' }],
  },
  {
    id: 'org-chi-cuc-tdc',
    kind: 'department_unit',
    names: [{ name: 'Chi cục Tiêu chuẩn Đo lường Chất lượng', validFrom: '2024-01-01' }],
  },
  {
    id: 'org-trung-tam-ky-thuat-tdc',
    kind: 'department_unit',
    names: [{ name: 'Trung tâm Kỹ thuật Tiêu chuẩn Đo lường Chất lượng', validFrom: '2024-01-01' }],
  },
  {
    id: 'org-trung-tam-thong-tin',
    kind: 'department_unit',
    names: [{ name: 'Trung tâm Thông tin, Thống kê, Ứng dụng KH&CN', validFrom: '2024-01-01' }],
  },
  {
    id: 'org-thanh-tra-so',
    kind: 'department_unit',
    names: [{ name: 'Thanh tra Sở Khoa học và Công nghệ', validFrom: '2024-01-01' }],
  },
  {
    id: 'org-bvdk-hung-yen',
    kind: 'hospital',
    names: [{ name: 'Bệnh viện đa khoa tỉnh Hưng Yên', validFrom: '2024-01-01' }],
  },
  {
    id: 'org-cuc-atbxhn',
    kind: 'government',
    names: [{ name: 'Cục An toàn bức xạ và hạt nhân', validFrom: '2024-01-01' }],
  },
  {
    id: 'org-tentac',
    kind: 'enterprise',
    names: [{ name: 'Công ty TNHH TENTAC (HÀ NỘI)', validFrom: '2024-01-01' }],
  },
];
