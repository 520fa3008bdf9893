export type { LocationRequestProps } from './LocationRequest';
export { LocationRequest } from './LocationRequest';
