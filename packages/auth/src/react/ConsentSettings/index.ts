export type { ConsentSettingsProps } from './ConsentSettings';
export { ConsentSettings, formatDecisionDate } from './ConsentSettings';
