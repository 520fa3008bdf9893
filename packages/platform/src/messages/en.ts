import type { PlatformErrorCode } from './vi';

export const en: Record<PlatformErrorCode, string> = {
  permission_denied:
    'You have not allowed the app to use this. To use this feature, tap “Allow” when asked, or open the app’s permission settings.',
  user_cancelled: 'You closed it without choosing anything. Try again when you are ready.',
  timeout: 'Zalo did not answer in time. Check your connection and try again.',
  offline: 'Your phone is offline. What you typed is kept; try again when you are back online.',
  throttled: 'That was a little fast. Please wait a few seconds and try again.',
  unsupported:
    'This phone or Zalo version does not support this feature yet. Update Zalo or use another way.',
  storage_evicted:
    'Some data saved on the phone was removed (Zalo storage was full). Please check your information.',
  storage_full:
    'The app’s storage on this phone is full, so this was not saved. Remove some old drafts.',
  not_in_zalo: 'This only works inside the Zalo app. Open the app from Zalo.',
  unknown: 'Something went wrong. Please try again in a few minutes.',
};
