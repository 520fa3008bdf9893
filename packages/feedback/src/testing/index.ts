// @govmini/feedback/testing — a complete in-memory backend with an agency that receives and
// answers reports on a controllable clock, and the fixtures the conformance suite reports with.
// Browser-safe: nothing here imports vitest or node:*, so the sample app can ship it. The suite
// itself (Vitest) and the GeoReport v2 test server (Node) are in @govmini/feedback/conformance.

export { blobOf, CONFORMANCE_CATEGORIES, newReport, photoBytes } from './conformance-fixture';
export type { FeedbackOfficerActions, MemoryAgencyOptions } from './memory-agency';
export type { Coordinates, LocationExchange, ReverseGeocode } from './memory-locations';
export { LOCATION_TOKEN_TTL_MS, simulatorLocationExchange } from './memory-locations';
export type { PhotoUrl, StoredPhoto } from './memory-photo-store';
export { defaultPhotoUrl } from './memory-photo-store';
export type {
  MemoryCitizen,
  MemoryFault,
  MemoryFeedbackControls,
  MemoryFeedbackService,
  MemoryFeedbackServiceOptions,
  MemoryReportSnapshot,
} from './memory-service';
export { createMemoryFeedbackService } from './memory-service';
