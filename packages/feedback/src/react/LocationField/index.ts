export type { LocationFieldProps } from './LocationField';
export { LocationField } from './LocationField';
export type { DeviceLocation, LocationValue } from './location-value';
export { describeLocation, toReportLocation } from './location-value';
export { locationFieldMessages } from './messages';
