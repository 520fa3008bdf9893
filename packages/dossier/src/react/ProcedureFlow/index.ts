export { procedureFlowMessages } from './messages';
export type { ProcedureFlowProps } from './ProcedureFlow';
export { ProcedureFlow } from './ProcedureFlow';
export { CHECK, DECLARATION, DELIVERY, journeySteps, ON_BEHALF, SENT, START } from './steps';
