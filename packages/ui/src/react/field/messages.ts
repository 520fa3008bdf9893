import { defineMessages } from '../internal/messages';

export const fieldMessages = defineMessages({
  'field.optional': '(không bắt buộc)',
  'field.errorPrefix': 'Lỗi:',
});
