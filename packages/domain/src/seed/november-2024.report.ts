/**
 * The November 2024 monthly report of Sở KH&CN Hưng Yên as structured data, from its extracted text
 * (november-2024.source.txt, beside this file). Narrative is the author's text with the PDF's line breaks joined;
 * figures are kept as the author typed them ("03", "1.034").
 *
 * Not in the extracted text, and therefore marked here: the header (number "05/BC-SKHCN" and the date
 * 05/12/2024 are the example the Decree 30/2020 form gives) and the subject line, composed from the
 * headings of parts A and B.
 */
import type { ReportContentInput } from '../report/report.schema.ts';
import {
  dashList,
  fact,
  inspectionPlan2024,
  numberedList,
  paragraph,
  parenList,
  ref,
  section,
} from './seed-builders.ts';

export const seedPeriod = '2024-11';
export const seedReportNumber = { sequence: 5, symbol: 'BC-SKHCN' } as const;
export const seedIssuedOn = '2024-12-05';

/** Stocks at the report's date ("tính đến nay, trên địa bàn tỉnh có 18 cơ sở"): never summed. */
const level = { basis: { kind: 'level' } } as const;

export const seedReportContent: ReportContentInput = {
  subject:
    'Kết quả hoạt động quản lý nhà nước về khoa học và công nghệ tháng 11 và phương hướng, nhiệm vụ trọng tâm tháng 12 năm 2024',
  place: 'Hưng Yên',
  closing: 'Sở Khoa học và Công nghệ tỉnh Hưng Yên trân trọng báo cáo./.',
  sections: [
    section('A', 'A.', 'KẾT QUẢ HOẠT ĐỘNG QUẢN LÝ NHÀ NƯỚC VỀ KHOA HỌC VÀ CÔNG NGHỆ', 'VP'),
    section('A.I', 'I.', 'Xây dựng cơ chế, chính sách, pháp luật về khoa học và công nghệ', 'VP', {
      blocks: [
        paragraph(
          'Trong kỳ báo cáo, thực hiện chức năng tham mưu, giúp Ủy ban nhân dân (UBND) tỉnh Hưng Yên quản lý nhà nước về khoa học và công nghệ (KH&CN), Lãnh đạo Sở thường xuyên chỉ đạo các phòng, đơn vị thuộc và trực thuộc tiến hành nghiên cứu các văn bản liên quan, rà soát các văn bản quy phạm pháp luật (QPPL) liên quan đến khoa học, công nghệ và đổi mới sáng tạo; thống kê đầy đủ, chi tiết, cụ thể, nhưng quy định có mẫu thuẫn, chồng chéo, bất cấp, những vấn đề vướng mắc; đồng thời đề xuất phương án hiệu quả, khả thi để sửa đổi, bổ sung, bãi bỏ các quy định, điều khoản cụ thể trong các văn bản (nếu có). Qua rà soát hệ thống văn bản QPPL liên quan đến khoa học, công nghệ và đổi mới sáng tạo, cơ bản các văn bản QPPL đảm bảo tính thống nhất, đồng bộ, khả thi, công khai, minh bạch.',
        ),
      ],
    }),
    section('A.II', 'II.', 'Hoạt động KH&CN', 'QLKH'),
    section('A.II.1', '1.', 'Hoạt động nghiên cứu khoa học và phát triển công nghệ', 'QLKH'),
    section('A.II.1.1', '1.1.', 'Hoạt động triển khai, đánh giá, nghiệm thu nhiệm vụ KH&CN', 'QLKH', {
      blocks: [
        paragraph(
          'Trong kỳ báo cáo, Sở tiến hành đồng bộ, hiệu quả các hoạt động triển khai, đánh giá, nghiệm thu nhiệm vụ KH&CN, cụ thể:',
        ),
        dashList(
          'Tiếp tục tổ chức phối hợp triển khai, quản lý 03 dự án thuộc Chương trình Nông thôn miền núi do Trung ương quản lý: (1) Ứng dụng tiến bộ KH&CN xây dựng mô hình nuôi cá rô phi đơn tính bằng công nghệ Biofloc và nuôi thương phẩm cá trắm đen tại tỉnh Hưng Yên; (2) Ứng dụng KH&CN xây dựng mô hình sản xuất giống, nuôi trồng và sơ chế các sản phẩm nấm Đông trùng hạ thảo tại tỉnh Hưng Yên; (3) Xây dựng mô hình nhân giống, sản xuất sen theo chuỗi giá trị gắn với phát triển du lịch và nâng cao thương hiệu sen Phố Hiến tại tỉnh Hưng Yên;',
          'Cấp, thanh toán, quyết toán kinh phí thực hiện các nhiệm vụ KH&CN được duyệt trong Kế hoạch KH&CN tỉnh Hưng Yên năm 2024;',
          'Thẩm định, phê duyệt mua sắm và kế hoạch lựa chọn nhà thầu thuộc các nhiệm vụ khoa học và công nghệ cấp tỉnh sử dụng ngân sách nhà nước trong kế hoạch KH&CN tỉnh Hưng Yên năm 2024;',
          'Tiến hành kiểm tra, đánh giá qua trình thực hiện đối với 07 nhiệm vụ KH&CN; tổ chức đánh giá, nghiệm thu 03 nhiệm vụ KH&CN cấp tỉnh sử dụng ngân sách nhà nước; cấp 01 Giấy chứng nhận đăng ký kết quả thực hiện nhiệm vụ KH&CN theo dịch vụ hành chính công cho các tổ chức liên quan; công nhận kết quả thực hiện 01 nhiệm vụ KH&CN cấp tỉnh sử dụng ngân sách nhà nước;',
          'Hướng dẫn, theo dõi và giám sát quá trình thực hiện nhiệm vụ KH&CN sử dụng ngân sách nhà nước đang trong thời gian thực hiện.',
        ),
      ],
      facts: [
        fact(
          'tasks.central_projects_managed',
          '03',
          'quản lý',
          'dự án thuộc Chương trình Nông thôn miền núi',
          level,
        ),
        fact('tasks.checked', '07', 'thực hiện đối với', 'nhiệm vụ KH&CN'),
        fact('tasks.accepted', '03', 'nghiệm thu', 'nhiệm vụ KH&CN cấp tỉnh'),
        fact('tasks.result_certificates', '01', 'cấp', 'Giấy chứng nhận đăng ký kết quả'),
        fact('tasks.results_recognised', '01', 'công nhận kết quả thực hiện', 'nhiệm vụ KH&CN cấp tỉnh'),
      ],
      recordRefs: [
        { kind: 'task', id: 'task-ntmn-biofloc' },
        { kind: 'task', id: 'task-ntmn-dong-trung-ha-thao' },
        { kind: 'task', id: 'task-ntmn-sen-pho-hien' },
      ],
    }),
    section('A.II.2', '2.', 'Hoạt động đánh giá, thẩm định, giám định, chuyển giao công nghệ', 'QLCN', {
      blocks: [
        paragraph(
          'Trong tháng 11, thực hiện chức năng quản lý nhà nước về hoạt động đánh giá, thẩm định, giám định, chuyển giao công nghệ. Sở đã tham gia ý kiến về công nghệ cho 05 dự án đầu tư vào địa bàn tỉnh thuộc các lĩnh vực: sản xuất thuốc thú y theo tiêu chuẩn GMP; dịch vụ kho bãi, vận tải hàng hóa; sản xuất sản phẩm nhựa (sản xuất từ hạt nhựa nguyên sinh, không sử dụng nhựa tái chế, không tái chế nhựa); cho thuê nhà xưởng, kho; sản xuất đồ chơi (sản xuất đồ chơi cho trẻ em bằng nhựa). Tổ chức hướng dẫn doanh nghiệp lập hồ sơ, tiếp nhận, thẩm định và cấp Giấy chứng nhận 01 đăng ký chuyển giao công nghệ của Công ty TNHH TENTAC (HÀ NỘI).',
        ),
        paragraph(
          'Tổ chức thành công 03 hội thảo khoa học: 01 hội thảo định hướng nghiên cứu ứng dụng công nghệ sinh học phục vụ phát triển kinh tế - xã hội tỉnh Hưng Yên với khoảng 100 đại biểu tham dự; 02 hội thảo giới thiệu một số mô hình, kết quả nghiên cứu có tiềm năng nhân rộng trên địa bàn tỉnh Hưng Yên với gần 200 đại biểu tham dự.',
        ),
        paragraph(
          'Kết quả hoạt động đánh giá, thẩm định, giám định, chuyển giao công nghệ cơ bản đảm bảo, các hồ sơ được xử lý đúng trình tự, thủ tục và thời gian quy định.',
        ),
      ],
      facts: [
        fact('technology.investment_opinions', '05', 'về công nghệ cho', 'dự án đầu tư'),
        fact(
          'technology.transfer_certificates',
          '01',
          'cấp Giấy chứng nhận',
          'đăng ký chuyển giao công nghệ',
        ),
        fact('events.workshops', '03', 'Tổ chức thành công', 'hội thảo khoa học'),
      ],
      recordRefs: [
        ...[1, 2, 3, 4, 5].map((i) => ({ kind: 'appraisal' as const, id: `appraisal-2024-11-${i}` })),
        { kind: 'transfer', id: 'transfer-2024-11-tentac' },
        { kind: 'event', id: 'event-2024-11-workshop-biotech' },
        { kind: 'event', id: 'event-2024-11-workshop-models' },
      ],
    }),
    section('A.III', 'III.', 'Phát triển tiềm lực KH&CN', 'QLKH'),
    section('A.III.1', '1.', 'Cấp giấy chứng nhận đăng ký hoạt động KH&CN, doanh nghiệp KH&CN', 'QLKH', {
      blocks: [
        paragraph(
          'Trong tháng 11, Sở không tiếp nhận, thẩm định và cấp Giấy chứng nhận đăng ký hoạt động KH&CN, doanh nghiệp KH&CN.',
        ),
      ],
      facts: [
        {
          indicator: 'potential.st_registrations',
          value: 0,
          note: 'Không tiếp nhận, thẩm định và cấp trong tháng',
        },
      ],
    }),
    section('A.III.2', '2.', 'Phát triển nhân lực KH&CN', 'VP', {
      blocks: [
        paragraph(
          'Thực hiện Kế hoạch đào tạo, bồi dưỡng công chức, viên chức năm 2024 của Sở Khoa học và Công nghệ, nhằm tạo điều kiện cho công chức, viên chức tham gia các lớp đào tạo, bồi dưỡng nâng cao nhận thức chính trị, năng lực, chuyên môn, nghiệp vụ. Sở tiếp tục cử công chức, viên chức tham gia các lớp tập huấn, đào tạo, bồi dưỡng, trao đổi học tập kinh nghiệm trong hoạt động quản lý nhà nước về khoa học, công nghệ và đổi mới sáng tạo. Nhằm tuyên truyền, phổ biến kiến thức về hoạt động khoa học và Công nghệ cho các đối tượng có liên quan, Sở đã xây dựng và ban hành Kế hoạch số 82/KH-SKHCN ngày 07/10/2024 về kế hoạch tổ chức lớp tập huấn, bồi dưỡng kiến thức về hoạt động khoa học và Công nghệ. Tổ chức 01 lớp tập huấn, bồi dưỡng kiến thức về hoạt động khoa học và Công nghệ với gần 100 học viên tham dự.',
        ),
      ],
      facts: [
        fact('training.classes', '01', 'Tổ chức', 'lớp tập huấn'),
        fact('training.learners', '100', 'với gần', 'học viên tham dự', { qualifier: 'gần' }),
      ],
      legalRefs: [ref('plan', '82/KH-SKHCN', '2024-10-07', 'Sở Khoa học và Công nghệ')],
      recordRefs: [{ kind: 'event', id: 'event-2024-11-training' }],
    }),
    section('A.III.3', '3.', 'Phát triển thị trường KH&CN', 'QLCN'),
    section('A.III.3.1', '3.1.', 'Hoạt động hỗ trợ doanh nghiệp, phát triển thị trường KH&CN', 'QLCN', {
      blocks: [
        paragraph(
          'Phối hợp với Sàn giao dịch công nghệ trung ương xúc tiến “Sàn Giao dịch công nghệ thiết bị tỉnh Hưng Yên” (tên miền http://sancongnghehungyen.vn/); thường xuyên duy trì và phát triển Hệ thống Sàn giao dịch công nghệ tỉnh Hưng Yên; vận hành, khai thác trạm khai thác thông tin và sử dụng dịch vụ sở hữu công nghiệp (Trạm IPPlatform).',
        ),
      ],
    }),
    section('A.III.3.2', '3.2.', 'Hoạt động hỗ trợ khởi nghiệp, đổi mới sáng tạo (ĐMST)', 'QLCN', {
      blocks: [
        paragraph(
          'Thực hiện chức năng quản lý hoạt động khởi nghiệp, đổi mới sáng tạo trên địa bàn tỉnh theo quy định. Tiếp tục triển khai thực hiện Bộ chỉ số đổi mới sáng tạo cấp địa phương năm 2024.',
        ),
      ],
    }),
    section('A.III.4', '4.', 'Hoạt động thông tin KH&CN', 'TTTT', {
      blocks: [
        dashList(
          'Thường xuyên thống kê các nguồn dữ liệu vào cổng thông tin Thư viện Quốc gia (Cập nhật các cơ sở dữ liệu về các nhiệm vụ khoa học và công nghệ đang thực hiện, cập nhật kết quả các nhiệm vụ KH&CN đã được đánh giá, nghiệm thu vào cơ sở dữ liệu khoa học và công nghệ quốc gia); thu thập, tổng hợp thông tin nhiệm vụ khoa học và công nghệ sau khi ký kết hợp đồng thực hiện nhiệm vụ KH&CN cấp tỉnh sử dụng ngân sách nhà nước mở mới năm 2024; thường xuyên hướng dẫn các tổ chức, cá nhân khi có nhu cầu tham gia khai thác, sử dụng các nguồn tin thuộc mạng VinaREN để phục vụ công tác quản lý, khai thác và phát triển nguồn lực KH&CN của địa phương;',
          'Nhằm phổ biến, tuyên truyền và cung cấp thông tin khoa học và công nghệ cho các tổ chức, cá nhân liên quan. Sở đã chỉ đạo Trung tâm Thông tin, Thống kê, Ứng dụng KH&CN hoàn thiện bản thảo và các thủ tục xuất bản Bản tin KH&CN số 04 năm 2024 với 1.000 cuốn/ số; xuất bản 2.000 cuốn quy trình thâm canh giống lúa chất lượng ĐH9, Thảo Cẩm 9 tại Hưng Yên;',
          'Sưu tầm, đăng tải tin bài về các hoạt động KH&CN (văn bản, đưa tin Hội nghị về hoạt động KH&CN tại địa phương, ...) trên Cổng thông tin điện tử của Sở đảm bảo theo quy định;',
          'Thực hiện việc lưu giữ các kết quả, nguồn tin và cơ sở dữ liệu về khoa học và công nghệ theo đúng quy định.',
        ),
      ],
      facts: [
        fact('information.bulletin_copies', '1.000', 'năm 2024 với', 'cuốn/ số'),
        fact('information.manual_copies', '2.000', 'xuất bản', 'cuốn quy trình thâm canh'),
      ],
      recordRefs: [
        { kind: 'publication', id: 'publication-bulletin-2024-04' },
        { kind: 'publication', id: 'publication-rice-dh9-thao-cam-9' },
      ],
    }),
    section('A.IV', 'IV.', 'Hoạt động tiêu chuẩn đo lường chất lượng', 'TDC'),
    section('A.IV.1', '1.', 'Hoạt dộng quản lý nhà nước về tiêu chuẩn đo lường chất lượng', 'TDC', {
      blocks: [
        paragraph(
          'Chi cục Tiêu chuẩn Đo lường Chất lượng trực thuộc Sở Khoa học và Công nghệ đã thực hiện các nội dung công việc trong hoạt động quản lý nhà nước về tiêu chuẩn đo lường chất lượng, cụ thể:',
        ),
        dashList(
          'Ban hành 09 bản thông báo công bố hợp quy, 04 bản thông báo công bố hợp chuẩn, tiếp nhận 63 hồ sơ thủ tục hành chính (TTHC) đăng ký kiểm tra nhà nước về chất lượng sản phẩm, hàng hóa nhóm 2 nhập khẩu đáp ứng yêu cầu chất lượng hàng hóa nhập khẩu trên địa bàn tỉnh;',
          'Tiếp tục triển khai thực hiện có hiệu quả Đề án “Tăng cường đổi mới hoạt động đo lường hỗ trợ doanh nghiệp Việt Nam nâng cao năng lực cạnh tranh và hội nhập quốc tế giai đoạn đến năm 2025, định hướng đến năm 2030” trên địa bàn tỉnh Hưng Yên năm 2024; Kế hoạch số 101/KH-UBND ngày 30/6/2021 Kế hoạch thực hiện Chương trình quốc gia hỗ trợ tổ chức, doanh nghiệp nâng cao năng suất và chất lượng sản phẩm, hàng hóa giai đoạn 2021-2030 trên địa bàn tỉnh Hưng Yên; Kế hoạch số 197/KH-UBND ngày 05/12/2022 của UBND tỉnh Hưng Yên về triển khai, áp dụng và quản lý hệ thống truy xuất nguồn gốc trên địa bàn tỉnh Hưng Yên, giai đoạn 2022 - 2030;',
          'Tiếp nhận thông báo về dự thảo các văn bản kỹ thuật của các nước thành viên WTO do văn phòng TBT Việt Nam gửi qua cổng thông tin điện tử của mạng lưới TBT và chuyển tới các tổ chức, cá nhân có liên quan trên địa bàn tỉnh. Trả lời, hướng dẫn các doanh nghiệp và các vấn đề liên quan tới tiêu chuẩn, quy chuẩn kỹ thuật, quy trình đánh giá sự phù hợp và hàng rào kỹ thuật trong thương mại;',
          'Thường xuyên phổ biến hướng dẫn các doanh nghiệp trên địa bàn tỉnh thực hiện Luật Tiêu chuẩn và Quy chuẩn kỹ thuật; Luật Chất lượng sản phẩm, hàng hóa; Luật Đo lường; phổ biến, hướng dẫn các tổ chức, cá nhân liên quan thực hiện Quy định về công bố hợp chuẩn, công bố hợp quy và phương thức đánh giá sự phù hợp với tiêu chuẩn, quy chuẩn kỹ thuật.',
        ),
      ],
      facts: [
        fact('standards.conformity_regulation_notices', '09', 'Ban hành', 'bản thông báo công bố hợp quy'),
        fact('standards.conformity_standard_notices', '04', 'hợp quy,', 'bản thông báo công bố hợp chuẩn'),
        fact('standards.import_inspection_dossiers', '63', 'tiếp nhận', 'hồ sơ thủ tục hành chính'),
      ],
      legalRefs: [
        ref('plan', '101/KH-UBND', '2021-06-30', 'UBND tỉnh Hưng Yên'),
        ref('plan', '197/KH-UBND', '2022-12-05', 'UBND tỉnh Hưng Yên'),
      ],
    }),
    section('A.IV.2', '2.', 'Hoạt động dịch vụ tiêu chuẩn, đo lường, chất lượng', 'TDC', {
      blocks: [
        paragraph(
          'Trong kỳ báo cáo, Trung tâm Kỹ thuật Tiêu chuẩn Đo lường Chất lượng thực hiện kiểm định đối với 1.034 phương tiện đo (PTĐ) các loại: hiệu chỉnh, kiểm định và cấp giấy chứng nhận kiểm định, tem kiểm định cho 971 PTĐ, loại bỏ 63 PTĐ. Các PTĐ được kiểm định đảm bảo yêu cầu kỹ thuật đo lường phục vụ sản xuất, giao nhận, thanh toán, an toàn trong sản xuất và khám, chữa bệnh cho nhân dân.',
        ),
      ],
      facts: [
        fact('metrology.instruments_inspected', '1.034', 'kiểm định đối với', 'phương tiện đo'),
        fact('metrology.instruments_passed', '971', 'tem kiểm định cho', 'PTĐ'),
        fact('metrology.instruments_rejected', '63', 'loại bỏ', 'PTĐ'),
      ],
    }),
    section('A.V', 'V.', 'Hoạt động sở hữu trí tuệ', 'QLCN'),
    section('A.V.1', '1.', 'Tình hình, kết quả quản lý về sở hữu trí tuệ', 'QLCN', {
      blocks: [
        paragraph(
          'Nhằm triển khai có hiệu quả, đồng bộ “Chương trình Phát triển tài sản trí tuệ tỉnh Hưng Yên giai đoạn 2021-2025, định hướng đến năm 2030”. Sở tiếp tục triển khai thực hiện có hiệu quả nhiệm vụ tuyên truyền, hội nghị tập huấn, hội thảo triển khai "Chương trình Phát triển tài sản trí tuệ tỉnh Hưng Yên giai đoạn 2021 - 2025, định hướng đến năm 2030" năm 2024. Tiếp tục triển khai các hoạt động hỗ trợ, phát triển các sản phẩm sở hữu trí tuệ trên địa bàn tỉnh.',
        ),
      ],
    }),
    section('A.V.2', '2.', 'Tình hình, kết quả triển khai biện pháp thúc đẩy hoạt động sáng kiến', 'QLCN', {
      blocks: [
        paragraph(
          'Tiếp tục triển khai biện pháp thúc đẩy hoạt động sáng kiến, hướng dẫn các tổ chức, cá nhân hoàn thiện hồ sơ đề nghị công nhận sáng kiến tỉnh.',
        ),
      ],
    }),
    section(
      'A.VI',
      'VI.',
      'Hoạt động phát triển ứng dụng năng lượng nguyên tử, an toàn bức xạ và hạt nhân',
      'QLCN',
    ),
    section('A.VI.1', '1.', 'Tình hình, kết quả phát triển ứng dụng năng lượng nguyên tử', 'QLCN', {
      blocks: [
        paragraph(
          'Việc nghiên cứu, ứng dụng năng lượng nguyên tử phục vụ phát triển kinh tế xã hội thường xuyên được quan tâm như: phát triển ứng dụng bức xạ trong y tế, công nghiệp, xây dựng và môi trường. Trong công nghiệp, tính đến nay, trên địa bàn tỉnh có 18 cơ sở có sử dụng nguồn bức xạ với 45 thiết bị nguồn; 30 đơn vị sử dụng máy phát tia X với 60 thiết bị. Trong lĩnh vực y tế, có 69 đơn vị sử dụng thiết bị x-quang trong y tế với 134 thiết bị. Tỉnh có 01 đơn vị (Bệnh viện đa khoa tỉnh Hưng Yên) được Cục An toàn bức xạ và hạt nhân cấp giấy phép sử dụng máy gia tốc xạ trị với 01 thiết bị.',
        ),
      ],
      facts: [
        fact(
          'radiation.source_facilities',
          '18',
          'trên địa bàn tỉnh có',
          'cơ sở có sử dụng nguồn bức xạ',
          level,
        ),
        fact('radiation.source_devices', '45', 'nguồn bức xạ với', 'thiết bị nguồn', level),
        fact(
          'radiation.xray_industrial_units',
          '30',
          'thiết bị nguồn;',
          'đơn vị sử dụng máy phát tia X',
          level,
        ),
        fact('radiation.xray_industrial_devices', '60', 'máy phát tia X với', 'thiết bị', level),
        fact('radiation.medical_xray_units', '69', 'y tế, có', 'đơn vị sử dụng thiết bị x-quang', level),
        fact('radiation.medical_xray_devices', '134', 'trong y tế với', 'thiết bị', level),
        fact('radiation.accelerator_units', '01', 'Tỉnh có', 'đơn vị', level),
        fact('radiation.accelerator_devices', '01', 'máy gia tốc xạ trị với', 'thiết bị', level),
      ],
    }),
    section('A.VI.2', '2.', 'Tình hình, kết quả quản lý về an toàn bức xạ và hạt nhân', 'QLCN', {
      blocks: [
        paragraph(
          'Thực hiện quản lý hoạt động bức xạ trên địa bàn tỉnh theo quy định; thẩm định và cấp 03 giấy phép sử dụng thiết bị X-quang chẩn đoán y tế, 02 chứng chỉ nhân viên bức xạ. Tiếp tục tiến hành các công việc triển khai nhiệm vụ “Cập nhật, bổ sung Kế hoạch ứng phó sự cố bức xạ và hạt nhân cấp tỉnh”. Tiếp tục thực hiện Đề án "Điều tra, đánh giá, xây dựng bộ dữ liệu phông phóng xạ môi trường phục vụ phát triển kinh tế - xã hội tỉnh Hưng Yên".',
        ),
      ],
      facts: [
        fact('radiation.licences_issued', '03', 'thẩm định và cấp', 'giấy phép sử dụng thiết bị X-quang'),
        fact('radiation.worker_certificates', '02', 'chẩn đoán y tế,', 'chứng chỉ nhân viên bức xạ'),
      ],
    }),
    section('A.VII', 'VII.', 'Công tác thanh tra, kiểm tra trong lĩnh vực KH&CN', 'TTR'),
    section('A.VII.1', '1.', 'Tình hình, kết quả công tác thanh tra trong lĩnh vực KH&CN', 'TTR', {
      blocks: [
        paragraph(
          'Thực hiện Quyết định số 2730/QĐ-CTUBND ngày 20/12/2023 của Chủ tịch Ủy ban nhân dân tỉnh về Ban hành Kế hoạch thanh tra năm 2024 của tỉnh Hưng Yên, Thanh tra Sở Khoa học và Công nghệ tiến hành triển khai 02 cuộc thanh tra việc thực hiện các quy định của pháp luật trong thực hiện nhiệm vụ khoa học và công nghệ đối với 05 Tổ chức chủ trì thực hiện 05 nhiệm vụ KH&CN cấp tỉnh sử dụng ngân sách nhà nước. Qua đợt thanh tra cho thấy, các Tổ chức chủ trì thực hiện nhiệm vụ cơ bản đã thực hiện đảm bảo tiến độ nội dung và sử dụng kinh phí của nhiệm vụ đảm bảo tính hợp lý, hợp lệ, phù hợp với khối lượng công việc hoàn thành tại báo cáo và dự toán được duyệt tại thuyết minh nhiệm vụ.',
        ),
      ],
      facts: [
        fact('inspection.inspections', '02', 'tiến hành triển khai', 'cuộc thanh tra'),
        fact('inspection.host_organisations', '05', 'công nghệ đối với', 'Tổ chức chủ trì'),
        fact('inspection.tasks', '05', 'Tổ chức chủ trì thực hiện', 'nhiệm vụ KH&CN cấp tỉnh'),
      ],
      legalRefs: [inspectionPlan2024()],
      recordRefs: [{ kind: 'inspection', id: 'inspection-2024-11-st-tasks' }],
    }),
    section('A.VII.2', '2.', 'Tình hình, kết quả công tác kiểm tra trong lĩnh vực KH&CN', 'TDC', {
      blocks: [
        dashList(
          'Thực hiện Quyết định số 97/QĐ-SKHCN ngày 02/4/2024 của UBND tỉnh về việc phê duyệt Kế hoạch kiểm tra nhà nước về tiêu chuẩn, đo lường, chất lượng và ghi nhãn hàng hóa năm 2024. Sở đã chỉ đạo Chi cục Tiêu chuẩn Đo lường Chất lượng tiến hành 02 cuộc kiểm tra nhà nước về tiêu chuẩn, đo lường và ghi nhãn hàng hóa, cụ thể:',
        ),
        parenList(
          'Kiểm tra nhà nước về tiêu chuẩn, đo lường và ghi nhãn hàng hóa tại 22 đơn vị kinh doanh xăng, dầu trên địa bàn tỉnh. Kết quả: các cột bơm xăng, dầu của các đơn vị được kiểm tra còn hiệu lực kiểm định, trang bị ca đong, bình đong không bị móp méo, kiểm tra phép đo trong thương mại bán lẻ đạt yêu cầu. Cửa hàng có lưu giữ hồ sơ chất lượng đầy đủ theo quy định, kiểm tra nhanh trị số Octan đều đạt yêu cầu; thông tin về sản phẩm hàng hóa trên cột đo xăng và sản phẩm hàng hóa là dầu nhớt đóng chai có ghi nhãn theo đúng quy định;',
          'Kiểm tra nhà nước về tiêu chuẩn, đo lường và ghi nhãn hàng hóa tại 12 cơ sở khám bệnh, chữa bệnh về mắt. Kết quả: 08/12 cơ sở có tổng số 24 phương tiện đo (08 phương tiện đo tiêu cự kính mắt, 08 phương tiện đo độ khúc xạ mắt, 08 thấu kính đo thị lực) đã được kiểm soát về đo lường và còn hiệu lực đến tháng 5/2025; 04/12 cơ sở có trang bị tổng số 12 phương tiện đo (04 phương tiện đo tiêu cự kính mắt, 04 phương tiện đo độ khúc xạ mắt, 04 thấu kính đo thị lực) được quản lý nhưng chưa đưa vào sử dụng khám bệnh về mắt và kinh doanh kính mắt. Đoàn kiểm tra đã nhắc nhở, tuyên truyền và yêu cầu các cơ sở trên thực hiện kiểm định theo Thông tư số 23/2013/TT-BKHCN ngày 26/9/2013 của Bộ trưởng Bộ Khoa học và Công nghệ quy định về đo lường đối với phương tiện đo nhóm 2; Thông tư số 07/2019/TT-BKHCN ngày 26/7/2019 của Bộ trưởng Bộ Khoa học và Công nghệ sửa đổi, bổ sung một số điều của Thông tư số 23/2013/TT-BKHCN ngày 26/9/2013 trước khi đưa vào sử dụng; 12/12 cơ sở thực hiện ghi nhãn hàng hóa đối với các sản phẩm kính mắt, kính thuốc, kính thời trang cơ bản theo Nghị định số 43/2017/NĐ-CP ngày 14/04/2017 và Nghị định số 111/2021/NĐ-CP ngày 9/12/2021 quy định Ghi nhãn hàng hóa.',
        ),
        dashList(
          'Thực hiện Kế hoạch số 198/KH-UBND ngày 29/12/2023 của Ủy ban nhân dân tỉnh về việc Kiểm tra hoạt động áp dụng, duy trì và cải tiến Hệ thống quản lý chất lượng (HTQLCL) theo tiêu chuẩn ISO 9001 tại các cơ quan, tổ chức thuộc hệ thống hành chính nhà nước tỉnh Hưng Yên năm 2024; Quyết định số 279/QĐ-SKHCN ngày 11/9/2024 của Giám đốc Sở KH&CN về việc thành lập đoàn kiểm tra về việc áp dụng, duy trì và cải tiến Hệ thống quản lý chất lượng theo Tiêu chuẩn ISO 9001 tại các cơ quan hành chính nhà nước (Đợt 2 năm 2024). Sở đã chỉ đạo Chi cục Tiêu chuẩn Đo lường Chất lượng tiến hành kiểm tra việc áp dụng, duy trì và cải tiến Hệ thống quản lý chất lượng theo Tiêu chuẩn ISO 9001 tại 39 cơ quan hành chính nhà nước trên địa bàn tỉnh. Kết quả: 39/39 cơ quan thực hiện đảm bảo việc áp dụng, duy trì và cải tiến HTQLCL theo yêu cầu của Tiêu chuẩn quốc gia TCVN ISO 9001:2015 và Quyết định số 19/2014/QĐ-TTg của Thủ tướng Chính phủ.',
        ),
      ],
      facts: [
        fact('checks.checks', '02', 'Chất lượng tiến hành', 'cuộc kiểm tra nhà nước'),
        fact('checks.fuel_stations', '22', 'ghi nhãn hàng hóa tại', 'đơn vị kinh doanh xăng'),
        fact('checks.eye_clinics', '12', 'ghi nhãn hàng hóa tại', 'cơ sở khám bệnh'),
        fact('checks.eye_clinics_compliant', '08', 'Kết quả:', '/12 cơ sở có tổng số'),
        fact('checks.eye_clinics_instruments_compliant', '24', 'có tổng số', 'phương tiện đo (08'),
        fact('checks.eye_clinics_unused', '04', 'tháng 5/2025;', '/12 cơ sở có trang bị'),
        fact('checks.eye_clinics_instruments_unused', '12', 'có trang bị tổng số', 'phương tiện đo'),
        fact(
          'checks.eye_clinics_labelling_compliant',
          '12',
          'trước khi đưa vào sử dụng;',
          '/12 cơ sở thực hiện ghi nhãn',
        ),
        fact('checks.iso_agencies', '39', '9001 tại', 'cơ quan hành chính nhà nước trên'),
        fact('checks.iso_agencies_compliant', '39', 'Kết quả:', '/39 cơ quan thực hiện'),
      ],
      legalRefs: [
        ref('decision', '97/QĐ-SKHCN', '2024-04-02', 'UBND tỉnh'),
        ref('circular', '23/2013/TT-BKHCN', '2013-09-26', 'Bộ trưởng Bộ Khoa học và Công nghệ'),
        ref('circular', '07/2019/TT-BKHCN', '2019-07-26', 'Bộ trưởng Bộ Khoa học và Công nghệ'),
        ref('decree', '43/2017/NĐ-CP', '2017-04-14', 'Chính phủ'),
        ref('decree', '111/2021/NĐ-CP', '2021-12-09', 'Chính phủ'),
        ref('plan', '198/KH-UBND', '2023-12-29', 'Ủy ban nhân dân tỉnh'),
        ref('decision', '279/QĐ-SKHCN', '2024-09-11', 'Giám đốc Sở KH&CN'),
        ref('decision', '19/2014/QĐ-TTg', undefined, 'Thủ tướng Chính phủ'),
      ],
      recordRefs: [
        { kind: 'inspection', id: 'check-2024-11-fuel' },
        { kind: 'inspection', id: 'check-2024-11-eye-clinics' },
        { kind: 'inspection', id: 'check-2024-11-iso-9001' },
      ],
    }),
    section('A.VII.3', '3.', 'Công tác tiếp công dân, giải quyết khiếu nại, tố cáo', 'TTR', {
      blocks: [
        paragraph(
          'Trong tháng 11, thực hiện việc tiếp công dân thường xuyên theo quy định. Không có công dân đến liên hệ, không nhận được đơn thư phản ánh, kiến nghị, khiếu nại, tố cáo thuộc lĩnh vực quản lý.',
        ),
      ],
      facts: [
        {
          indicator: 'citizens.complaints',
          value: 0,
          note: 'Không nhận được đơn thư phản ánh, kiến nghị, khiếu nại, tố cáo',
        },
      ],
    }),
    section('A.VIII', 'VIII.', 'Công tác cải cách hành chính', 'VP', {
      blocks: [
        paragraph(
          'Tiếp tục triển khai đồng bộ, có hiệu quả các Kế hoạch: số 04/KH-SKHCN ngày 24/01/2022 về Cải cách hành chính giai đoạn 2021-2025; số 10/KH-SKHCN ngày 17/01/2024 ban hành Kế hoạch cải cách hành chính năm 2024 và các văn bản triển khai công tác cải cách hành chính theo chỉ đạo của UBND tỉnh. Trên cơ sở đó, Sở đã chỉ đạo các phòng chuyên môn, đơn vị thuộc và trực thuộc Sở triển khai thực hiện kế hoạch theo đúng nhiệm vụ được phân công. Chỉ đạo các phòng, đơn vị tiến hành rà soát các văn bản quy phạm pháp luật do Chính phủ, các bộ, ngành, HĐND tỉnh, UBND tỉnh ban hành để tham mưu UBND tỉnh ban hành các văn bản quy phạm pháp luật của tỉnh; thường xuyên rà soát, cập nhật các quyết định của Bộ KH&CN về việc thay thế, sửa đổi, bãi bỏ TTHC thuộc phạm vi chức năng quản lý nhà nước của Bộ để kịp thời tham mưu Chủ tịch UBND tỉnh ban hành quyết định Công bố danh mục TTHC và quy trình nội bộ giải quyết TTHC được thay thế, sửa đổi, bãi bỏ thuộc phạm vi quản lý nhà nước của Sở trên địa bàn tỉnh nhằm chuẩn hóa, công khai danh mục TTHC và tạo điều kiện thuận lợi cho các tổ chức, cá nhân khai thác, thực hiện giao dịch; chỉ đạo các phòng, đơn vị thực hiện tốt việc giải quyết các TTHC.',
        ),
        paragraph(
          'Trong kỳ báo cáo, tỷ lệ đánh giá mức độ hài lòng đối với công tác phục vụ hành chính công của Sở đạt từ 90%-100%. Sở không nhận được đơn thư phản ánh, kiến nghị, tố cáo của người dân, tổ chức đối với công tác tiếp nhận, giải quyết TTHC thuộc phạm vi, chức năng quản lý nhà nước của Sở.',
        ),
      ],
      facts: [
        fact('reform.satisfaction_min', '90', 'đạt từ', '%-'),
        fact('reform.satisfaction_max', '100', '%-', '%.'),
      ],
      legalRefs: [
        ref(
          'plan',
          '04/KH-SKHCN',
          '2022-01-24',
          'Sở Khoa học và Công nghệ',
          'Cải cách hành chính giai đoạn 2021-2025',
        ),
        ref(
          'plan',
          '10/KH-SKHCN',
          '2024-01-17',
          'Sở Khoa học và Công nghệ',
          'Kế hoạch cải cách hành chính năm 2024',
        ),
      ],
    }),
    section('B', 'B.', 'PHƯƠNG HƯỚNG, NHIỆM VỤ TRỌNG TÂM THÁNG 12 NĂM 2024', 'VP', {
      blocks: [
        paragraph(
          'Để hoạt động KH&CN đạt được hiệu quả cao, ngày càng có vai trò và đóng góp nhiều hơn trong sự nghiệp phát triển kinh tế - xã hội của tỉnh, toàn ngành KH&CN của tỉnh cần tập trung phấn đấu thực hiện tốt các nhiệm vụ và giải pháp chủ yếu sau:',
        ),
        numberedList(
          'Tiếp tục rà soát, xây dựng, tham mưu trình UBND tỉnh ban hành một số cơ chế, chính sách có liên quan đến khoa học, công nghệ và đổi mới sáng tạo phù hợp với định hướng phát triển kinh tế - xã hội của tỉnh, đưa khoa học, công nghệ và đổi mới sáng tạo trở thành động lực chính, là tác nhân đột phá của tăng trưởng kinh tế.',
          'Tiếp tục triển khai thực hiện, đánh giá tình hình thực hiện các chương trình, kế hoạch, đề án hỗ trợ doanh nghiệp khởi nghiệp đổi mới sáng tạo, nâng cao năng suất chất lượng, quản lý đo lường, truy suất nguồn gốc, sở hữu trí tuệ,... do Tỉnh ủy, HĐND, UBND tỉnh đã ban hành.',
          'Tiếp tục tăng cường công tác quản lý các nhiệm vụ KH&CN cấp Nhà nước, cấp Bộ; các dự án thuộc chương trình nông thôn miền núi triển khai trên địa bàn tỉnh; các nhiệm vụ KH&CN cấp tỉnh. Hướng dẫn, đôn đốc, kiểm tra các đơn vị chủ trì thực hiện nhiệm vụ KH&CN thực hiện đảm bảo nội dung, tiến độ theo hợp đồng; tổ chức đánh giá, nghiệm thu kết quả thực hiện các nhiệm vụ KH&CN đã hoàn thiện nội dung; thực hiện cấp phát kinh phí, hướng dẫn đơn vị chủ trì thực hiện nhiệm vụ KH&CN trong Kế hoạch KH&CN năm 2024, hoàn thiện thủ tục thanh toán, quyết toán kinh phí thực hiện nhiệm vụ đảm bảo đúng quy định; tiếp tục tham mưu xử lý tài sản hình thành thông qua việc triển khai thực hiện nhiệm vụ KH&CN cấp tỉnh sử dụng ngân sách và kết quả nghiên cứu khoa học và phát triển công nghệ.',
          'Tăng cường hướng dẫn các tổ chức, đơn vị có hồ sơ đăng ký chuyển giao công nghệ và đăng ký doanh nghiệp KH&CN; thẩm định công nghệ, tham gia ý kiến về công nghệ với các dự án đầu tư theo quy định về quản lý công nghệ trên địa bàn tỉnh. Tiếp tục thực hiện tốt hoạt động thẩm định, cấp phép về an toàn bức xạ hạt nhân, sở hữu trí tuệ, khởi nghiệp và đổi mới sáng tạo, sáng kiến; thu thập, đăng ký, lưu giữ và công bố thông tin kết quả thực hiện nhiệm vụ KH&CN trên địa bàn tỉnh theo quy định;',
          'Tiếp tục tăng cường hoạt động quản lý nhà nước về tiêu chuẩn, đo lường, chất lượng sản phẩm hàng hóa trên địa bàn tỉnh; hướng dẫn doanh nghiệp thực hiện công bố hợp chuẩn, công bố hợp quy, công bố tiêu chuẩn áp dụng theo quy định; đôn đốc, kiểm tra các cơ quan hành chính trên địa bàn tỉnh áp dụng hệ thống quản lý chất lượng theo tiêu chuẩn TCVN 9001:2025 vào hoạt động.',
          'Đẩy mạnh hoạt động nghiên cứu khoa học, phát triển công nghệ, áp dụng các tiến bộ kỹ thuật vào sản xuất và đời sống, tập huấn kỹ thuật ứng dụng các tiến bộ KHCN cho người dân; duy trì, bảo quản và khai thác các chuẩn đo lường, cung cấp dịch vụ sự nghiệp công lĩnh vực tiêu chuẩn đo lường chất lượng trong phạm vi được giao.',
          'Tiếp tục thực hiện thanh tra theo Kế hoạch của UBND tỉnh; thực hiện tốt công tác phòng chống tham nhũng, công tác pháp chế, thực hành tiết kiệm chống lãng phí và giải quyết khiếu nại, tố cáo.',
          'Tiếp tục cử công chức, viên chức tham gia các lớp tập huấn, đào tạo, bồi dưỡng chuyên môn nghiệp vụ theo Kế hoạch nhằm nâng cao nhận thức chính trị, nâng cao năng lực, chuyên môn, nghiệp vụ; đẩy mạnh công tác cải cách hành chính, chuyển đổi số; nâng cao hiệu quả sử dụng thư điện tử công vụ, chữ ký số, phần mềm quản lý văn bản, phần mềm dịch vụ công, chất lượng/thời gian giải quyết TTHC; tăng cường tuyên truyền, phổ biến các văn bản quy phạm pháp luật, cơ chế chính sách trong hoạt động KH&CN đến với nhiều đối tượng trên địa bàn tỉnh.',
          'Tổng kết, đánh giá kết quả thực hiện hoạt động quản lý nhà nước về KH&CN năm 2024.',
        ),
      ],
    }),
  ],
  recipients: [
    { name: 'Vụ phát triển KH&CN địa phương', forReport: true },
    { name: 'Chủ tịch Hội đồng KH&CN tỉnh', forReport: true },
    { name: 'Văn phòng Tỉnh uỷ', forReport: true },
    { name: 'Văn phòng UBND tỉnh', forReport: true },
    { name: 'Ban Tuyên giáo Tỉnh uỷ', forReport: false },
    { name: 'Ban Dân vận Tỉnh uỷ', forReport: false },
    { name: 'Sở Kế hoạch và Đầu tư tỉnh', forReport: false },
    { name: 'Ban Lãnh đạo Sở', forReport: false },
    { name: 'Các phòng, đơn vị thuộc và trực thuộc Sở', forReport: false },
    { name: 'Cổng thông tin điện tử Sở', forReport: false },
  ],
  archive: ['VT', 'VPTr'],
  signature: {
    authority: 'deputy',
    authorityTitle: 'GIÁM ĐỐC',
    signerTitle: 'PHÓ GIÁM ĐỐC',
    signerName: 'Nguyễn Xuân Hải',
  },
};
