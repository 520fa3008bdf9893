export { type LazyChunk, lazyChunk } from './lazy-chunk';
