export type { EncodedPhoto, RenderOptions } from './canvas';
export { measurePhoto, renderPhoto } from './canvas';
export type { PhotoErrorCode } from './errors';
export { isPhotoError, PhotoError } from './errors';
export type { PixelRect, Pixels } from './pixelate';
export { blockSizeFor, pixelate, toPixelRect } from './pixelate';
export type { PreparePhotoOptions } from './prepare';
export {
  PHOTO_MAX_BYTES,
  PHOTO_MAX_DIMENSION,
  PHOTO_MAX_INPUT_BYTES,
  preparePhoto,
  redactPhoto,
} from './prepare';
export type { PhotoProcessor } from './processor';
export { canvasPhotoProcessor } from './processor';
export type { BlurRegion, RegionMove } from './regions';
export {
  centredRegion,
  clampRegion,
  MIN_REGION,
  moveRegion,
  REGION_STEP,
  regionFromPoints,
  resizeRegion,
} from './regions';
export type { StoredPhotoRef } from './store';
export {
  isStoredPhotoRef,
  loadPhoto,
  newPhotoId,
  PHOTO_KEY_PREFIX,
  photoKey,
  removePhotos,
  savePhoto,
} from './store';
