// Looking a dossier up by its code without signing in. Vietnamese first, English second.
// Full keys `dossier.lookup.<key>`.
import { defineDossierMessages } from '../messages';

export const dossierLookupMessages = defineDossierMessages(
  'dossier.lookup.',
  {
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
  },
  {
    title: 'Look up an application',
    intro:
      'Enter the application code printed on the appointment slip to see its status. No sign-in needed.',
    code: 'Application code',
    codeHint:
      'For example: 000.00.06.H56-261129-0001. Lower case is fine; dots and dashes can be left out.',
    search: 'Look up',
    resultTitle: 'Result',
    status: 'Status',
    procedure: 'Procedure',
    submitted: 'Submitted on',
    due: 'Appointment date',
    completed: 'Result ready on',
    statusOnly:
      'A lookup shows the status only. To see details, send documents or rate the service, please sign in.',
    notFoundTitle: 'Application {code} was not found',
    notFoundCheck: 'Please check:',
    'check.digits': 'the code matches the appointment slip letter by letter, digit by digit;',
    'check.province': 'the application was made at an office of the province being searched.',
    notFoundContact: 'If it still cannot be found, please contact the office where it was made.',
    failed: 'The lookup did not work',
  },
);
