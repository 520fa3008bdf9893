export type { ServiceGridProps, ServiceTileProps } from './ServiceGrid';
export { ServiceGrid, ServiceTile } from './ServiceGrid';
