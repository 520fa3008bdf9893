import type { OutboxErrorCode } from './outbox-vi';

export const outboxEn: Record<OutboxErrorCode, string> = {
  storage_full:
    'The app’s storage on this phone is full, so this could not be kept for sending. What you typed is still on screen; remove some old drafts and try again.',
  storage_evicted:
    'Something waiting to be sent was removed from the phone by Zalo (its storage was full). Please check and send it again if needed.',
  corrupt:
    'Something waiting to be sent is damaged on the phone and cannot be read. Please check and send it again if needed.',
  not_found: 'This is not in the list waiting to be sent. Please send it again.',
  send_failed: 'This was not sent. Please check the information and send it again.',
  disposed: 'The app is closing, so this was not sent. Please open the app again and retry.',
  unknown: 'This could not be kept on the phone for sending. Please try again in a few minutes.',
};
