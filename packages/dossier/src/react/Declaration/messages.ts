import { defineDossierMessages } from '../messages';

export const declarationMessages = defineDossierMessages(
  'dossier.declaration.',
  {
    title: 'Cam đoan và gửi hồ sơ',
    agree: 'Tôi đã đọc và đồng ý với lời cam đoan trên',
    required: 'Vui lòng đánh dấu vào ô cam đoan để gửi hồ sơ',
    submit: 'Gửi hồ sơ',
    back: 'Quay lại',
    errorTitle: 'Có vấn đề cần sửa',
    failed: 'Chưa gửi được hồ sơ',
    kept: 'Hồ sơ vẫn được giữ trên điện thoại, không cần nhập lại.',
    'error.unauthenticated':
      'Phiên đăng nhập đã hết hạn. Vui lòng đăng nhập lại rồi bấm “Gửi hồ sơ”.',
    'error.procedure_changed':
      'Thủ tục vừa được cập nhật. Vui lòng kiểm tra lại các câu trả lời rồi gửi lại.',
    'error.invalid_answers':
      'Cơ quan tiếp nhận báo có thông tin chưa đúng. Vui lòng sửa rồi gửi lại.',
    'error.conflict':
      'Hồ sơ này đã được gửi trước đó với nội dung khác. Vui lòng xem trong mục Hồ sơ của tôi.',
    'error.other': 'Hệ thống đang gặp sự cố. Vui lòng thử lại sau ít phút.',
  },
  {
    title: 'Declare and send',
    agree: 'I have read and agree with the declaration above',
    required: 'Please tick the declaration box to send the application',
    submit: 'Send the application',
    back: 'Back',
    errorTitle: 'There is a problem',
    failed: 'The application was not sent',
    kept: 'The application is still kept on this phone; nothing needs to be entered again.',
    'error.unauthenticated':
      'The sign-in has expired. Please sign in again, then press “Send the application”.',
    'error.procedure_changed':
      'The procedure has just been updated. Please check the answers, then send again.',
    'error.invalid_answers':
      'The receiving office says some answers are not right. Please correct them and send again.',
    'error.conflict':
      'This application was already sent with other answers. Please look in My applications.',
    'error.other': 'The system has a problem. Please try again in a few minutes.',
  },
);
