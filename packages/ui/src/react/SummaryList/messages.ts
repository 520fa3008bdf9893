import { defineMessages } from '../internal/messages';

export const summaryListMessages = defineMessages(
  { 'summaryList.change': 'Thay đổi', 'summaryList.empty': 'Chưa nhập' },
  { 'summaryList.change': 'Change', 'summaryList.empty': 'Not provided' },
);
