// @govmini/feedback/conformance — for test runners only (imports vitest; the GeoReport server
// listens with node:http): the conformance suite every FeedbackService implementation (HTTP
// client, Open311 adapter, apps/server, a province's own) must pass, and a GeoReport v2 (Open311)
// server written from the spec, for testing the Open311 adapter or a province's own Open311
// endpoint client. Kept apart from @govmini/feedback/testing so that browser bundles which use the
// memory service never pull vitest in. The fixtures the suite reports with (newReport,
// photoBytes, …) are browser-safe and stay in @govmini/feedback/testing.

export type {
  GeoReportAttributeFixture,
  GeoReportServiceFixture,
} from '../open311/testing-fixture';
export { GEOREPORT_DEFINITIONS, GEOREPORT_SERVICES } from '../open311/testing-fixture';
export type {
  GeoReportTestServer,
  GeoReportTestServerOptions,
  LoggedCall,
} from '../open311/testing-server';
export { startGeoReportTestServer } from '../open311/testing-server';
export type {
  ConformanceCitizen,
  FeedbackAgencyHooks,
  FeedbackCapabilities,
  FeedbackConformanceFixture,
  FeedbackConformanceSetup,
  FeedbackConformanceSubject,
  LoadedPhoto,
} from './conformance';
export {
  ALL_CAPABILITIES,
  CONFORMANCE_FIXTURE,
  describeFeedbackServiceConformance,
  expectFeedbackError,
} from './conformance';
