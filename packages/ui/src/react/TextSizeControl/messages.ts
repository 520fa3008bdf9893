import { defineMessages } from '../internal/messages';

export const textSizeMessages = defineMessages({
  'textSize.legend': 'Cỡ chữ',
  'textSize.option': '{percent} %',
  'textSize.sample': 'Aa',
  'textSize.highContrast': 'Tương phản cao',
  'textSize.highContrastHint': 'Chữ đậm màu hơn, nền rõ hơn, dễ đọc dưới nắng.',
});
