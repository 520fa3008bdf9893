export type { GovMiniContextValue, TextSize } from './context';
export { MissingGovMiniProviderError, textSizes, useGovMini } from './context';
export type { GovMiniProviderProps } from './GovMiniProvider';
export { GovMiniProvider, PREFERENCES_KEY } from './GovMiniProvider';
