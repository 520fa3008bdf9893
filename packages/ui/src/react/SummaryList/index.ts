export type { SummaryListAction, SummaryListProps, SummaryListRowProps } from './SummaryList';
export { SummaryList, SummaryListRow } from './SummaryList';
