import { defineDossierMessages } from '../messages';

export const questionPageMessages = defineDossierMessages(
  'dossier.questionPage.',
  {
    continue: 'Tiếp tục',
    back: 'Quay lại',
    saved: 'Đã lưu tự động trên điện thoại',
    errorTitle: 'Có vấn đề cần sửa',
    serverErrors:
      'Cơ quan tiếp nhận báo những thông tin dưới đây chưa đúng. Vui lòng sửa rồi gửi lại.',
  },
  {
    continue: 'Continue',
    back: 'Back',
    saved: 'Saved automatically on this phone',
    errorTitle: 'There is a problem',
    serverErrors:
      'The receiving office says the answers below are not right. Please correct them and send again.',
  },
);
