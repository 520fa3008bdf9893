export type { StepIndicatorProps } from './StepIndicator';
export { StepIndicator } from './StepIndicator';
