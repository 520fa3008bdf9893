export { LazyView, type LazyViewProps } from './LazyView';
export { type LazyChunkOptions, type LazyChunkState, useLazyChunk } from './use-lazy-chunk';
