export type { ConsentScreenProps } from './ConsentScreen';
export { ConsentScreen } from './ConsentScreen';
