import { defineDossierMessages } from '../messages';

export const declarationMessages = /* @__PURE__ */ defineDossierMessages('dossier.declaration.', {
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
});
