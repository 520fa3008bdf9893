export type { AddressPickerProps, AddressUnit, AddressValue } from './AddressPicker';
export { AddressPicker } from './AddressPicker';
