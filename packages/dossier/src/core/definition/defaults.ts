// Defaults the definition format promises (types.ts), in one place for the checks, the
// validator and the UI.
const MB = 1024 * 1024;

export const DEFAULT_MAX_FILES = 1;
export const DEFAULT_MAX_ITEMS = 20;
export const DEFAULT_HORIZON_DAYS = 14;
/** Per file, after the phone's compression for photos. */
export const DEFAULT_MAX_BYTES = { file: 10 * MB, photo: 5 * MB } as const;
export const DEFAULT_ACCEPT = {
  file: ['image/jpeg', 'image/png', 'application/pdf'],
  photo: ['image/jpeg', 'image/png', 'image/webp'],
} as const;
