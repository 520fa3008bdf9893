export type { SkeletonGroupProps, SkeletonProps, SkeletonShape } from './Skeleton';
export { Skeleton, SkeletonGroup } from './Skeleton';
