import { defineDossierMessages } from '../messages';

export const questionPageMessages = /* @__PURE__ */ defineDossierMessages('dossier.questionPage.', {
  continue: 'Tiếp tục',
  back: 'Quay lại',
  saved: 'Đã lưu tự động trên điện thoại',
  errorTitle: 'Có vấn đề cần sửa',
  issueFallback: 'Câu trả lời này chưa đúng hoặc còn thiếu. Vui lòng kiểm tra lại.',
  serverErrors:
    'Cơ quan tiếp nhận báo những thông tin dưới đây chưa đúng. Vui lòng sửa rồi gửi lại.',
});
