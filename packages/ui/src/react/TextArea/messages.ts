import { defineMessages } from '../internal/messages';

// English avoids "1 characters": the count comes after a colon, no plural needed.
export const textAreaMessages = defineMessages({
  'textArea.limit': 'Có thể nhập tối đa {max} ký tự.',
  'textArea.remaining': 'Còn {count} ký tự',
  'textArea.over': 'Vượt quá {count} ký tự',
});
