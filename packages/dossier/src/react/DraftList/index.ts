export type { DraftListProps } from './DraftList';
export { DraftList } from './DraftList';
export { draftListMessages } from './messages';
