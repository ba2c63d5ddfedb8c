import { previousPeriod, nextPeriod } from '../common.schema.ts';
import { addDays } from '../format/calendar.ts';
import type { ConformityDeclaration } from '../records/conformity-declaration.schema.ts';
import type { ExchangeListing } from '../records/exchange-listing.schema.ts';
import type { InspectionOutcome, Publication } from '../records/other-records.schema.ts';
import {
  emptyFrozenRecords,
  type FrozenRecords,
  type RecordKind,
  recordCollectionByKind,
} from '../records/record-kinds.ts';
import type { StTask, TaskEvent } from '../records/st-task.schema.ts';
import {
  type RecordRef,
  type ReportContent,
  replaceInParagraphs,
  withSection,
} from '../report/report.schema.ts';
import type { ApprovedEditionInput } from '../snapshot/build-public-snapshot.ts';
import { seedContent, seedRecords } from './index.ts';

export type DemoHistoryOptions = {
  /** The content hash of an edition (hashing is not the domain's business: the caller passes SHA-256). */
  hashContent: (content: ReportContent) => string;
  /** How many monthly reports (default 120: ten years). */
  months?: number;
  /** The first period NOT generated (default 2025-01); the history ends the month before. */
  endPeriod?: string;
  tasks?: number;
  listings?: number;
  publications?: number;
  inspections?: number;
  /** Declarations of conformity (default 600: five a month), linked from the metrology section A.IV.1. */
  declarations?: number;
  /** The day the generated listings are live on (renewed within the 80 days before it); default the day after the history. */
  listingsLiveOn?: string;
  /** Every n-th report gets a correction (a second approved edition); 0 for none. Default 10. */
  correctionEvery?: number;
  seed?: number;
};

function mulberry32(seedValue: number) {
  let a = seedValue >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const techniques = [
  'công nghệ sinh học',
  'công nghệ thông tin',
  'tự động hóa',
  'chế phẩm vi sinh',
  'công nghệ nano',
  'năng lượng mặt trời',
  'internet vạn vật',
  'trí tuệ nhân tạo',
  'công nghệ màng lọc',
  'kỹ thuật nuôi cấy mô',
  'điện toán đám mây',
  'cảm biến đo lường',
];
const subjects = [
  'sản xuất giống lúa chất lượng cao',
  'bảo quản nhãn lồng sau thu hoạch',
  'xử lý nước thải làng nghề',
  'quản lý giao thông đường bộ',
  'nuôi trồng thủy sản nước ngọt',
  'chẩn đoán bệnh trên cây trồng',
  'quản lý đất đai đô thị',
  'sản xuất nấm dược liệu',
  'truy xuất nguồn gốc nông sản',
  'tiết kiệm điện trong doanh nghiệp',
  'phát triển du lịch cộng đồng',
  'chăm sóc sức khỏe ban đầu',
  'xử lý rác thải sinh hoạt',
  'sản xuất gạch không nung',
  'chế biến đậu tương',
];
const places = [
  'Văn Lâm',
  'Văn Giang',
  'Yên Mỹ',
  'Mỹ Hào',
  'Ân Thi',
  'Khoái Châu',
  'Kim Động',
  'Tiên Lữ',
  'Phù Cừ',
  'Hưng Yên',
];
const fields = [
  'Nông nghiệp',
  'Thủy sản',
  'Y dược',
  'Công nghệ thông tin',
  'Môi trường',
  'Năng lượng',
  'Giao thông, đô thị',
  'Công nghiệp chế biến',
  'Khoa học xã hội',
  'Vật liệu mới',
  'Tự động hóa',
  'Đo lường, chất lượng',
];
const orgKinds = ['Viện', 'Trung tâm', 'Công ty TNHH', 'Công ty cổ phần', 'Trường Đại học', 'Hợp tác xã'];
const orgNames = [
  'Đông Á',
  'Phố Hiến',
  'Sông Hồng',
  'Đại Đồng',
  'Tân Dân',
  'Hưng Thịnh',
  'Đức Long',
  'Thành Công',
  'Kỹ thuật Xanh',
  'An Phát',
  'Minh Đức',
  'Việt Hưng',
  'Nam Sơn',
];
const people = [
  'Nguyễn Văn An',
  'Trần Thị Bình',
  'Lê Đức Cường',
  'Phạm Thu Dung',
  'Hoàng Văn Đạt',
  'Vũ Thị Hà',
  'Đặng Minh Khoa',
  'Bùi Thanh Long',
];
const inspectionAreas = [
  'Kinh doanh xăng dầu',
  'Cơ sở khám, chữa bệnh về mắt',
  'ISO 9001 tại cơ quan hành chính nhà nước',
  'Nhiệm vụ KH&CN cấp tỉnh sử dụng ngân sách nhà nước',
  'An toàn bức xạ trong y tế',
  'Đo lường trong thương mại bán lẻ',
  'Nhãn hàng hóa',
  'Sở hữu công nghiệp',
];

/** Product, product group, the technical regulation and a standard it may be declared against. */
const declaredProducts: ReadonlyArray<readonly [string, string, string, string]> = [
  ['Gạch bê tông không nung', 'Vật liệu xây dựng', 'QCVN 16:2023/BXD', 'TCVN 6477:2016'],
  ['Xi măng Poóc lăng hỗn hợp PCB40', 'Vật liệu xây dựng', 'QCVN 16:2023/BXD', 'TCVN 6260:2020'],
  ['Thép cốt bê tông', 'Vật liệu xây dựng', 'QCVN 07:2019/BKHCN', 'TCVN 1651-2:2018'],
  ['Đồ chơi trẻ em bằng nhựa', 'Đồ chơi trẻ em', 'QCVN 3:2019/BKHCN', 'TCVN 6238-1:2017'],
  [
    'Mũ bảo hiểm cho người đi mô tô, xe máy',
    'Phương tiện bảo vệ cá nhân',
    'QCVN 2:2021/BKHCN',
    'TCVN 5756:2017',
  ],
  ['Dây điện bọc nhựa PVC', 'Thiết bị điện, điện tử', 'QCVN 4:2009/BKHCN', 'TCVN 6610-3:2000'],
  ['Nước uống đóng chai', 'Thực phẩm', 'QCVN 6-1:2010/BYT', 'TCVN 6096:2010'],
  ['Phân bón hữu cơ vi sinh', 'Phân bón', 'QCVN 01-189:2019/BNNPTNT', 'TCVN 7185:2002'],
  ['Thức ăn chăn nuôi hỗn hợp cho lợn', 'Thức ăn chăn nuôi', 'QCVN 01-183:2016/BNNPTNT', 'TCVN 1547:2020'],
  ['Bình đun nước nóng có dự trữ', 'Thiết bị điện, điện tử', 'QCVN 4:2009/BKHCN', 'TCVN 5699-2-21:2013'],
];
const certificationBodies = [
  'Trung tâm Kỹ thuật Tiêu chuẩn Đo lường Chất lượng 1',
  'Trung tâm Chứng nhận Phù hợp (QUACERT)',
  'Viện Vật liệu xây dựng',
  'Công ty cổ phần Chứng nhận và Giám định Vinacert',
];

const pad2 = (n: number) => String(n).padStart(2, '0');

/**
 * Generated demo history: `months` monthly reports ending just before `endPeriod` (exclusive), each approved,
 * with the seed report's outline and figures varied, and the records they link (tasks with stage timelines,
 * live exchange listings and declarations of conformity marked as demo, publications, inspections). Deterministic
 * (seeded PRNGs).
 * For benchmarks and demos only: never the department's data.
 */
export function generateDemoHistory(options: DemoHistoryOptions): {
  editions: ApprovedEditionInput[];
  asOfDate: string;
} {
  const hash = options.hashContent;
  const months = options.months ?? 120;
  const random = mulberry32(options.seed ?? 20241205);
  const int = (min: number, max: number) => min + Math.floor(random() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const periods: string[] = [];
  for (let p = previousPeriod(options.endPeriod ?? '2025-01'); periods.length < months; p = previousPeriod(p))
    periods.unshift(p);
  const lastPeriod = periods[periods.length - 1]!;
  const asOfDate = `${nextPeriod(lastPeriod)}-05`;
  const hosts = Array.from(
    { length: 150 },
    (_, i) =>
      `${orgKinds[i % orgKinds.length]} ${orgNames[i % orgNames.length]} ${Math.floor(i / orgNames.length) + 1}`,
  );

  const recordsByPeriod = new Map<string, FrozenRecords>(periods.map((p) => [p, emptyFrozenRecords()]));
  const add = <K extends keyof FrozenRecords>(period: string, key: K, record: FrozenRecords[K][number]) =>
    (recordsByPeriod.get(period)![key] as FrozenRecords[K][number][]).push(record);

  // Tasks: each starts in some period and walks its stages; the report of its last event links it.
  const stages: TaskEvent['kind'][] = [
    'approved',
    'contracted',
    'checked',
    'evaluated',
    'accepted',
    'results_registered',
    'recognised',
    'applied',
  ];
  for (let i = 0; i < (options.tasks ?? 3000); i++) {
    const start = int(0, periods.length - 1);
    const stageCount = int(1, stages.length);
    const events: TaskEvent[] = [];
    let at = start;
    for (let s = 0; s < stageCount && at < periods.length; s++) {
      const period = periods[at]!;
      const kind = stages[s]!;
      const event: TaskEvent = { id: `ev-${i}-${s}`, kind, period, date: `${period}-${pad2(int(1, 28))}` };
      if (kind === 'accepted') event.rating = pick(['excellent', 'pass', 'pass', 'fail'] as const);
      if (kind === 'results_registered')
        event.certificateNumber = `${int(1, 99)}/${period.slice(0, 4)}/GCN-SKHCN`;
      events.push(event);
      at += int(2, 9);
    }
    const startPeriod = periods[start]!;
    const title = `Nghiên cứu ứng dụng ${pick(techniques)} trong ${pick(subjects)} tại ${pick(places)}, tỉnh Hưng Yên (${i + 1})`;
    const task: StTask = {
      id: `task-${String(i + 1).padStart(4, '0')}`,
      code: `ĐTKHCN.${pad2(int(1, 40))}/${startPeriod.slice(2, 4)}`,
      title,
      level: pick(['provincial', 'provincial', 'provincial', 'grassroots', 'national', 'ministry'] as const),
      field: pick(fields),
      hostOrganisation: pick(hosts),
      principalInvestigator: pick(people),
      objectives: `Xây dựng và chuyển giao quy trình ${pick(subjects)} dựa trên ${pick(techniques)}, nâng cao hiệu quả đầu tư cho địa phương.`,
      mainContent: `Điều tra, đánh giá thực trạng; nghiên cứu, hoàn thiện quy trình; xây dựng mô hình trình diễn tại ${pick(places)}; tập huấn, chuyển giao cho người dân và doanh nghiệp.`,
      expectedResults: 'Quy trình kỹ thuật được công nhận; mô hình trình diễn; báo cáo khoa học tổng hợp.',
      startDate: `${startPeriod}-01`,
      endDate: `${Number(startPeriod.slice(0, 4)) + int(1, 3)}-${startPeriod.slice(5, 7)}-28`,
      budget: { stateBudget: int(200, 3000), otherBudget: int(0, 800) },
      events,
      ...(events.some((e) => e.kind === 'accepted')
        ? {
            resultSummary:
              'Nhiệm vụ đã hoàn thành các nội dung đăng ký; kết quả được bàn giao cho đơn vị ứng dụng.',
          }
        : {}),
    };
    add(events[events.length - 1]!.period, 'tasks', task);
  }

  // Listings: all live on asOfDate (renewed in the last quarter); the report of the renewal links them.
  const listingKinds = ['offer', 'demand', 'equipment', 'service'] as const;
  for (let i = 0; i < (options.listings ?? 2000); i++) {
    const renewedOn = addDays(options.listingsLiveOn ?? asOfDate, -int(1, 80));
    const listedOn = addDays(renewedOn, -int(0, 900));
    const kind = pick(listingKinds);
    const ipStatus = pick(['none', 'patent', 'utility_solution', 'know_how', 'software'] as const);
    const priceMode = pick(['fixed', 'negotiable', 'auction'] as const);
    const listing: ExchangeListing = {
      id: `listing-${String(i + 1).padStart(4, '0')}`,
      kind,
      title: `${kind === 'demand' ? 'Cần tìm' : kind === 'equipment' ? 'Thiết bị' : 'Công nghệ'} ${pick(techniques)} cho ${pick(subjects)} (${i + 1})`,
      field: pick(fields),
      summary: `Giải pháp ${pick(techniques)} phục vụ ${pick(subjects)}, đã thử nghiệm tại ${pick(places)}. Đối tác quan tâm vui lòng liên hệ để được cung cấp hồ sơ kỹ thuật.`,
      owner: pick(hosts),
      readiness: int(3, 9),
      ipStatus,
      ...(ipStatus !== 'none' && ipStatus !== 'know_how' ? { ipNumber: `${int(1, 40000)}` } : {}),
      transferMode: pick(['licence', 'ownership'] as const),
      transferForm: pick(['standalone_contract', 'within_project', 'capital_contribution', 'other'] as const),
      priceMode,
      ...(priceMode === 'fixed' ? { price: int(50, 5000) } : {}),
      contact: { name: pick(people), phone: `0221 3${int(100000, 999999)}`, isPublic: random() < 0.7 },
      status: 'active',
      listedOn,
      renewedOn,
      expiresOn: addDays(renewedOn, 90),
      isDemo: true,
    };
    // The report of the renewal month links the listing (the last report for renewals after it).
    // Renewals after the history are spread over its last year (a report links at most 1,000 records).
    const renewalPeriod = renewedOn.slice(0, 7);
    add(
      renewalPeriod <= lastPeriod ? renewalPeriod : periods[periods.length - 1 - (i % 12)]!,
      'listings',
      listing,
    );
  }

  // Publications: bulletins and manuals spread over the years.
  for (let i = 0; i < (options.publications ?? 500); i++) {
    const period = periods[Math.floor((i / (options.publications ?? 500)) * periods.length)]!;
    const year = Number(period.slice(0, 4));
    const bulletin = i % 3 !== 2;
    const publication: Publication = {
      id: `publication-${String(i + 1).padStart(4, '0')}`,
      period,
      kind: bulletin ? 'bulletin' : 'manual',
      title: bulletin
        ? `Bản tin KH&CN số ${pad2((i % 12) + 1)} năm ${year} (${i + 1})`
        : `Quy trình kỹ thuật ${pick(subjects)} (${i + 1})`,
      ...(bulletin ? { issueNumber: (i % 12) + 1 } : {}),
      year,
      publishedOn: `${period}-${pad2(int(1, 28))}`,
      printRun: pick([500, 1000, 2000]),
      summary: `Giới thiệu kết quả ${pick(techniques)} trong ${pick(subjects)}; tin hoạt động KH&CN của tỉnh.`,
      contents: [`Ứng dụng ${pick(techniques)}`, `Mô hình ${pick(subjects)}`, 'Tin hoạt động'],
      publisher: 'Trung tâm Thông tin, Thống kê, Ứng dụng KH&CN',
    };
    add(period, 'publications', publication);
  }

  // Inspections and checks.
  for (let i = 0; i < (options.inspections ?? 1000); i++) {
    const period = periods[Math.floor((i / (options.inspections ?? 1000)) * periods.length)]!;
    const entityCount = int(1, 40);
    const compliantCount = int(0, entityCount);
    const kind = random() < 0.3 ? 'inspection' : 'check';
    const area = pick(inspectionAreas);
    const inspection: InspectionOutcome = {
      id: `inspection-${String(i + 1).padStart(4, '0')}`,
      period,
      kind,
      title: `${kind === 'inspection' ? 'Thanh tra' : 'Kiểm tra'} ${area.toLowerCase()} tại ${pick(places)} (${i + 1})`,
      subjectArea: area,
      legalBasis: [
        {
          kind: 'decision',
          number: String(int(1, 999)),
          symbol: 'QĐ-SKHCN',
          issuedOn: `${period}-01`,
          issuer: 'Giám đốc Sở KH&CN',
        },
      ],
      conductedBy:
        kind === 'inspection'
          ? 'Thanh tra Sở Khoa học và Công nghệ'
          : 'Chi cục Tiêu chuẩn Đo lường Chất lượng',
      inspectionCount: 1,
      entityCount,
      compliantCount,
      nonCompliantCount: entityCount - compliantCount,
      findings: `${compliantCount}/${entityCount} đơn vị đạt yêu cầu về đo lường, chất lượng và ghi nhãn hàng hóa; các đơn vị còn lại được nhắc nhở khắc phục.`,
      ...(compliantCount < entityCount ? { sanctions: 'Nhắc nhở, yêu cầu khắc phục trong 30 ngày.' } : {}),
      conclusion: {
        kind: 'decision',
        number: String(int(1, 999)),
        symbol: 'KL-SKHCN',
        issuedOn: `${period}-28`,
      },
      conclusionDate: `${period}-28`,
    };
    add(period, 'inspections', inspection);
  }

  // Declarations of conformity: a few notices of receipt each month, from their own stream of numbers (so the
  // rest of the history stays as it was before they existed).
  const declarationRandom = mulberry32((options.seed ?? 20241205) + 1);
  const dPick = <T>(items: readonly T[]): T => items[Math.floor(declarationRandom() * items.length)]!;
  const dInt = (min: number, max: number) => min + Math.floor(declarationRandom() * (max - min + 1));
  for (let i = 0; i < (options.declarations ?? 600); i++) {
    const period = periods[Math.floor((i / (options.declarations ?? 600)) * periods.length)]!;
    const [product, group, regulation, standard] = dPick(declaredProducts);
    const kind = declarationRandom() < 0.7 ? 'regulation' : 'standard';
    const noticeDate = `${period}-${pad2(dInt(1, 28))}`;
    const certified = kind === 'regulation' || declarationRandom() < 0.5;
    const declaration: ConformityDeclaration = {
      id: `declaration-${String(i + 1).padStart(4, '0')}`,
      period,
      kind,
      organisation: `${dPick(orgKinds.slice(2))} ${dPick(orgNames)}`,
      organisationAddress: `${dPick(places)}, tỉnh Hưng Yên`,
      product: `${product} (${i + 1})`,
      productGroup: group,
      standardCode: kind === 'regulation' ? regulation : standard,
      ...(certified
        ? {
            assessment: 'certification' as const,
            certificationBody: dPick(certificationBodies),
            certificateNumber: `${dInt(100, 9999)}/${period.slice(0, 4)}/CN`,
            certificateExpiresOn: addDays(noticeDate, 365 * 3),
          }
        : { assessment: 'self_assessment' as const }),
      noticeNumber: `${dInt(1, 999)}/TB-TĐC`,
      noticeDate,
      isDemo: true,
    };
    add(period, 'declarations', declaration);
  }

  // The seed report's shape for every month, with that month's figures and records.
  const base = seedContent();
  const baseRecords = seedRecords();
  const editions: ApprovedEditionInput[] = [];
  periods.forEach((period, index) => {
    const [y, m] = [Number(period.slice(0, 4)), Number(period.slice(5, 7))];
    const records = recordsByPeriod.get(period)!;
    for (const [i, a] of baseRecords.appraisals.entries())
      records.appraisals.push({ ...a, id: `appraisal-${period}-${i}`, period });
    for (const [i, t] of baseRecords.transfers.entries())
      records.transfers.push({ ...t, id: `transfer-${period}-${i}`, period });
    for (const [i, e] of baseRecords.events.entries())
      records.events.push({ ...e, id: `event-${period}-${i}`, period });
    // Which section links which of the month's records; a section not named keeps the seed's links.
    const kindRefs = (kind: RecordKind, keep: (record: never) => boolean = () => true): RecordRef[] =>
      (records[recordCollectionByKind[kind]] as ReadonlyArray<{ id: string }>)
        .filter((r) => keep(r as never))
        .map((r) => ({ kind, id: r.id }));
    const isWorkshop = (e: { kind: string }) => e.kind === 'workshop';
    const linksBySection: Record<string, RecordRef[]> = {
      'A.II.1.1': kindRefs('task'),
      'A.II.2': [...kindRefs('appraisal'), ...kindRefs('transfer'), ...kindRefs('event', isWorkshop)],
      'A.III.2': kindRefs('event', (e: { kind: string }) => !isWorkshop(e)),
      'A.III.3.1': kindRefs('listing'),
      'A.III.4': kindRefs('publication'),
      'A.IV.1': kindRefs('declaration'),
      'A.VII.2': kindRefs('inspection'),
      'A.VII.1': [],
    };
    const content: ReportContent = {
      ...base,
      subject: `Kết quả hoạt động quản lý nhà nước về khoa học và công nghệ tháng ${m} và phương hướng, nhiệm vụ trọng tâm tháng ${m === 12 ? 1 : m + 1} năm ${m === 12 ? y + 1 : y}`,
      sections: base.sections.map((section) => {
        const facts = section.facts.map((f) => {
          const value = f.indicator.startsWith('reform.')
            ? f.value
            : Math.max(0, Math.round(f.value * (0.5 + random())));
          return { ...f, value, asWritten: value < 10 ? pad2(value) : String(value) };
        });
        return { ...section, facts, recordRefs: linksBySection[section.key] ?? section.recordRefs };
      }),
    };
    const issuedOn = `${m === 12 ? y + 1 : y}-${pad2(m === 12 ? 1 : m + 1)}-05`;
    const edition: ApprovedEditionInput = {
      period,
      editionNo: 1,
      number: { sequence: m + 100, symbol: 'BC-SKHCN' },
      issuedOn,
      approvedAt: `${issuedOn}T09:00:00+07:00`,
      changeNote: null,
      contentHash: hash(content),
      content,
      records,
    };
    editions.push(edition);
    if (options.correctionEvery !== 0 && index % (options.correctionEvery ?? 10) === 5) {
      const corrected = withSection(content, 'A.IV.2', (s) => ({
        ...s,
        blocks: replaceInParagraphs(s.blocks, 'Trong kỳ báo cáo', 'Trong tháng'),
        facts: s.facts.map((f) => ({ ...f, value: f.value + 1, asWritten: String(f.value + 1) })),
      }));
      const correctedOn = `${issuedOn.slice(0, 8)}20`;
      editions.push({
        ...edition,
        editionNo: 2,
        number: { sequence: m + 120, symbol: 'BC-SKHCN' },
        issuedOn: correctedOn,
        approvedAt: `${correctedOn}T09:00:00+07:00`,
        changeNote: 'Đính chính số liệu kiểm định phương tiện đo tại mục IV.2',
        contentHash: hash(corrected),
        content: corrected,
        records: emptyFrozenRecords(),
      });
    }
  });

  return { editions, asOfDate };
}
