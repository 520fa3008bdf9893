export { publicReportsMessages } from './messages';
export type { CommuneOption, PublicFilterQuery, PublicFiltersProps } from './PublicFilters';
export type { PublicReportsProps } from './PublicReports';
export { PublicReports } from './PublicReports';
