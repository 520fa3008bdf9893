import { defineMessages } from '../internal/messages';

export const summaryListMessages = defineMessages({
  'summaryList.change': 'Thay đổi',
  'summaryList.empty': 'Chưa nhập',
});
