export type { CCCDInputProps, CccdResult } from './CCCDInput';
export { CCCDInput, formatCccd } from './CCCDInput';
