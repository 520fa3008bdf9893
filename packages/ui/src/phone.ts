// @govmini/ui/phone — PhoneInput, apart from the main entry because phone validation carries
// libphonenumber-js metadata (≈ 50 KB) that apps without a phone field shouldn't download.
export type { PhoneInputProps, PhoneResult } from './react/PhoneInput';
export { formatPhoneAsTyped, PhoneInput } from './react/PhoneInput';
