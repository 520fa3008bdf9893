import { defineMessages } from '../internal/messages';

// The old-prefix case is asked as a question, not stated as an error: the number is probably
// right, just written the pre-2018 way.
export const phoneInputMessages = defineMessages({
  'phoneInput.oldPrefix': 'Số này dùng đầu số cũ. Có phải số mới là {number}?',
  'phoneInput.useSuggestion': 'Dùng số này',
});
