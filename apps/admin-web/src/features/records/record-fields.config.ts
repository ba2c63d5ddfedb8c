import {
  eventKinds,
  exchangeListingSchema,
  inspectionKinds,
  inspectionOutcomeSchema,
  ipStatuses,
  listingKinds,
  listingStatuses,
  outreachEventSchema,
  priceModes,
  publicationKinds,
  qualifierWords,
  publicationSchema,
  type RecordKind,
  stTaskSchema,
  taskLevels,
  techAppraisalSchema,
  transferForms,
  transferModes,
  transferRegistrationSchema,
} from '@khcn/domain';
import type { z } from 'zod';

/** How one field of a record form is edited. Names are dotted paths into the record's data. */
export type FieldSpec =
  | {
      name: string;
      label: string;
      type: 'text' | 'textarea' | 'date' | 'period';
      required?: boolean;
      description?: string;
    }
  | {
      name: string;
      label: string;
      type: 'number';
      required?: boolean;
      min?: number;
      max?: number;
      description?: string;
      /** Years and issue numbers: no thousands separator. */
      noGrouping?: boolean;
    }
  | {
      name: string;
      label: string;
      type: 'select';
      options: Record<string, string>;
      required?: boolean;
      description?: string;
    }
  | { name: string; label: string; type: 'boolean'; description?: string }
  | { name: string; label: string; type: 'lines'; description?: string }
  | { name: string; label: string; type: 'legalRefs'; description?: string }
  | { name: string; label: string; type: 'taskEvents' };

export type FieldGroup = { title: string; fields: FieldSpec[] };

type KindConfig = {
  schema: z.ZodType;
  groups: FieldGroup[];
  defaults: (today: string) => Record<string, unknown>;
};

/** The qualifier words of figures (domain), as the report writes them. */
const qualifiers: Record<string, string> = {
  exact: 'Chính xác (không có từ hạn định)',
  ...Object.fromEntries(qualifierWords.map((w) => [w, w])),
};
const period = (today: string) => today.slice(0, 7);

/** The form of each record kind, field by field, validated by the kind's schema in @khcn/domain. */
export const recordKindConfigs: Record<RecordKind, KindConfig> = {
  task: {
    schema: stTaskSchema,
    defaults: () => ({ title: '', level: 'provincial', budget: {}, events: [] }),
    groups: [
      {
        title: 'Thông tin chung',
        fields: [
          { name: 'code', label: 'Mã số', type: 'text' },
          { name: 'title', label: 'Tên nhiệm vụ', type: 'textarea', required: true },
          { name: 'level', label: 'Cấp quản lý', type: 'select', options: taskLevels, required: true },
          { name: 'programme', label: 'Chương trình', type: 'text' },
          { name: 'field', label: 'Lĩnh vực', type: 'text' },
          { name: 'hostOrganisation', label: 'Tổ chức chủ trì', type: 'text' },
          { name: 'principalInvestigator', label: 'Chủ nhiệm nhiệm vụ', type: 'text' },
          { name: 'startDate', label: 'Ngày bắt đầu', type: 'date' },
          { name: 'endDate', label: 'Ngày kết thúc', type: 'date' },
          {
            name: 'budget.stateBudget',
            label: 'Kinh phí ngân sách nhà nước (triệu đồng)',
            type: 'number',
            min: 0,
          },
          { name: 'budget.otherBudget', label: 'Kinh phí nguồn khác (triệu đồng)', type: 'number', min: 0 },
        ],
      },
      {
        title: 'Nội dung',
        fields: [
          { name: 'objectives', label: 'Mục tiêu', type: 'textarea' },
          { name: 'mainContent', label: 'Nội dung chính', type: 'textarea' },
          { name: 'expectedResults', label: 'Kết quả dự kiến', type: 'textarea' },
          { name: 'resultSummary', label: 'Tóm tắt kết quả', type: 'textarea' },
        ],
      },
      { title: 'Các mốc thực hiện', fields: [{ name: 'events', label: 'Các mốc', type: 'taskEvents' }] },
    ],
  },
  appraisal: {
    schema: techAppraisalSchema,
    defaults: (today) => ({ period: period(today), kind: 'opinion', sector: '' }),
    groups: [
      {
        title: 'Ý kiến, thẩm định công nghệ',
        fields: [
          { name: 'period', label: 'Kỳ báo cáo', type: 'period', required: true },
          {
            name: 'kind',
            label: 'Loại',
            type: 'select',
            options: { opinion: 'Góp ý kiến về công nghệ', appraisal: 'Thẩm định công nghệ' },
          },
          { name: 'sector', label: 'Lĩnh vực đầu tư', type: 'text', required: true },
          { name: 'projectName', label: 'Tên dự án', type: 'text' },
          { name: 'investor', label: 'Nhà đầu tư', type: 'text' },
          { name: 'note', label: 'Ghi chú', type: 'text' },
        ],
      },
    ],
  },
  transfer: {
    schema: transferRegistrationSchema,
    defaults: (today) => ({ period: period(today), organisation: '' }),
    groups: [
      {
        title: 'Đăng ký chuyển giao công nghệ',
        fields: [
          { name: 'period', label: 'Kỳ báo cáo', type: 'period', required: true },
          { name: 'organisation', label: 'Tổ chức', type: 'text', required: true },
          { name: 'technology', label: 'Công nghệ', type: 'text' },
          { name: 'certificateNumber', label: 'Số giấy chứng nhận', type: 'text' },
          { name: 'issuedOn', label: 'Ngày cấp', type: 'date' },
          { name: 'note', label: 'Ghi chú', type: 'text' },
        ],
      },
    ],
  },
  event: {
    schema: outreachEventSchema,
    defaults: (today) => ({
      period: period(today),
      kind: 'workshop',
      title: '',
      sessions: 1,
      attendees: 0,
      attendeesQualifier: 'exact',
      legalBasis: [],
    }),
    groups: [
      {
        title: 'Hội thảo, tập huấn',
        fields: [
          { name: 'period', label: 'Kỳ báo cáo', type: 'period', required: true },
          { name: 'kind', label: 'Loại', type: 'select', options: eventKinds, required: true },
          { name: 'title', label: 'Tên', type: 'textarea', required: true },
          { name: 'sessions', label: 'Số lớp/cuộc', type: 'number', min: 1, required: true },
          { name: 'attendees', label: 'Số người tham dự', type: 'number', min: 0, required: true },
          {
            name: 'attendeesQualifier',
            label: 'Từ hạn định của số người (hơn, gần, khoảng…)',
            type: 'select',
            options: qualifiers,
          },
          { name: 'date', label: 'Ngày tổ chức', type: 'date' },
          { name: 'legalBasis', label: 'Căn cứ pháp lý', type: 'legalRefs' },
        ],
      },
    ],
  },
  listing: {
    schema: exchangeListingSchema,
    defaults: (today) => ({
      kind: 'offer',
      title: '',
      field: '',
      summary: '',
      owner: '',
      readiness: 5,
      ipStatus: 'none',
      priceMode: 'negotiable',
      contact: { name: '', isPublic: false },
      status: 'active',
      listedOn: today,
      expiresOn: '',
      isDemo: false,
    }),
    groups: [
      {
        title: 'Tin trên sàn giao dịch công nghệ',
        fields: [
          { name: 'kind', label: 'Loại tin', type: 'select', options: listingKinds, required: true },
          { name: 'title', label: 'Tiêu đề', type: 'text', required: true },
          { name: 'field', label: 'Lĩnh vực', type: 'text', required: true },
          { name: 'summary', label: 'Tóm tắt', type: 'textarea', required: true },
          {
            name: 'owner',
            label: 'Chủ sở hữu',
            type: 'text',
            required: true,
            description: 'Chỉ chủ sở hữu hoặc người đại diện hợp pháp được đăng tin.',
          },
          {
            name: 'readiness',
            label: 'Mức độ sẵn sàng (TRL 1–9)',
            type: 'number',
            min: 1,
            max: 9,
            required: true,
          },
        ],
      },
      {
        title: 'Sở hữu trí tuệ, chuyển giao, giá',
        fields: [
          {
            name: 'ipStatus',
            label: 'Tình trạng sở hữu trí tuệ',
            type: 'select',
            options: ipStatuses,
            required: true,
          },
          { name: 'ipNumber', label: 'Số văn bằng', type: 'text' },
          { name: 'transferMode', label: 'Phương thức chuyển giao', type: 'select', options: transferModes },
          { name: 'transferForm', label: 'Hình thức chuyển giao', type: 'select', options: transferForms },
          { name: 'priceMode', label: 'Hình thức giá', type: 'select', options: priceModes, required: true },
          { name: 'price', label: 'Giá (triệu đồng)', type: 'number', min: 0 },
        ],
      },
      {
        title: 'Liên hệ và thời hạn',
        fields: [
          { name: 'contact.name', label: 'Người liên hệ', type: 'text', required: true },
          { name: 'contact.phone', label: 'Số điện thoại', type: 'text' },
          { name: 'contact.email', label: 'Thư điện tử', type: 'text' },
          {
            name: 'contact.isPublic',
            label: 'Công khai thông tin liên hệ trên cổng thông tin',
            type: 'boolean',
          },
          { name: 'status', label: 'Trạng thái', type: 'select', options: listingStatuses },
          { name: 'listedOn', label: 'Ngày đăng', type: 'date', required: true },
          {
            name: 'expiresOn',
            label: 'Ngày hết hạn',
            type: 'date',
            required: true,
            description: 'Tin phải được gia hạn ít nhất mỗi quý.',
          },
          { name: 'isDemo', label: 'Dữ liệu minh họa', type: 'boolean' },
        ],
      },
    ],
  },
  publication: {
    schema: publicationSchema,
    defaults: (today) => ({
      period: period(today),
      kind: 'bulletin',
      title: '',
      year: Number(today.slice(0, 4)),
      contents: [],
    }),
    groups: [
      {
        title: 'Bản tin, ấn phẩm',
        fields: [
          { name: 'period', label: 'Kỳ báo cáo', type: 'period', required: true },
          { name: 'kind', label: 'Loại', type: 'select', options: publicationKinds, required: true },
          { name: 'title', label: 'Tên ấn phẩm', type: 'text', required: true },
          { name: 'issueNumber', label: 'Số', type: 'number', min: 1, noGrouping: true },
          {
            name: 'year',
            label: 'Năm',
            type: 'number',
            min: 1990,
            max: 2100,
            required: true,
            noGrouping: true,
          },
          { name: 'publishedOn', label: 'Ngày xuất bản', type: 'date' },
          { name: 'printRun', label: 'Số lượng in', type: 'number', min: 0 },
          { name: 'publisher', label: 'Đơn vị xuất bản', type: 'text' },
          { name: 'summary', label: 'Tóm tắt', type: 'textarea' },
          { name: 'contents', label: 'Mục lục', type: 'lines', description: 'Mỗi dòng một bài, một mục.' },
        ],
      },
    ],
  },
  inspection: {
    schema: inspectionOutcomeSchema,
    defaults: (today) => ({
      period: period(today),
      kind: 'check',
      title: '',
      subjectArea: '',
      legalBasis: [],
      inspectionCount: 1,
      entityCount: 0,
      findings: '',
    }),
    groups: [
      {
        title: 'Thanh tra, kiểm tra',
        fields: [
          { name: 'period', label: 'Kỳ báo cáo', type: 'period', required: true },
          { name: 'kind', label: 'Loại', type: 'select', options: inspectionKinds, required: true },
          { name: 'title', label: 'Tên cuộc thanh tra, kiểm tra', type: 'textarea', required: true },
          { name: 'subjectArea', label: 'Lĩnh vực', type: 'text', required: true },
          { name: 'conductedBy', label: 'Đơn vị thực hiện', type: 'text' },
          { name: 'legalBasis', label: 'Căn cứ pháp lý', type: 'legalRefs' },
        ],
      },
      {
        title: 'Kết quả',
        fields: [
          { name: 'inspectionCount', label: 'Số cuộc', type: 'number', min: 1, required: true },
          { name: 'entityCount', label: 'Số đối tượng', type: 'number', min: 0, required: true },
          { name: 'compliantCount', label: 'Số đạt yêu cầu', type: 'number', min: 0 },
          { name: 'nonCompliantCount', label: 'Số không đạt', type: 'number', min: 0 },
          { name: 'findings', label: 'Kết quả', type: 'textarea', required: true },
          { name: 'violations', label: 'Vi phạm', type: 'textarea' },
          { name: 'sanctions', label: 'Xử lý', type: 'textarea' },
          { name: 'conclusionDate', label: 'Ngày kết luận', type: 'date' },
        ],
      },
    ],
  },
};
