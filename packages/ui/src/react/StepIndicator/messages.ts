import { defineMessages } from '../internal/messages';

export const stepIndicatorMessages = defineMessages({
  'stepIndicator.position': 'Bước {current} trên {total}',
  'stepIndicator.separator': ': ',
  'stepIndicator.list': 'Các bước',
  'stepIndicator.done': 'Đã xong:',
});
