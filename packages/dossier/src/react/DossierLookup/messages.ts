// Looking a dossier up by its code without signing in (Vietnamese; English in src/locales/en.ts).
// Full keys `dossier.lookup.<key>`.
import { defineDossierMessages } from '../messages';

export const dossierLookupMessages = /* @__PURE__ */ defineDossierMessages('dossier.lookup.', {
  title: 'Tra cứu hồ sơ',
  intro:
    'Nhập mã hồ sơ in trên giấy hẹn trả kết quả để xem tình trạng giải quyết. Không cần đăng nhập.',
  code: 'Mã hồ sơ',
  codeHint:
    'Ví dụ: 000.00.06.H56-261129-0001. Có thể nhập chữ thường, bỏ qua dấu chấm và dấu gạch.',
  search: 'Tra cứu',
  resultTitle: 'Kết quả tra cứu',
  status: 'Tình trạng',
  procedure: 'Thủ tục',
  submitted: 'Ngày nộp',
  due: 'Ngày hẹn trả',
  completed: 'Ngày có kết quả',
  statusOnly:
    'Tra cứu chỉ cho biết tình trạng hồ sơ. Để xem chi tiết, gửi bổ sung hoặc đánh giá, vui lòng đăng nhập.',
  notFoundTitle: 'Không tìm thấy hồ sơ {code}',
  notFoundCheck: 'Vui lòng kiểm tra:',
  'check.digits': 'mã hồ sơ đúng từng chữ, từng số như trên giấy hẹn trả kết quả;',
  'check.province': 'hồ sơ được nộp tại cơ quan thuộc tỉnh đang tra cứu.',
  notFoundContact: 'Nếu vẫn không tìm thấy, vui lòng liên hệ nơi đã nộp hồ sơ.',
  failed: 'Chưa tra cứu được',
});
