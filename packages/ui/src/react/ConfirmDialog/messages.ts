import { defineMessages } from '../internal/messages';

export const confirmDialogMessages = defineMessages({
  'confirmDialog.confirm': 'Đồng ý',
  'confirmDialog.cancel': 'Huỷ',
});
