import { defineMessages } from '../internal/messages';

// Read before the title, so the kind of notice never rests on colour or the icon alone.
export const noticeMessages = defineMessages({
  'notice.info': 'Thông tin:',
  'notice.success': 'Thành công:',
  'notice.warning': 'Lưu ý:',
  'notice.error': 'Lỗi:',
});
