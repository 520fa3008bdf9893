export type { PhoneInputProps, PhoneResult } from './PhoneInput';
export { formatPhoneAsTyped, PhoneInput } from './PhoneInput';
