import type { MediaErrorCode } from './media-vi';

export const mediaEn: Record<MediaErrorCode, string> = {
  not_image: 'This file is not a photo. Please choose a JPG, PNG or WebP image.',
  heic_unsupported:
    'This iPhone HEIC photo cannot be read on this phone. Please take a screenshot of it, or set Settings › Camera › Formats to “Most Compatible” and take it again.',
  cannot_compress:
    'This image cannot be read on this phone. Please take it again or choose another one.',
  too_large:
    'The photo is too large, even after shrinking it. Please take it closer or choose another one.',
};
