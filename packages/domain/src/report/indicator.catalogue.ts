/**
 * The catalogue of structured figures ("chỉ tiêu") a monthly report states. Each figure in a section
 * names one of these codes; the public site charts them month over month.
 */
export type IndicatorDefinition = { label: string; unit: string; group: string };

export const indicatorCatalogue = {
  'tasks.central_projects_managed': {
    label: 'Dự án Chương trình NTMN do Trung ương quản lý đang triển khai',
    unit: 'dự án',
    group: 'Nhiệm vụ KH&CN',
  },
  'tasks.checked': {
    label: 'Nhiệm vụ KH&CN được kiểm tra, đánh giá quá trình thực hiện',
    unit: 'nhiệm vụ',
    group: 'Nhiệm vụ KH&CN',
  },
  'tasks.accepted': {
    label: 'Nhiệm vụ KH&CN cấp tỉnh được đánh giá, nghiệm thu',
    unit: 'nhiệm vụ',
    group: 'Nhiệm vụ KH&CN',
  },
  'tasks.result_certificates': {
    label: 'Giấy chứng nhận đăng ký kết quả thực hiện nhiệm vụ',
    unit: 'giấy',
    group: 'Nhiệm vụ KH&CN',
  },
  'tasks.results_recognised': {
    label: 'Nhiệm vụ cấp tỉnh được công nhận kết quả',
    unit: 'nhiệm vụ',
    group: 'Nhiệm vụ KH&CN',
  },
  'technology.investment_opinions': {
    label: 'Dự án đầu tư được góp ý kiến về công nghệ',
    unit: 'dự án',
    group: 'Công nghệ',
  },
  'technology.transfer_certificates': {
    label: 'Giấy chứng nhận đăng ký chuyển giao công nghệ',
    unit: 'giấy',
    group: 'Công nghệ',
  },
  'events.workshops': { label: 'Hội thảo khoa học', unit: 'hội thảo', group: 'Công nghệ' },
  'potential.st_registrations': {
    label: 'Giấy chứng nhận đăng ký hoạt động KH&CN, doanh nghiệp KH&CN',
    unit: 'giấy',
    group: 'Tiềm lực KH&CN',
  },
  'training.classes': {
    label: 'Lớp tập huấn, bồi dưỡng kiến thức KH&CN',
    unit: 'lớp',
    group: 'Tiềm lực KH&CN',
  },
  'training.learners': { label: 'Học viên tham dự tập huấn', unit: 'học viên', group: 'Tiềm lực KH&CN' },
  'information.bulletin_copies': { label: 'Bản tin KH&CN in', unit: 'cuốn', group: 'Thông tin KH&CN' },
  'information.manual_copies': {
    label: 'Tài liệu quy trình kỹ thuật in',
    unit: 'cuốn',
    group: 'Thông tin KH&CN',
  },
  'standards.conformity_regulation_notices': {
    label: 'Thông báo tiếp nhận công bố hợp quy',
    unit: 'bản',
    group: 'Tiêu chuẩn đo lường chất lượng',
  },
  'standards.conformity_standard_notices': {
    label: 'Thông báo tiếp nhận công bố hợp chuẩn',
    unit: 'bản',
    group: 'Tiêu chuẩn đo lường chất lượng',
  },
  'standards.import_inspection_dossiers': {
    label: 'Hồ sơ đăng ký kiểm tra chất lượng hàng hóa nhóm 2 nhập khẩu',
    unit: 'hồ sơ',
    group: 'Tiêu chuẩn đo lường chất lượng',
  },
  'metrology.instruments_inspected': {
    label: 'Phương tiện đo được kiểm định',
    unit: 'PTĐ',
    group: 'Tiêu chuẩn đo lường chất lượng',
  },
  'metrology.instruments_passed': {
    label: 'Phương tiện đo đạt, được cấp giấy chứng nhận, tem kiểm định',
    unit: 'PTĐ',
    group: 'Tiêu chuẩn đo lường chất lượng',
  },
  'metrology.instruments_rejected': {
    label: 'Phương tiện đo bị loại bỏ',
    unit: 'PTĐ',
    group: 'Tiêu chuẩn đo lường chất lượng',
  },
  'radiation.source_facilities': {
    label: 'Cơ sở sử dụng nguồn bức xạ trong công nghiệp',
    unit: 'cơ sở',
    group: 'An toàn bức xạ',
  },
  'radiation.source_devices': {
    label: 'Thiết bị nguồn bức xạ trong công nghiệp',
    unit: 'thiết bị',
    group: 'An toàn bức xạ',
  },
  'radiation.xray_industrial_units': {
    label: 'Đơn vị sử dụng máy phát tia X',
    unit: 'đơn vị',
    group: 'An toàn bức xạ',
  },
  'radiation.xray_industrial_devices': { label: 'Máy phát tia X', unit: 'thiết bị', group: 'An toàn bức xạ' },
  'radiation.medical_xray_units': {
    label: 'Đơn vị sử dụng thiết bị X-quang y tế',
    unit: 'đơn vị',
    group: 'An toàn bức xạ',
  },
  'radiation.medical_xray_devices': {
    label: 'Thiết bị X-quang y tế',
    unit: 'thiết bị',
    group: 'An toàn bức xạ',
  },
  'radiation.accelerator_units': {
    label: 'Đơn vị được cấp phép sử dụng máy gia tốc xạ trị',
    unit: 'đơn vị',
    group: 'An toàn bức xạ',
  },
  'radiation.accelerator_devices': { label: 'Máy gia tốc xạ trị', unit: 'thiết bị', group: 'An toàn bức xạ' },
  'radiation.licences_issued': {
    label: 'Giấy phép sử dụng thiết bị X-quang chẩn đoán y tế được cấp',
    unit: 'giấy phép',
    group: 'An toàn bức xạ',
  },
  'radiation.worker_certificates': {
    label: 'Chứng chỉ nhân viên bức xạ được cấp',
    unit: 'chứng chỉ',
    group: 'An toàn bức xạ',
  },
  'inspection.inspections': { label: 'Cuộc thanh tra', unit: 'cuộc', group: 'Thanh tra, kiểm tra' },
  'inspection.host_organisations': {
    label: 'Tổ chức chủ trì được thanh tra',
    unit: 'tổ chức',
    group: 'Thanh tra, kiểm tra',
  },
  'inspection.tasks': {
    label: 'Nhiệm vụ KH&CN được thanh tra',
    unit: 'nhiệm vụ',
    group: 'Thanh tra, kiểm tra',
  },
  'checks.checks': {
    label: 'Cuộc kiểm tra nhà nước về tiêu chuẩn, đo lường, ghi nhãn',
    unit: 'cuộc',
    group: 'Thanh tra, kiểm tra',
  },
  'checks.fuel_stations': {
    label: 'Đơn vị kinh doanh xăng dầu được kiểm tra',
    unit: 'đơn vị',
    group: 'Thanh tra, kiểm tra',
  },
  'checks.eye_clinics': {
    label: 'Cơ sở khám, chữa bệnh về mắt được kiểm tra',
    unit: 'cơ sở',
    group: 'Thanh tra, kiểm tra',
  },
  'checks.eye_clinics_compliant': {
    label: 'Cơ sở mắt có phương tiện đo còn hiệu lực kiểm định',
    unit: 'cơ sở',
    group: 'Thanh tra, kiểm tra',
  },
  'checks.eye_clinics_instruments_compliant': {
    label: 'Phương tiện đo đã được kiểm soát về đo lường',
    unit: 'PTĐ',
    group: 'Thanh tra, kiểm tra',
  },
  'checks.eye_clinics_unused': {
    label: 'Cơ sở mắt có phương tiện đo chưa đưa vào sử dụng',
    unit: 'cơ sở',
    group: 'Thanh tra, kiểm tra',
  },
  'checks.eye_clinics_instruments_unused': {
    label: 'Phương tiện đo chưa đưa vào sử dụng',
    unit: 'PTĐ',
    group: 'Thanh tra, kiểm tra',
  },
  'checks.eye_clinics_labelling_compliant': {
    label: 'Cơ sở mắt ghi nhãn hàng hóa đúng quy định',
    unit: 'cơ sở',
    group: 'Thanh tra, kiểm tra',
  },
  'checks.iso_agencies': {
    label: 'Cơ quan hành chính được kiểm tra áp dụng ISO 9001',
    unit: 'cơ quan',
    group: 'Thanh tra, kiểm tra',
  },
  'checks.iso_agencies_compliant': {
    label: 'Cơ quan áp dụng, duy trì, cải tiến HTQLCL đạt yêu cầu',
    unit: 'cơ quan',
    group: 'Thanh tra, kiểm tra',
  },
  'citizens.complaints': {
    label: 'Đơn thư khiếu nại, tố cáo, phản ánh',
    unit: 'đơn',
    group: 'Tiếp công dân',
  },
  'reform.satisfaction_min': {
    label: 'Tỷ lệ hài lòng với dịch vụ hành chính công (thấp nhất)',
    unit: '%',
    group: 'Cải cách hành chính',
  },
  'reform.satisfaction_max': {
    label: 'Tỷ lệ hài lòng với dịch vụ hành chính công (cao nhất)',
    unit: '%',
    group: 'Cải cách hành chính',
  },
} as const satisfies Record<string, IndicatorDefinition>;

export type IndicatorCode = keyof typeof indicatorCatalogue;
export const indicatorCodes = Object.keys(indicatorCatalogue) as [IndicatorCode, ...IndicatorCode[]];

/** Sums that must hold: total = sum(parts). */
export const sumRules: ReadonlyArray<{ total: IndicatorCode; parts: IndicatorCode[] }> = [
  {
    total: 'metrology.instruments_inspected',
    parts: ['metrology.instruments_passed', 'metrology.instruments_rejected'],
  },
  { total: 'checks.eye_clinics', parts: ['checks.eye_clinics_compliant', 'checks.eye_clinics_unused'] },
];

/** Parts that may not exceed their whole. */
export const notGreaterRules: ReadonlyArray<{ part: IndicatorCode; whole: IndicatorCode }> = [
  { part: 'checks.eye_clinics_compliant', whole: 'checks.eye_clinics' },
  { part: 'checks.eye_clinics_labelling_compliant', whole: 'checks.eye_clinics' },
  { part: 'checks.iso_agencies_compliant', whole: 'checks.iso_agencies' },
  { part: 'reform.satisfaction_min', whole: 'reform.satisfaction_max' },
];
